import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { dutchDay } from '../../src/common/clock';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { deliverWithWorkers } from '../../src/notifications/delivery-workers';
import { OutboxSender } from '../../src/notifications/outbox-sender.service';
import { ReminderPlanner } from '../../src/notifications/reminder-planner.service';
import { CountingSink } from './counting-sink';
import { seed } from './seed';

/**
 * npm run bench:reminders — seeds 100,000 commitments, 200,000 subscribers and 1,000,000
 * subscriptions (20 % overdue) into a fresh database on BENCH_DATABASE_URL's server, times one
 * planning run and the delivery of every resulting digest to an SMTP sink (a child process that counts).
 * Scale down with BENCH_SCALE=0.1. BENCH_WORKERS sender processes deliver (default 2; 1 = in this
 * process). BENCH_KEEP keeps the database; BENCH_REUSE=<database> runs again on a kept one (its
 * outbox emptied first) without seeding.
 */
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SCALE = Number(process.env.BENCH_SCALE ?? '1');
const WORKERS = Number(process.env.BENCH_WORKERS ?? '2');
const REUSE = process.env.BENCH_REUSE;
const TARGETS = { planningSeconds: 10, peakRssMb: 300, mailsPerSecond: 1000 };

async function main(): Promise<void> {
  const database = REUSE ?? `toezegd_bench_${process.pid}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  if (!REUSE) await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  const sink = new CountingSink();
  try {
    if (!REUSE) {
      const migrator = await new DataSource(dataSourceOptions(url.toString())).initialize();
      await migrator.runMigrations({ transaction: 'each' });
      await migrator.destroy();
    }

    const now = new Date();
    const today = dutchDay(now);
    const size = {
      commitments: Math.round(100_000 * SCALE),
      subscribers: Math.round(200_000 * SCALE),
      subscriptions: Math.round(1_000_000 * SCALE),
      ministrySubscriptions: Math.round(2_000 * SCALE),
      searchSubscriptions: Math.round(3_000 * SCALE),
      overdueShare: 0.2,
    };
    const db = new Client({ connectionString: url.toString() });
    await db.connect();
    let started = performance.now();
    if (REUSE) {
      await db.query('TRUNCATE notification, access_token');
      await db.query('UPDATE subscriber SET suppressed_at = NULL WHERE suppressed_at IS NOT NULL');
      await db.query('VACUUM ANALYZE notification');
    } else {
      await seed(db, size, today);
    }
    const [counts] = (await db.query(
      `SELECT (SELECT count(*) FROM commitment)::int AS commitments, (SELECT count(*) FROM subscriber)::int AS subscribers,
              (SELECT count(*) FROM subscription)::int AS subscriptions,
              (SELECT count(*) FROM commitment WHERE effective_due < $1::date)::int AS overdue`,
      [today],
    )).rows as Record<string, number>[];
    log(`${REUSE ? 'reused' : 'seeded'} in ${secs(started)} s: ${JSON.stringify(counts)}`);

    const smtpUrl = await sink.start();
    const appEnv = {
      DATABASE_URL: url.toString(),
      SMTP_URL: smtpUrl,
      SCHEDULER_ENABLED: 'false',
      SMTP_RATE_PER_SECOND: process.env.SMTP_RATE_PER_SECOND ?? '0',
      SMTP_POOL_SIZE: process.env.SMTP_POOL_SIZE ?? '8',
      MAIL_BATCH_SIZE: process.env.MAIL_BATCH_SIZE ?? '500',
      PUBLIC_URL: 'https://toezegd.example',
    };
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(appEnv), { logger: ['error', 'warn', 'log'] });
    const rssBefore = process.memoryUsage().rss;
    started = performance.now();
    const planned = await app.get(ReminderPlanner).plan(now);
    const planningSeconds = (performance.now() - started) / 1000;
    const peakAfterPlanning = process.resourceUsage().maxRSS / 1024;
    const [expected] = (await db.query(
      `SELECT count(*)::int AS rows, count(DISTINCT subscriber_id)::int AS subscribers FROM notification WHERE status = 'pending'`,
    )).rows as { rows: number; subscribers: number }[];
    log(`planned ${JSON.stringify(planned)} = ${expected.rows} outbox rows for ${expected.subscribers} subscribers in ${planningSeconds.toFixed(2)} s`);

    started = performance.now();
    const loadAfterPlanning = loadAverage();
    const delivered =
      WORKERS > 1
        ? await deliverWithWorkers(WORKERS, now, { ...process.env, ...appEnv }, Number(appEnv.SMTP_RATE_PER_SECOND))
        : await app.get(OutboxSender).deliver(now);
    const deliverySeconds = (performance.now() - started) / 1000;
    const loadAfterDelivery = loadAverage();
    const sinkCounts = await sink.counts();
    await app.close();
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const [left] = (await db.query(`SELECT count(*) FILTER (WHERE status IN ('pending', 'sending'))::int AS unsent,
                                          count(*) FILTER (WHERE status = 'sent')::int AS sent FROM notification`)).rows as { unsent: number; sent: number }[];
    await db.end();

    const result = {
      scale: SCALE,
      workers: WORKERS,
      loadAverageAfterPlanning: loadAfterPlanning,
      loadAverageAfterDelivery: loadAfterDelivery,
      planningSeconds: round(planningSeconds),
      planned: expected.rows,
      rssBeforePlanningMb: Math.round(rssBefore / 1048576),
      peakRssAfterPlanningMb: Math.round(peakAfterPlanning),
      peakRssMb: Math.round(peakRssMb),
      digestsExpected: expected.subscribers,
      mailsReceivedBySink: sinkCounts.received,
      recipients: sinkCounts.recipients,
      duplicates: sinkCounts.duplicates,
      noticesSent: left.sent,
      noticesUnsent: left.unsent,
      deliverySeconds: round(deliverySeconds),
      mailsPerSecond: Math.round(sinkCounts.received / deliverySeconds),
      report: delivered,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    const ok =
      result.planningSeconds < TARGETS.planningSeconds &&
      result.peakRssAfterPlanningMb < TARGETS.peakRssMb &&
      result.mailsPerSecond >= TARGETS.mailsPerSecond &&
      result.mailsReceivedBySink === result.digestsExpected &&
      result.recipients === result.digestsExpected &&
      result.noticesUnsent === 0;
    log(ok ? 'targets met' : `targets missed (${JSON.stringify(TARGETS)})`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await sink.stop().catch(() => undefined);
    if (!process.env.BENCH_KEEP && !REUSE) await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
}

function secs(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

/** The 1-minute load average: this machine is shared, figures mean little without it. */
function loadAverage(): number {
  return round(os.loadavg()[0]);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function log(line: string): void {
  process.stderr.write(`bench:reminders ${line}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:reminders failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
