import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { OutboxSender } from '../src/notifications/outbox-sender.service';
import { ReminderPlanner } from '../src/notifications/reminder-planner.service';
import { runCli } from './support/cli';
import { TestData } from './support/factories';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, TestApp } from './support/test-app';

const DUE = '2026-03-01';
const NOW = new Date('2026-03-02T09:00:00+01:00');
const MAX_ATTEMPTS = 3;
const minutesAfter = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('outbox: one bad notification never stops the others', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let data: TestData;

  beforeAll(() => smtp.start());
  afterAll(() => smtp.stop());

  beforeEach(async () => {
    smtp.mails.length = 0;
    t = await createTestApp(smtp.url, { SMTP_RATE_PER_SECOND: '0', MAIL_MAX_ATTEMPTS: String(MAX_ATTEMPTS) });
    data = await TestData.connect(t.databaseUrl);
  });

  afterEach(async () => {
    await data.close();
    await t.close();
  });

  const deliver = (now: Date) => t.app.get(OutboxSender).deliver(now);

  async function followers(n: number, prefix: string): Promise<void> {
    for (let i = 0; i < n; i++) await data.follower(`${prefix}${i}@example.nl`, await data.commitment({ effectiveDue: DUE }));
  }

  it('delivers 99 of 100 notifications in the same run when one cannot be composed; the bad one ends dead and later runs are unaffected', async () => {
    await followers(100, 'lezer');
    await t.app.get(ReminderPlanner).plan(NOW);
    // The poison: a notice whose stored data makes composing its mail throw (a list entry that is not a commitment).
    const [poisoned] = await data.query<{ id: string; email: string }>(
      `UPDATE notification n SET payload = '{"commitments": [null]}'
       FROM subscriber s WHERE s.id = n.subscriber_id AND s.email = 'lezer37@example.nl'
       RETURNING n.id, s.email`,
    );
    expect(poisoned).toBeDefined();

    const first = await deliver(NOW);
    expect(first).toMatchObject({ mails: 99, notificationsSent: 99, failed: 1, dead: 0 });
    expect(smtp.mails).toHaveLength(99);
    expect(smtp.to(poisoned.email)).toHaveLength(0);
    const [afterFirst] = await data.query<{ status: string; attempts: number; last_error: string }>(
      `SELECT status, attempts, last_error FROM notification WHERE id = $1`,
      [poisoned.id],
    );
    expect(afterFirst).toMatchObject({ status: 'pending', attempts: 1 });
    expect(afterFirst.last_error).toMatch(/TypeError/);

    // Backing off: not retried at once, then once per backoff until its attempts are used.
    expect(await deliver(minutesAfter(0))).toMatchObject({ failed: 0 });
    expect(await deliver(minutesAfter(2))).toMatchObject({ failed: 1, dead: 0 });
    expect(await deliver(minutesAfter(10))).toMatchObject({ failed: 1, dead: 1 });
    expect(await data.statusCounts()).toEqual({ sent: 99, dead: 1 });

    // Later runs: the dead row is left alone, new notices go out.
    await followers(2, 'later');
    await t.app.get(ReminderPlanner).plan(minutesAfter(60));
    expect(await deliver(minutesAfter(60))).toMatchObject({ mails: 2, failed: 0, dead: 0 });
    expect(smtp.to('later0@example.nl')).toHaveLength(1);
    expect(await data.statusCounts()).toEqual({ sent: 101, dead: 1 });
  });

  it('refuses the subscription of issue 11 (a lone status string) and still mails one saved before validation existed', async () => {
    const http = request(t.app.getHttpServer());
    const refused = await http.post('/api/subscriptions').send({ email: 'p@example.nl', search: { status: 'open' } }).expect(400);
    expect(refused.body.message).toMatch(/status/);
    expect(await data.statusCounts()).toEqual({});

    // The same search stored by an older version, next to an ordinary fresh subscription.
    const [old] = await data.query<{ id: string }>(`INSERT INTO subscriber (email, email_normalized) VALUES ('p@example.nl', 'p@example.nl') RETURNING id`);
    const [subscription] = await data.query<{ id: string }>(
      `INSERT INTO subscription (subscriber_id, target_type, target_key, search, status)
       VALUES ($1, 'search', 'search:{"status":"open"}', '{"status": "open"}', 'unconfirmed') RETURNING id`,
      [old.id],
    );
    await data.query(
      `INSERT INTO notification (subscriber_id, subscription_id, event, dedupe_key, payload, next_attempt_at, created_at)
       VALUES ($1, $2, 'confirmation', 'confirmation:old', '{}', $3, $3)`,
      [old.id, subscription.id, NOW],
    );
    const commitment = await data.commitment({ effectiveDue: '2026-06-01' });
    await http.post('/api/subscriptions').send({ email: 'nieuw@example.nl', commitmentId: commitment }).expect(202);

    await deliver(NOW); // after the background run the subscribe started
    expect(await data.statusCounts()).toEqual({ sent: 2 });
    expect(smtp.to('p@example.nl')[0].text).toContain('status open');
    expect(smtp.to('nieuw@example.nl')).toHaveLength(1);
  });

  it('counts a crashed sender as an attempt: a row left sending on its last attempt ends dead with a reason', async () => {
    await followers(2, 'vast');
    await t.app.get(ReminderPlanner).plan(NOW);
    await data.query(
      `UPDATE notification SET status = 'sending', claimed_at = $1, attempts = $2
       WHERE subscriber_id = (SELECT id FROM subscriber WHERE email = 'vast0@example.nl')`,
      [minutesAfter(-30), MAX_ATTEMPTS],
    );
    const report = await deliver(NOW);
    expect(report).toMatchObject({ mails: 1, dead: 1, requeued: 0 });
    const [row] = await data.query<{ status: string; last_error: string }>(
      `SELECT n.status, n.last_error FROM notification n JOIN subscriber s ON s.id = n.subscriber_id WHERE s.email = 'vast0@example.nl'`,
    );
    expect(row.status).toBe('dead');
    expect(row.last_error).toMatch(/sender stopped/);
    expect(smtp.to('vast0@example.nl')).toHaveLength(0);
  });
});

