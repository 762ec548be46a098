import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { MINISTRIES, seed } from './seed';

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = process.env.BENCH_DATABASE ?? 'toezegd_bench_web';
const COMMITMENTS = Number(process.env.BENCH_COMMITMENTS ?? 100_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
/** BENCH_REUSE=1: keep an already seeded database of the same size (migrations still run). */
const REUSE = process.env.BENCH_REUSE === '1';
/** BENCH_ONLY=api,miss,html,page: a subset of the scenarios; `floor` (only when asked): GET /health, the cheapest request there is. */
const ONLY = process.env.BENCH_ONLY?.split(',');
const CONNECTIONS = 64;
const TARGETS: Record<string, number> = { 'API list': 20, 'HTML list page': 50 };

/**
 * npm run bench:web: 100,000 commitments in a database on BENCH_ADMIN_URL's server, the app in a
 * child process on a real port, 64 concurrent clients for 20 s per scenario; p50/p99 latency and
 * requests/s, with the load average of the machine next to each figure.
 */
async function main(): Promise<void> {
  const databaseUrl = await prepareDatabase();
  const db = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  await db.runMigrations({ transaction: 'each' });
  const seeded = Number(((await db.query(`SELECT count(*)::int AS n FROM commitment`)) as { n: number }[])[0].n);
  if (seeded !== COMMITMENTS) {
    const started = performance.now();
    await seed(db, Math.max(1, Math.round(COMMITMENTS / 10)), COMMITMENTS);
    console.log(`seeded ${COMMITMENTS} commitments in ${Math.round(performance.now() - started)} ms`);
  }
  const ids = ((await db.query(`SELECT id FROM commitment ORDER BY random() LIMIT 1000`)) as { id: string }[]).map((r) => r.id);
  await db.destroy();

  const { server, base } = await startServer(databaseUrl);
  const filters = [
    'status=open&ministry=Justitie%20en%20Veiligheid',
    'overdue=true&ministry=Financi%C3%ABn&kind=report',
    'q=stikstof&status=open',
    'status=fulfilled&year=2019&origin=tk_register&page=3',
    'q=voortgangsbrief%20mensenhandel&sort=relevance',
  ];
  // Every request a different list: what a visitor who is the first to ask for a filter waits for.
  const distinct = MINISTRIES.flatMap((ministry) =>
    ['open', 'fulfilled', 'lapsed'].flatMap((status) => Array.from({ length: 60 }, (_, page) => `ministry=${encodeURIComponent(ministry)}&status=${status}&page=${page + 1}`)),
  );
  const scenarios = [
    { key: 'api', name: 'API list', paths: filters.map((f) => `/api/commitments?${f}`) },
    { key: 'miss', name: 'API list, all distinct', paths: distinct.map((f) => `/api/commitments?${f}`) },
    { key: 'html', name: 'HTML list page', paths: filters.map((f) => `/toezeggingen?${f}`) },
    { key: 'page', name: 'HTML commitment page', paths: ids.map((id) => `/toezeggingen/${id}`) },
    { key: 'floor', name: 'floor: /health', paths: ['/health'] },
  ].filter((s) => (ONLY ? ONLY.includes(s.key) : s.key !== 'floor'));
  const results: string[] = [];
  try {
    for (const scenario of scenarios) {
      // Warm up: templates, plans, connection pool.
      await autocannon({ url: base, connections: 8, duration: 2, requests: scenario.paths.map((p) => ({ method: 'GET', path: p })) });
      let next = 0;
      const load = loadavg()[0].toFixed(1);
      const result = await autocannon({
        url: base,
        connections: CONNECTIONS,
        duration: DURATION,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: scenario.paths[next++ % scenario.paths.length] }) }],
      });
      const target = TARGETS[scenario.name];
      const verdict = target === undefined ? '' : result.latency.p99 < target ? ` (target p99 < ${target} ms: met)` : ` (target p99 < ${target} ms: MISSED)`;
      const line =
        `${scenario.name.padEnd(22)} p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  ${Math.round(result.requests.average)} req/s  ` +
        `non-2xx ${result.non2xx}  errors ${result.errors}  load ${load}→${loadavg()[0].toFixed(1)}${verdict}`;
      console.log(line);
      results.push(line);
    }
  } finally {
    server.disconnect();
  }
  console.log(`\n${COMMITMENTS} commitments, ${CONNECTIONS} connections, ${DURATION} s each:\n${results.join('\n')}`);
}

async function prepareDatabase(): Promise<string> {
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const exists = ((await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DATABASE])).rowCount ?? 0) > 0;
  if (!REUSE || !exists) {
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DATABASE}`);
  }
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

/** Forks server.js with the bench database; resolves with its base URL once it listens. */
function startServer(databaseUrl: string): Promise<{ server: ChildProcess; base: string }> {
  const server = fork(path.join(__dirname, 'server.js'), { env: { ...process.env, DATABASE_URL: databaseUrl } });
  return new Promise((resolve, reject) => {
    server.once('message', (message: { port: number }) => resolve({ server, base: `http://127.0.0.1:${message.port}` }));
    server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
