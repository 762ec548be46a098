import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgresError } from './embedded-postgres-error';
import { freePort } from './free-port';
import { PostgresBinaries, postgresBinaries } from './postgres-binaries';
import { clusterDir } from './postgres-cluster-dir';
import { OsUser, postgresOsUser } from './postgres-os-user';
import { explainExit } from './postgres-startup-failure';

export { EmbeddedPostgresError } from './embedded-postgres-error';

export interface RunningPostgres {
  url: string;
  /** Where the cluster really lives (as root, possibly not the folder asked for). */
  dataDir: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'toezegd';
const READY_TIMEOUT_MS = 60_000;
const PORT_ATTEMPTS = 3;

/**
 * A real PostgreSQL, the binaries of the `embedded-postgres` package, with its data under `dir`:
 * the cluster is initialised on first use and kept across restarts. As root the server runs as
 * the `postgres` user (see postgres-binaries.ts and postgres-cluster-dir.ts for where things go).
 * Fails with an EmbeddedPostgresError: one line, cause and fix.
 */
export async function startEmbeddedPostgres(dir: string, log: (line: string) => void = () => {}): Promise<RunningPostgres> {
  const user = postgresOsUser();
  const binaries = postgresBinaries(user !== null);
  const dataDir = clusterDir(dir, user);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await initialise(binaries, dataDir, user, log);
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return await serve(binaries, dataDir, port, user, log);
    } catch (error) {
      // Another process may take the free port between our look and the server's bind.
      if (!(error instanceof PortTaken) || attempt >= PORT_ATTEMPTS) throw error instanceof PortTaken ? error.reason : error;
    }
  }
}

/** A throw-away cluster in a fresh temporary folder, removed on stop (tests, evaluations). */
export async function startTemporaryPostgres(log?: (line: string) => void): Promise<RunningPostgres> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'toezegd-pg-'));
  // Our own fresh folder: the postgres user (when we are root) must be able to enter it.
  chmodSync(folder, 0o755);
  try {
    const server = await startEmbeddedPostgres(path.join(folder, 'data'), log);
    return {
      ...server,
      stop: async () => {
        await server.stop();
        rmSync(server.dataDir, { recursive: true, force: true });
        rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

async function initialise(binaries: PostgresBinaries, dataDir: string, user: OsUser | null, log: (line: string) => void): Promise<void> {
  // Beside the cluster: a folder the postgres user can enter (TMPDIR may be private to root).
  const passwordFile = path.join(path.dirname(dataDir), `.toezegd-pg-password-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (user) chownSync(passwordFile, user.uid, user.gid);
  try {
    const args = [`--pgdata=${dataDir}`, '--auth=password', `--username=${USER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8'];
    const child = run(binaries.initdb, args, binaries, user);
    const output = collect(child, log);
    const code = await exited(child);
    if (code !== 0) throw explainExit('initdb', output.lines(), { dataDir, binaries: binaries.root });
  } finally {
    if (existsSync(passwordFile)) unlinkSync(passwordFile);
  }
}

class PortTaken extends Error {
  constructor(readonly reason: EmbeddedPostgresError) {
    super(reason.message);
  }
}

async function serve(binaries: PostgresBinaries, dataDir: string, port: number, user: OsUser | null, log: (line: string) => void): Promise<RunningPostgres> {
  const child = run(binaries.postgres, ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'], binaries, user);
  const output = collect(child, log);
  const exit = exited(child);
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const ready = await Promise.race([answersSoon(url, exit), exit.then(() => false)]);
  if (!ready) {
    if (child.exitCode === null) await stopChild(child, exit);
    const reason = explainExit('postgres', output.lines(), { dataDir, binaries: binaries.root, port });
    throw /could not bind|address already in use/i.test(output.lines().join('\n')) ? new PortTaken(reason) : reason;
  }
  // Never leave a server behind when this process ends without stopping it.
  const onExit = () => child.kill('SIGINT');
  process.once('exit', onExit);
  return {
    url,
    dataDir,
    stop: async () => {
      process.removeListener('exit', onExit);
      await stopChild(child, exit);
    },
  };
}

/** Runs a PostgreSQL program; as root, as the postgres user, from a folder that user can enter. */
function run(program: string, args: string[], binaries: PostgresBinaries, user: OsUser | null): ChildProcess {
  const ids = user ? { uid: user.uid, gid: user.gid } : {};
  return spawn(program, args, { ...ids, cwd: binaries.root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
}

/** The last lines a program wrote (both streams), for the failure message; each also to `log`. */
function collect(child: ChildProcess, log: (line: string) => void): { lines(): string[] } {
  const lines: string[] = [];
  const take = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      log(line.trim());
      lines.push(line.trim());
      if (lines.length > 50) lines.shift();
    }
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  child.on('error', (error) => lines.push(`spawn error: ${error.message}`));
  return { lines: () => lines };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('error', () => resolve(-1));
    child.once('exit', (code) => resolve(code));
  });
}

/** True once the server answers a query; false when it exits first or takes too long. */
async function answersSoon(url: string, exit: Promise<unknown>): Promise<boolean> {
  let gone = false;
  void exit.then(() => (gone = true));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!gone && Date.now() < deadline) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return false;
}

/** Fast shutdown (SIGINT); an immediate one (SIGQUIT) if that takes over 20 s. */
async function stopChild(child: ChildProcess, exit: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const immediate = setTimeout(() => child.kill('SIGQUIT'), 20_000);
  child.kill('SIGINT');
  await exit;
  clearTimeout(immediate);
}
