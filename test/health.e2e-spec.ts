import { DataSource } from 'typeorm';
import request from 'supertest';
import { TestData } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

const SMTP = 'smtp://127.0.0.1:1';
const NOW = new Date('2026-03-02T09:00:00Z');

describe('GET /health', () => {
  let t: TestApp;
  let data: TestData;

  beforeEach(async () => {
    // Two pooled connections: holding both makes the database not answer the health check.
    t = await createTestApp(SMTP, { DB_POOL_MAX: '2' });
    data = await TestData.connect(t.databaseUrl);
    t.clock.set(NOW);
  });

  afterEach(async () => {
    await data.close();
    await t.close();
  });

  it('reports the database up and how long the oldest due notification has waited', async () => {
    const commitment = await data.commitment({ effectiveDue: '2026-06-01' });
    const { subscriberId, subscriptionId } = await data.follower('wacht@example.nl', commitment);
    await data.query(
      `INSERT INTO notification (subscriber_id, subscription_id, commitment_id, event, dedupe_key, payload, next_attempt_at)
       VALUES ($1, $2, $3, 'overdue', 'lag', '{}', $4)`,
      [subscriberId, subscriptionId, commitment, new Date(NOW.getTime() - 90_000)],
    );
    const health = await request(t.app.getHttpServer()).get('/health').expect(200);
    expect(health.body.status).toBe('ok');
    expect(health.body.details.database.status).toBe('up');
    expect(health.body.details.outbox).toEqual({ status: 'up', pending: 1, oldestPendingSeconds: 90 });
  });

  it('answers 503 within about 2 s when the database does not answer, without internal detail', async () => {
    const busy = Promise.all([1, 2].map(() => t.app.get(DataSource).query('SELECT pg_sleep(6)')));
    const started = Date.now();
    const health = await request(t.app.getHttpServer()).get('/health').expect(503);
    const took = Date.now() - started;
    await busy;
    expect(took).toBeLessThan(4000);
    expect(health.body.status).toBe('error');
    expect(health.body.details.database).toEqual({ status: 'down', message: 'no answer within 2 s' });
    expect(health.text).not.toMatch(/127\.0\.0\.1|5432|postgres|toezegd_test|ECONN/i);
  });

  it('answers 503 naming no host or database when connections are refused', async () => {
    const admin = await TestData.connect(t.databaseUrl.replace(/\/[^/]+$/, '/postgres'));
    const name = new URL(t.databaseUrl).pathname.slice(1);
    try {
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'toezegd'`, [name]);
      const health = await request(t.app.getHttpServer()).get('/health').expect(503);
      expect(health.body.details.database).toEqual({ status: 'down', message: 'unreachable' });
      expect(health.text).not.toContain(name);
      expect(health.text).not.toMatch(/127\.0\.0\.1|5432|ECONN/);
    } finally {
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
      await admin.close();
    }
    await request(t.app.getHttpServer()).get('/health').expect(200);
  });
});
