import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { freePort } from '../src/database/free-port';
import { watchEmbeddedDatabase } from '../src/database/embedded-watchdog';
import { TestData } from './support/factories';
import { createTestDatabase } from './support/test-database';

const MAIN = path.join(__dirname, '..', 'dist', 'src', 'main.js');

describe(watchEmbeddedDatabase.name, () => {
  it('calls onGone after the given failures in a row when nothing answers', async () => {
    const port = await freePort();
    const gone = await new Promise<number>((resolve) =>
      watchEmbeddedDatabase(`postgres://postgres@127.0.0.1:${port}/postgres`, { intervalMs: 20, failuresBeforeGone: 3, onGone: resolve }),
    );
    expect(gone).toBe(3);
  });

  it('stays quiet while the database answers', async () => {
    const database = await createTestDatabase();
    let gone = false;
    const watchdog = watchEmbeddedDatabase(database.url, { intervalMs: 20, failuresBeforeGone: 1, onGone: () => (gone = true) });
    await new Promise((resolve) => setTimeout(resolve, 500));
    watchdog.stop();
    await database.drop();
    expect(gone).toBe(false);
  });
});

describe('the service when its embedded PostgreSQL dies', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'toezegd-death-'));
  let server: ChildProcess | null = null;

  afterAll(() => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exits non-zero (69) within about 20 s instead of answering 503 forever', async () => {
    chmodSync(dataDir, 0o755);
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_FORMAT: 'json', SCHEDULER_ENABLED: 'false' };
    delete env.DATABASE_URL;
    delete env.SMTP_URL;
    const child = spawn(process.execPath, [MAIN], { env, stdio: 'ignore' });
    server = child;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await waitForHealth(port, 90_000);

    // Kill the postmaster the hard way, as a crash or the OOM killer would.
    const url = readFileSync(path.join(dataDir, 'postgres.url'), 'utf8').trim();
    const db = await TestData.connect(url);
    const [{ data_directory: cluster }] = await db.query<{ data_directory: string }>('SHOW data_directory');
    await db.close();
    const postmaster = Number(readFileSync(path.join(cluster, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postmaster, 'SIGKILL');
    const killedAt = Date.now();

    expect(await exited).toBe(69);
    expect(Date.now() - killedAt).toBeLessThan(30_000);
  }, 150_000);
});

async function waitForHealth(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await request(`http://localhost:${port}`).get('/health')).status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no healthy answer on port ${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
