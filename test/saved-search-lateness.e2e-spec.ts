// A saved search for "over tijd" mails what the list shows as over tijd: promises whose named date
// passed, not promises that only reached the default term (unless the search asks for those).
import { TestData } from './support/factories';
import { followConfirmed } from './support/follow';
import { SmtpSink } from './support/smtp-sink';
import { reminderCycle } from './support/reminder-cycle';
import { createTestApp, TestApp } from './support/test-app';

const at = (day: string) => new Date(`${day}T09:00:00+01:00`);

describe('saved searches and honest lateness', () => {
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


  it('mails a promised date that passed to "over tijd", and a default term only to a search for default terms', async () => {
    const before = at('2026-03-01');
    await data.commitment({ effectiveDue: '2026-03-04', quote: 'Ik stuur u voor 4 maart de brief over de wachtlijsten.', createdAt: before });
    await data.commitment({ effectiveDue: '2026-03-04', quote: 'Daartoe ben ik bereid: de wachtlijsten komen aan bod.', createdAt: before, dueSource: 'default' });
    t.clock.set(at('2026-03-02'));
    await followConfirmed(t, smtp, 'overtijd@example.nl', { search: { q: 'wachtlijsten', overdue: true } });
    await followConfirmed(t, smtp, 'standaard@example.nl', { search: { q: 'wachtlijsten', overdue: true, deadline: 'default' } });

    const now = at('2026-03-06');
    await reminderCycle(t, now);

    const [late] = smtp.to('overtijd@example.nl').slice(1);
    expect(late.text).toContain('brief over de wachtlijsten');
    expect(late.text).not.toContain('Daartoe ben ik bereid');
    const [byDefault] = smtp.to('standaard@example.nl').slice(1);
    expect(byDefault.text).toContain('Daartoe ben ik bereid');
    expect(byDefault.text).not.toContain('brief over de wachtlijsten');
  });
});
