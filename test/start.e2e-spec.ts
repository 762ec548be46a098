import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { freePort } from '../src/database/free-port';
import { runCli } from './support/cli';

const MAIN = path.join(__dirname, '..', 'dist', 'src', 'main.js');
const ANSWER = path.join(__dirname, 'fixtures', 'ah-tk-20192020-3349.txt');

/**
 * What a newcomer gets from `npm start` on a fresh machine: an embedded PostgreSQL under
 * DATA_DIR, mail written to DATA_DIR/outbox, data kept across a restart, a clean stop on SIGTERM.
 */
describe('npm start with nothing configured', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'toezegd-start-'));
  let port: number;
  let env: NodeJS.ProcessEnv;
  let server: ChildProcess | null = null;
  // Set when the suite is over: a test that ran past its timeout must not start another server.
  let stopping = false;

  beforeAll(async () => {
    chmodSync(dataDir, 0o755);
    port = await freePort();
    env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), PUBLIC_URL: `http://localhost:${port}`, LOG_FORMAT: 'json' };
    delete env.DATABASE_URL;
    delete env.SMTP_URL;
  });

  afterAll(async () => {
    stopping = true;
    if (server && server.exitCode === null) await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves /health with the embedded database, writes mail to the outbox and keeps data across a restart', async () => {
    const startServer = () => {
      if (stopping) throw new Error('suite already finished');
      server = start(env);
      return server;
    };
    const first = startServer();
    const firstStart = await waitForHealth(port, 60_000);
    expect(firstStart.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' } } });

    // The CLI finds the running server's embedded database instead of starting a second one.
    const cliEnv = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as Record<string, string>;
    const imported = await runCli(['import', ANSWER], cliEnv);
    expect(imported.code).toBe(0);
    const list = await request(`http://localhost:${port}`).get('/api/commitments').expect(200);
    expect(list.body.total).toBeGreaterThan(0);

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
  }, 240_000);
});

function start(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [MAIN], { env, stdio: 'ignore' });
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
