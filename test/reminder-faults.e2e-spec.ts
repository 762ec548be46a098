import { Client } from 'pg';
import request from 'supertest';
import { DeadlineChangeService } from '../src/commitments/deadline-change.service';
import { OutboxSender } from '../src/notifications/outbox-sender.service';
import { ReminderPlanner } from '../src/notifications/reminder-planner.service';
import { RemindersScheduler } from '../src/notifications/reminders.scheduler';
import { runCli, startCli } from './support/cli';
import { TestData } from './support/factories';
import { headerValue, SmtpSink } from './support/smtp-sink';
import { createTestApp, createTestAppOn, EDITOR_TOKEN, PUBLIC_URL, TestApp } from './support/test-app';

const DUE = '2026-03-01';
const NOW = new Date('2026-03-02T09:00:00+01:00');
const FAST = { SMTP_RATE_PER_SECOND: '0' };

const minutesAfter = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);
const at = (day: string) => new Date(`${day}T09:00:00+01:00`);

/** How many mails each address received. */
function perRecipient(smtp: SmtpSink): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mail of smtp.mails) counts.set(mail.to, (counts.get(mail.to) ?? 0) + 1);
  return counts;
}

async function overdueFollowers(data: TestData, n: number, prefix: string): Promise<string[]> {
  const emails: string[] = [];
  for (let i = 0; i < n; i++) {
    const commitment = await data.commitment({ effectiveDue: DUE });
    const email = `${prefix}${i}@example.nl`;
    await data.follower(email, commitment);
    emails.push(email);
  }
  return emails;
}