describe('toezegd remind with a poisoned notification (built CLI, mail to files)', () => {
  let t: TestApp;
  let data: TestData;
  let dataDir: string;

  beforeAll(async () => {
    t = await createTestApp('smtp://127.0.0.1:1'); // plans only; the CLI delivers to files
    data = await TestData.connect(t.databaseUrl);
    dataDir = mkdtempSync(path.join(tmpdir(), 'toezegd-poison-'));
  });

  afterAll(async () => {
    await data.close();
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exits 0, delivers the others and prints the dead count once the bad row used its attempts', async () => {
    for (const email of ['a@example.nl', 'b@example.nl']) await data.follower(email, await data.commitment({ effectiveDue: DUE }));
    await t.app.get(ReminderPlanner).plan(NOW);
    await data.query(
      `UPDATE notification SET payload = '{"commitments": [null]}'
       WHERE subscriber_id = (SELECT id FROM subscriber WHERE email = 'a@example.nl')`,
    );
    const env = { DATABASE_URL: t.databaseUrl, SMTP_URL: '', DATA_DIR: dataDir, MAIL_MAX_ATTEMPTS: '1' };
    const run = await runCli(['remind', '--deliver-only', '--now', NOW.toISOString()], env);
    expect(run.stderr).toMatch(/1 mail\(s\) with 1 notice\(s\), 1 failed, 1 dead/);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').pop() ?? '').delivered).toMatchObject({ mails: 1, dead: 1 });
    expect(await data.statusCounts()).toEqual({ sent: 1, dead: 1 });
  });

  it('exits 1 with one line when no mail at all could be sent (the mail server is unreachable)', async () => {
    await data.follower('c@example.nl', await data.commitment({ effectiveDue: DUE }));
    await t.app.get(ReminderPlanner).plan(NOW);
    const env = { DATABASE_URL: t.databaseUrl, SMTP_URL: 'smtp://127.0.0.1:1', DATA_DIR: dataDir };
    const run = await runCli(['remind', '--deliver-only', '--now', NOW.toISOString()], env);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^toezegd: delivery impossible: none of 1 mail\(s\) could be sent/);
    expect((await data.query<{ status: string }>(`SELECT n.status FROM notification n JOIN subscriber s ON s.id = n.subscriber_id WHERE s.email = 'c@example.nl'`))[0].status).toBe('pending');
  });
});
