import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { TableStatistics } from '../src/database/table-statistics';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, TestApp } from './support/test-app';

/** Large imports refresh the planner's statistics themselves instead of waiting for autovacuum. */
describe('table statistics during imports', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let db: DataSource;
  let writer: Client;

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(smtp.url);
    db = t.app.get(DataSource);
    writer = new Client({ connectionString: t.databaseUrl });
    await writer.connect();
  });

  afterAll(async () => {
    await writer.end();
    await t.close();
    await smtp.stop();
  });

  const analysed = async () =>
    Number(((await db.query(`SELECT count(*)::int AS n FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'commitment'`)) as { n: number }[])[0].n);

  it('analyses a table once enough of it changed, and leaves it alone otherwise', async () => {
    const statistics = t.app.get(TableStatistics);
    const insert = (from: number, to: number) =>
      writer.query(
        `INSERT INTO commitment (quote, kind, ministry, due_source, effective_due, confidence, status, origin, fingerprint)
         SELECT 'Ik informeer uw Kamer over onderwerp ' || g, 'report', 'Financiën', 'default', date '2024-01-01', 0.9, 'open', 'manual', 'stat-' || g
         FROM generate_series($1::int, $2::int) g`,
        [from, to],
      );
    await insert(1, 200);
    await writer.query('SELECT pg_stat_force_next_flush()');
    expect(await statistics.refreshChanged(['commitment', 'document'])).toEqual([]);
    expect(await analysed()).toBe(0);

    await insert(201, 1500);
    await writer.query('SELECT pg_stat_force_next_flush()');
    // The writer's counters reach the shared statistics when its session reports them.
    let refreshed: string[] = [];
    for (let attempt = 0; attempt < 50 && refreshed.length === 0; attempt++) {
      refreshed = await statistics.refreshChanged(['commitment', 'document']);
      if (refreshed.length === 0) await writer.query('SELECT pg_stat_force_next_flush()');
    }
    expect(refreshed).toEqual(['commitment']);
    expect(await analysed()).toBeGreaterThan(0);
    expect(await statistics.refreshChanged(['commitment', 'document'])).toEqual([]);
  });
});
