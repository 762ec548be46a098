import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { seed } from './seed';

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'toezegd_bench_web';
const COMMITMENTS = Number(process.env.BENCH_COMMITMENTS ?? 100_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = 64;
const TARGETS: Record<string, number> = { 'API list': 20, 'HTML list page': 50 };

/**
 * npm run bench:web: 100,000 commitments in a fresh database on BENCH_ADMIN_URL's server, the app
 * on a real port, 64 concurrent clients for 20 s per scenario; p50/p99 latency and requests/s.
 */
async function main(): Promise<void> {
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DATABASE}`;
  const databaseUrl = url.toString();

  const db = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  await db.runMigrations({ transaction: 'each' });
  const started = performance.now();
  await seed(db, Math.max(1, Math.round(COMMITMENTS / 10)), COMMITMENTS);
  console.log(`seeded ${COMMITMENTS} commitments in ${Math.round(performance.now() - started)} ms`);
  const ids = ((await db.query(`SELECT id FROM commitment ORDER BY random() LIMIT 1000`)) as { id: string }[]).map((r) => r.id);
  await db.destroy();

  const app = configureApp(
    await NestFactory.create(AppModule.forRoot({ DATABASE_URL: databaseUrl, SCHEDULER_ENABLED: 'false', PUBLIC_URL: 'http://bench.test' }), { logger: ['error'] }),
  );
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;

  const filters = [
    'status=open&ministry=Justitie%20en%20Veiligheid',
    'overdue=true&ministry=Financi%C3%ABn&kind=report',
    'q=stikstof&status=open',
    'status=fulfilled&year=2019&origin=tk_register&page=3',
    'q=voortgangsbrief%20mensenhandel&sort=relevance',
  ];
  const scenarios = [
    { name: 'API list', paths: filters.map((f) => `/api/commitments?${f}`) },
    { name: 'HTML list page', paths: filters.map((f) => `/toezeggingen?${f}`) },
    { name: 'HTML commitment page', paths: ids.map((id) => `/toezeggingen/${id}`) },
  ];
  const results: string[] = [];
  for (const scenario of scenarios) {
    // Warm up: templates, plans, connection pool.
    await autocannon({ url: base, connections: 8, duration: 2, requests: scenario.paths.map((path) => ({ method: 'GET', path })) });
    let next = 0;
    const result = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: DURATION,
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: scenario.paths[next++ % scenario.paths.length] }) }],
    });
    const target = TARGETS[scenario.name];
    const verdict = target === undefined ? '' : result.latency.p99 < target ? ` (target p99 < ${target} ms: met)` : ` (target p99 < ${target} ms: MISSED)`;
    const line = `${scenario.name.padEnd(22)} p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  ${Math.round(result.requests.average)} req/s  non-2xx ${result.non2xx}  errors ${result.errors}${verdict}`;
    console.log(line);
    results.push(line);
  }
  await app.close();
  console.log(`\n${COMMITMENTS} commitments, ${CONNECTIONS} connections, ${DURATION} s each:\n${results.join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