describe('reminder delivery under faults: what subscribers receive', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let data: TestData;

  beforeAll(() => smtp.start());
  afterAll(() => smtp.stop());

  beforeEach(async () => {
    smtp.mails.length = 0;
    t = await createTestApp(smtp.url, FAST);
    data = await TestData.connect(t.databaseUrl);
  });

  afterEach(async () => {
    smtp.release();
    await data.close();
    await t.close();
  });

  const plan = (now: Date) => t.app.get(ReminderPlanner).plan(now);
  const deliver = (now: Date) => t.app.get(OutboxSender).deliver(now);

  it('1: SMTP down during a run loses nothing; once it is back every due mail arrives once', async () => {
    const emails = await overdueFollowers(data, 5, 'down');
    await smtp.stop();
    try {
      await plan(NOW);
      const during = await deliver(NOW);
      expect(during.mails).toBe(0);
      expect(during.failed).toBe(5);
      expect(await data.statusCounts()).toEqual({ pending: 5 });
    } finally {
      await smtp.restart();
    }
    expect((await deliver(NOW)).mails).toBe(0); // backing off, not hammering
    const after = await deliver(minutesAfter(NOW, 2));
    expect(after.mails).toBe(5);
    await deliver(minutesAfter(NOW, 600));
    expect([...perRecipient(smtp).keys()].sort()).toEqual(emails.sort());
    expect([...perRecipient(smtp).values()]).toEqual([1, 1, 1, 1, 1]);
    expect(smtp.mails[0].subject).toMatch(/over tijd/);
    expect(await data.statusCounts()).toEqual({ sent: 5 });
  });

  it('2a: a 4xx answer is retried later and the mail arrives once', async () => {
    await overdueFollowers(data, 1, 'soft');
    smtp.failNext(451);
    await plan(NOW);
    expect((await deliver(NOW)).failed).toBe(1);
    expect(smtp.mails).toHaveLength(0);
    expect((await deliver(minutesAfter(NOW, 2))).mails).toBe(1);
    await deliver(minutesAfter(NOW, 600));
    expect(smtp.to('soft0@example.nl')).toHaveLength(1);
    const [row] = await data.query<{ attempts: number; message_id: string }>(`SELECT attempts, message_id FROM notification`);
    expect(row.attempts).toBe(2);
    expect(row.message_id).toBe(smtp.mails[0].raw.messageId);
  });

  it('2b: a 5xx answer suppresses the address: no retry, dead row visible to editors, never mailed again', async () => {
    const [email] = await overdueFollowers(data, 1, 'hard');
    smtp.failNext(550);
    await plan(NOW);
    const report = await deliver(NOW);
    expect(report).toMatchObject({ mails: 0, dead: 1 });
    await deliver(minutesAfter(NOW, 600));
    expect(smtp.mails).toHaveLength(0);
    const [subscriber] = await data.query<{ suppression_reason: string }>(`SELECT suppression_reason FROM subscriber`);
    expect(subscriber.suppression_reason).toMatch(/hard bounce.*550/);

    const http = request(t.app.getHttpServer());
    await http.get('/api/admin/notifications?status=dead').expect(401);
    const dead = await http.get('/api/admin/notifications?status=dead').set('Authorization', `Bearer ${EDITOR_TOKEN}`).expect(200);
    expect(dead.body.items).toHaveLength(1);
    expect(dead.body.items[0]).toMatchObject({ event: 'overdue', status: 'dead', attempts: 1 });
    expect(dead.body.items[0].lastError).toMatch(/550/);
    const stats = await http.get('/api/admin/notifications/stats').set('Authorization', `Bearer ${EDITOR_TOKEN}`).expect(200);
    expect(stats.body).toMatchObject({ dead: 1, pending: 0, suppressedAddresses: 1 });

    // Subscribing the suppressed address again answers exactly like for a new address, and sends nothing.
    const other = await data.commitment({ effectiveDue: '2026-06-01' });
    const again = await http.post('/api/subscriptions').send({ email, commitmentId: other }).expect(202);
    const fresh = await http.post('/api/subscriptions').send({ email: 'nieuw@example.nl', commitmentId: other }).expect(202);
    expect(again.body).toEqual(fresh.body);
    await deliver(NOW);
    expect(smtp.to(email)).toHaveLength(0);
    expect(smtp.to('nieuw@example.nl')).toHaveLength(1);
  });

  it('3: two instances planning and sending at the same time send every mail exactly once', async () => {
    const second = await createTestAppOn(t, smtp.url, { ...FAST, MAIL_BATCH_SIZE: '3' });
    try {
      const emails = await overdueFollowers(data, 24, 'twin');
      // A few subscribers follow two commitments: still one digest each.
      const extra = await data.commitment({ effectiveDue: DUE });
      await data.follower(emails[0], extra);
      await data.follower(emails[1], extra);
      const apps = [t, second];
      for (const a of apps) a.clock.set(NOW);
      await Promise.all(apps.flatMap((a) => [a.app.get(ReminderPlanner).plan(NOW), a.app.get(RemindersScheduler).planAndDeliver()]));
      await Promise.all(apps.flatMap((a) => [a.app.get(OutboxSender).deliver(NOW), a.app.get(OutboxSender).deliver(NOW)]));
      await Promise.all(apps.map((a) => a.app.get(OutboxSender).deliver(minutesAfter(NOW, 1))));
      const counts = perRecipient(smtp);
      expect([...counts.keys()].sort()).toEqual([...emails].sort());
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
      expect(smtp.to(emails[0])[0].subject).toMatch(/2 meldingen/);
      expect(await data.statusCounts()).toEqual({ sent: 26 });
    } finally {
      await second.close();
    }
  });

  it('4: a sender killed between claiming and marking sent: after a restart every mail arrives, at most one duplicate each', async () => {
    const emails = await overdueFollowers(data, 6, 'killed');
    const env = { DATABASE_URL: t.databaseUrl, SMTP_URL: smtp.url, PUBLIC_URL, DATA_DIR: '/nonexistent-unused', ...FAST, MAIL_BATCH_SIZE: '2' };
    smtp.hold();
    const run = startCli(['remind', '--now', NOW.toISOString()], env);
    await smtp.waitForCount(1, 30_000);
    run.child.kill('SIGKILL');
    const killed = await run.done;
    expect(killed.code).not.toBe(0);
    smtp.release();
    const claimed = await data.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification WHERE status = 'sending'`);
    expect(claimed[0].n).toBeGreaterThan(0);

    // Too early for the sweep: the rows of the crashed sender are left alone.
    const early = await runCli(['remind', '--now', minutesAfter(NOW, 1).toISOString()], env);
    expect(early.code).toBe(0);
    const restarted = await runCli(['remind', '--now', minutesAfter(NOW, 11).toISOString()], env);
    expect(restarted.code).toBe(0);
    expect(JSON.parse(restarted.stdout).delivered.requeued).toBe(claimed[0].n);

    const counts = perRecipient(smtp);
    expect([...counts.keys()].sort()).toEqual(emails.sort());
    expect([...counts.values()].every((n) => n === 1 || n === 2)).toBe(true);
    const duplicates = [...counts.values()].filter((n) => n === 2).length;
    expect(duplicates).toBeLessThanOrEqual(claimed[0].n);
    expect(await data.statusCounts()).toEqual({ sent: 6 });
  });

  it('5: a dropped database connection fails the run cleanly; the next run completes and nothing is lost', async () => {
    const emails = await overdueFollowers(data, 4, 'dropped');
    const admin = new Client({ connectionString: t.databaseUrl });
    await admin.connect();
    // Cuts the connection of every statement that waits on the test's lock, until the run gives up.
    const terminateUntilSettled = async (run: Promise<unknown>) => {
      let settled = false;
      const outcome = run.then(
        () => 'completed',
        (error: unknown) => error,
      ).finally(() => (settled = true));
      let terminated = 0;
      while (!settled) {
        const rows = (
          await admin.query(
            `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE datname = current_database() AND application_name = 'toezegd' AND wait_event_type = 'Lock'`,
          )
        ).rows as unknown[];
        terminated += rows.length;
        await new Promise((resolve) => setImmediate(resolve));
      }
      return { outcome: await outcome, terminated };
    };
    const locker = await TestData.connect(t.databaseUrl);
    try {
      // Planning: its connection dies while it waits on the outbox.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE notification IN SHARE ROW EXCLUSIVE MODE');
      const planning = await terminateUntilSettled(plan(NOW));
      expect(String(planning.outcome)).toMatch(/terminat/i);
      // The planner tried again after each lost connection (3 attempts), then gave up; a signalled backend may be counted twice.
      expect(planning.terminated).toBeGreaterThanOrEqual(3);
      await locker.query('ROLLBACK');
      expect(await data.statusCounts()).toEqual({});

      await plan(NOW);
      // Delivery: the claim's connection dies.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE notification IN EXCLUSIVE MODE');
      const delivering = await terminateUntilSettled(deliver(NOW));
      expect(String(delivering.outcome)).toMatch(/terminat/i);
      await locker.query('ROLLBACK');
      expect(smtp.mails).toHaveLength(0);

      // Mid-send: every connection of the app is cut while the SMTP server holds its answer.
      smtp.hold();
      const sending = deliver(NOW).then(
        () => 'completed',
        () => 'failed',
      );
      await smtp.waitForCount(1);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'toezegd'`);
      smtp.release();
      expect(['completed', 'failed']).toContain(await sending);

      await deliver(minutesAfter(NOW, 11));
      await deliver(minutesAfter(NOW, 30));
      const counts = perRecipient(smtp);
      expect([...counts.keys()].sort()).toEqual(emails.sort());
      expect([...counts.values()].every((n) => n === 1 || n === 2)).toBe(true);
      expect(await data.statusCounts()).toEqual({ sent: 4 });
    } finally {
      await locker.close().catch(() => undefined);
      await admin.end();
    }
  });

  it('6: a deadline moved later stops the old overdue reminders and arms new ones at the new date', async () => {
    const commitment = await data.commitment({ effectiveDue: DUE });
    await data.follower('uitstel@example.nl', commitment);
    const step = async (now: Date) => {
      t.clock.set(now);
      await plan(now);
      await deliver(now);
    };
    await step(at('2026-03-02'));
    expect(smtp.mails.map((m) => m.subject)).toEqual([expect.stringMatching(/^Toezegging over tijd/)]);

    // A repeat is planned (15 days late) but the deadline moves before it goes out.
    t.clock.set(at('2026-03-16'));
    await plan(at('2026-03-16'));
    await t.app.get(DeadlineChangeService).change(commitment, { due: '2026-04-30', reason: 'Uitstel aangekondigd' }, 'editor:test');
    await deliver(at('2026-03-16'));
    expect(smtp.mails.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Toezegging over tijd/),
      expect.stringMatching(/^Termijn van toezegging gewijzigd/),
    ]);
    expect(smtp.mails[1].text).toContain('2026-04-30');

    for (const day of ['2026-03-20', '2026-03-30', '2026-04-10']) await step(at(day));
    expect(smtp.mails).toHaveLength(2);
    await step(at('2026-04-24'));
    expect(smtp.mails[2].subject).toMatch(/^Toezegging bijna verlopen/);
    await step(at('2026-05-01'));
    expect(smtp.mails[3].subject).toMatch(/^Toezegging over tijd/);
    expect(smtp.mails[3].text).toContain('30 april 2026');
    await step(at('2026-05-01'));
    expect(smtp.mails).toHaveLength(4);
    const cancelled = await data.query<{ event: string }>(`SELECT event FROM notification WHERE status = 'cancelled'`);
    expect(cancelled).toEqual([{ event: 'still_overdue' }]);
  });

  it('a commitment withdrawn at the source (TK register) gets no reminders', async () => {
    const [kept, withdrawn] = await overdueFollowers(data, 2, 'withdrawn');
    await data.query(
      `UPDATE commitment c SET withdrawn = true FROM subscription s JOIN subscriber sub ON sub.id = s.subscriber_id
        WHERE s.commitment_id = c.id AND sub.email = $1`,
      [withdrawn],
    );
    await plan(NOW);
    await deliver(NOW);
    expect([...perRecipient(smtp).keys()]).toEqual([kept]);
  });

  it('7: hostile text in documents, titles, names and search terms is escaped in HTML and stripped from headers', async () => {
    const hostile = '<script>alert(1)</script>';
    const document = await data.document({ title: `<img src=x onerror=alert(1)> Antwoord`, number: '2026D00001' });
    const commitment = await data.commitment({
      effectiveDue: DUE,
      documentId: document,
      quote: `Ik zal uw Kamer informeren ${hostile} <b>vet</b>.`,
      ownerRole: 'Minister\r\nBcc: victim@example.com\r\nSubject: gekaapt',
    });
    await data.follower('doelwit@example.nl', commitment);
    await plan(NOW);
    await deliver(NOW);
    const [mail] = smtp.mails;
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toContain('Bcc: victim@example.com'); // harmless text in one header line, not a header
    expect(mail.raw.headerLines.filter((h) => h.key === 'bcc' || h.key === 'subject')).toHaveLength(1);
    expect(mail.to).toBe('doelwit@example.nl');
    expect(mail.html).not.toMatch(/<script|<img|<b>vet/);
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(mail.text).toContain(hostile); // plain text shows what the document says
    expect(headerValue(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    // A saved search with markup: the confirmation mail escapes it.
    const http = request(t.app.getHttpServer());
    await http.post('/api/subscriptions').send({ email: 'zoeker@example.nl', search: { q: hostile, owner: '"><svg onload=alert(1)>' } }).expect(202);
    await http.post('/api/subscriptions').send({ email: 'a@example.nl\r\nBcc: victim@example.com', ministry: 'Financiën' }).expect(400);
    await smtp.waitForCount(2);
    const confirmation = smtp.to('zoeker@example.nl')[0];
    expect(confirmation.html).not.toMatch(/<script|<svg/);
    expect(confirmation.html).toContain('&lt;script&gt;');
    expect(smtp.to('victim@example.com')).toHaveLength(0);
  });
});
