import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { freePort } from '../src/database/free-port';
import { CliResult } from './support/cli';
import { PrivateProject, privateCopyOfProject } from './support/private-project';

const ANSWER = path.join(__dirname, 'fixtures', 'ah-tk-20192020-3349.txt');

/**
 * What a newcomer gets from `npm start` on a fresh machine, with the project in a folder only its
 * owner may enter (a home folder, `mktemp -d`), as whoever runs the tests (root in CI): an embedded
 * PostgreSQL for ./data, mail written to ./data/outbox, data kept across a restart, a clean stop
 * on SIGTERM, and a database that cannot start told in one line.
 */
describe('npm start with nothing configured, from a private folder', () => {
  let project: PrivateProject;
  let dataDir: string;
  let port: number;
  let env: NodeJS.ProcessEnv;
  let server: ChildProcess | null = null;
  const output: string[] = [];
  // Set when the suite is over: a test that ran past its timeout must not start another server.
  let stopping = false;

  beforeAll(async () => {
    project = privateCopyOfProject();
    dataDir = path.join(project.dir, 'data');
    port = await freePort();
    env = { ...process.env, PORT: String(port), PUBLIC_URL: `http://localhost:${port}`, LOG_FORMAT: 'json' };
    for (const name of ['DATABASE_URL', 'SMTP_URL', 'DATA_DIR', 'NODE_ENV']) delete env[name];
  });

  afterAll(async () => {
    stopping = true;
    if (server && server.exitCode === null) await stop(server);
    project?.remove();
  });

  it('serves /health with the embedded database, writes mail to the outbox and keeps data across a restart', async () => {
    const startServer = () => {
      if (stopping) throw new Error('suite already finished');
      server = start(project.dir, env, output);
      return server;
    };
    const first = startServer();
    const firstStart = await waitForHealth(port, 60_000);
    expect(firstStart.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' } } });
    // LOG_FORMAT=json: every line JSON, each request logged with route, status and duration.
    await waitFor(() => output.some((line) => line.includes('"route":"/health"')), 5_000);
    const logLines = output.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logLines).toContainEqual(expect.objectContaining({ method: 'GET', route: '/health', status: 200, durationMs: expect.any(Number) }));

    // HOST defaults to 127.0.0.1: this machine answers, its other interfaces do not.
    await request(`http://127.0.0.1:${port}`).get('/health').expect(200);
    const outside = Object.values(networkInterfaces()).flat().find((i) => i?.family === 'IPv4' && !i.internal)?.address;
    if (outside) await expect(request(`http://${outside}:${port}`).get('/health')).rejects.toThrow(/ECONNREFUSED/);

    // The CLI finds the running server's embedded database instead of starting a second one.
    const imported = await cli(project.dir, ['import', ANSWER], env);
    expect(imported.code).toBe(0);
    const list = await request(`http://localhost:${port}`).get('/api/commitments').expect(200);
    expect(list.body.total).toBeGreaterThan(0);

    // A second server on the same data, unaware of the first: one line naming cause and fix.
    rmSync(path.join(dataDir, 'postgres.url'));
    const clash = await cli(project.dir, ['serve'], { ...env, PORT: String(await freePort()) });
    expect(clash.code).toBe(1);
    expect(clash.stderr.trim().split('\n')).toEqual([expect.stringMatching(/embedded PostgreSQL: another PostgreSQL already runs on .*postmaster\.pid.*DATABASE_URL/)]);

    await request(`http://localhost:${port}`)
      .post(`/api/commitments/${list.body.items[0].id}/subscriptions`)
      .send({ email: 'nieuwkomer@example.nl' })
      .expect(202);
    await waitFor(() => existsSync(path.join(dataDir, 'outbox')) && readdirSync(path.join(dataDir, 'outbox')).length > 0, 10_000);
    expect(readdirSync(path.join(dataDir, 'outbox'))[0]).toMatch(/\.eml$/);

    expect(await stop(first)).toBe(0);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = startServer();
    await waitForHealth(port, 60_000);
    const afterRestart = await request(`http://localhost:${port}`).get('/api/commitments').expect(200);
    expect(afterRestart.body.total).toBe(list.body.total);
    expect(await stop(second)).toBe(0);
    // Nobody's folder was opened up to make this work.
    expect(statSync(project.privateFolder).mode & 0o777).toBe(0o700);
  }, 240_000);
});

function start(dir: string, env: NodeJS.ProcessEnv, output: string[] = []): ChildProcess {
  const child = spawn(process.execPath, [path.join('dist', 'src', 'main.js')], { cwd: dir, env, stdio: ['ignore', 'pipe', 'ignore'] });
  child.stdout.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean)));
  return child;
}

/** The project's own CLI (bin/toezegd.js), run from its folder. */
function cli(dir: string, args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join('bin', 'toezegd.js'), ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** SIGTERM, and SIGKILL if the server has not stopped within 20 s. */
function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', (code) => {
      clearTimeout(killer);
      resolve(code);
    });
    child.kill('SIGTERM');
  });
}

async function waitForHealth(port: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await request(`http://localhost:${port}`).get('/health');
      if (response.status === 200) return response;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no healthy answer on port ${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
