// Ministry and saved-search followers hear nothing of a candidate (it waits for review) nor of a
// rejected commitment; once an editor accepts a candidate it is a new open promise like any other.
import { ReviewService } from '../src/commitments/review.service';
import { TestData } from './support/factories';
import { followConfirmed } from './support/follow';
import { SmtpSink } from './support/smtp-sink';
import { reminderCycle } from './support/reminder-cycle';
import { createTestApp, TestApp } from './support/test-app';

const at = (day: string) => new Date(`${day}T09:00:00+01:00`);

describe('reminders and commitments under review', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let data: TestData;

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(smtp.url, { SMTP_RATE_PER_SECOND: '0' });
    data = await TestData.connect(t.databaseUrl);
  });

  afterAll(async () => {
    await data.close();
    await t.close();
    await smtp.stop();
  });

  const cycle = (now: Date) => reminderCycle(t, now);


  it('plans no notice for candidates or rejected ones, and does once a candidate is accepted', async () => {
    const before = at('2026-03-01');
    await data.commitment({ effectiveDue: '2026-03-03', ministry: 'Financiën', quote: 'Ik stuur de brief over de toeslagen.', createdAt: before });
    t.clock.set(at('2026-03-02'));
    await followConfirmed(t, smtp, 'ministerie@example.nl', { ministry: 'Financiën' });
    await followConfirmed(t, smtp, 'zoeker@example.nl', { search: { q: 'douane' } });
    // Found after the followers subscribed: new promises they would hear of, if they were published.
    const found = at('2026-03-03');
    const candidate = await data.commitment({ effectiveDue: '2026-04-01', ministry: 'Financiën', quote: 'Wellicht stuur ik iets over de douane.', createdAt: found, status: 'candidate' });
    await data.commitment({ effectiveDue: '2026-04-01', ministry: 'Financiën', quote: 'Het kabinet overwoog de accijnzen en de douane.', createdAt: found, status: 'rejected' });

    await cycle(at('2026-03-05'));
    const ministryMails = smtp.to('ministerie@example.nl').slice(1);
    expect(ministryMails).toHaveLength(1);
    expect(ministryMails[0].text).toContain('toeslagen');
    expect(ministryMails[0].text).not.toContain('douane');
    expect(ministryMails[0].text).not.toContain('accijnzen');
    expect(smtp.to('zoeker@example.nl').slice(1)).toEqual([]);
    const planned = await data.query(`SELECT 1 FROM notification WHERE commitment_id = $1`, [candidate]);
    expect(planned).toEqual([]);

    await t.app.get(ReviewService).accept(candidate, 'redactie');
    await cycle(at('2026-03-06'));
    const notices = await data.query(`SELECT event, subscriber_id FROM notification WHERE commitment_id = $1 ORDER BY 1`, [candidate]);
    expect(notices.map((n) => n.event)).toEqual(['new_commitment', 'new_commitment']);
    expect(smtp.to('zoeker@example.nl').slice(1).map((m) => m.text).join()).toContain('douane');
  });
});
