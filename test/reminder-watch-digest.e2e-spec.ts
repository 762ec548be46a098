import request from 'supertest';
import { DeadlineChangeService } from '../src/commitments/deadline-change.service';
import { OutboxSender } from '../src/notifications/outbox-sender.service';
import { runCli } from './support/cli';
import { TestData } from './support/factories';
import { linkIn, SmtpSink } from './support/smtp-sink';
import { reminderCycle } from './support/reminder-cycle';
import { createTestApp, PUBLIC_URL, TestApp } from './support/test-app';

const at = (day: string) => new Date(`${day}T09:00:00+01:00`);

describe('overdue notices of ministry followers and delivery by several sender processes', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let data: TestData;

  beforeAll(() => smtp.start());
  afterAll(() => smtp.stop());

  beforeEach(async () => {
    smtp.mails.length = 0;
    t = await createTestApp(smtp.url, { SMTP_RATE_PER_SECOND: '0' });
    data = await TestData.connect(t.databaseUrl);
  });

  afterEach(async () => {
    await data.close();
    await t.close();
  });

  const cycle = (now: Date) => reminderCycle(t, now);

  it('lists what became late since the previous mail, once, and again after a deadline moved', async () => {
    const reader = 'ministerie@example.nl';
    const before = at('2026-03-01');
    const first = await data.commitment({ effectiveDue: '2026-03-03', ministry: 'Financiën', quote: 'Ik stuur de brief over de toeslagen.', createdAt: before });
    const second = await data.commitment({ effectiveDue: '2026-03-04', ministry: 'Financiën', quote: 'Ik stuur de brief over de douane.', createdAt: before });
    await data.commitment({ effectiveDue: '2026-03-03', ministry: 'Defensie', quote: 'Ik stuur de brief over de fregatten.', createdAt: before });
    t.clock.set(at('2026-03-02'));
    const http = request(t.app.getHttpServer());
    await http.post('/api/subscriptions').send({ email: reader, ministry: 'Financiën' }).expect(202);
    await t.app.get(OutboxSender).deliver(t.clock.now());
    const confirm = linkIn(smtp.to(reader)[0].text, `${PUBLIC_URL}/subscriptions/confirm?token=`);
    await http.get(confirm.slice(PUBLIC_URL.length)).expect(200);

    await cycle(at('2026-03-05'));
    const [, digest] = smtp.to(reader);
    expect(digest.subject).toBe('toezegd: 2 meldingen over toezeggingen');
    expect(digest.text).toContain('toeslagen');
    expect(digest.text).toContain(`${PUBLIC_URL}/toezeggingen/${first}`);
    expect(digest.text).toContain('douane');
    expect(digest.text).not.toContain('fregatten');
    await cycle(at('2026-03-05'));
    await cycle(at('2026-03-06'));
    expect(smtp.to(reader)).toHaveLength(2);

    // A later deadline: followers hear of the change, and of the lateness again once the new date passes.
    t.clock.set(at('2026-03-06'));
    await t.app.get(DeadlineChangeService).change(second, { due: '2026-03-09', reason: 'Uitstel' }, 'editor:test');
    await cycle(at('2026-03-06'));
    expect(smtp.to(reader)[2].subject).toMatch(/^Termijn van toezegging gewijzigd/);
    await cycle(at('2026-03-10'));
    const again = smtp.to(reader)[3];
    expect(again.subject).toMatch(/^Toezegging over tijd/);
    expect(again.text).toContain('douane');
    expect(again.text).not.toContain('toeslagen');
    await cycle(at('2026-03-11'));
    expect(smtp.to(reader)).toHaveLength(4);
  });

  it('remind --workers 2 sends every due mail exactly once, one digest per subscriber', async () => {
    const emails: string[] = [];
    for (let i = 0; i < 12; i++) {
      const email = `werker${i}@example.nl`;
      await data.follower(email, await data.commitment({ effectiveDue: '2026-03-01' }));
      if (i % 3 === 0) await data.follower(email, await data.commitment({ effectiveDue: '2026-02-20' }));
      emails.push(email);
    }
    const env = { DATABASE_URL: t.databaseUrl, SMTP_URL: smtp.url, PUBLIC_URL, DATA_DIR: '/nonexistent-unused', SMTP_RATE_PER_SECOND: '0', MAIL_BATCH_SIZE: '2' };
    const run = await runCli(['remind', '--now', at('2026-03-02').toISOString(), '--workers', '2'], env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).delivered).toMatchObject({ mails: 12, notificationsSent: 16 });
    expect(smtp.mails.map((m) => m.to).sort()).toEqual([...emails].sort());
    expect(smtp.to('werker0@example.nl')[0].subject).toBe('toezegd: 2 meldingen over toezeggingen');
    expect(await data.statusCounts()).toEqual({ sent: 16 });

    const bad = await runCli(['remind', '--workers', '0'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--workers/);
  });
});
