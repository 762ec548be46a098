import request from 'supertest';
import { OutboxSender } from '../src/notifications/outbox-sender.service';
import { TestData } from './support/factories';
import { headerValue, linkIn, SmtpSink } from './support/smtp-sink';
import { reminderCycle } from './support/reminder-cycle';
import { createTestApp, PUBLIC_URL, TestApp } from './support/test-app';

const SUBSCRIBED_AT = new Date('2026-03-02T09:00:00+01:00');
const at = (day: string, hour = 9) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+01:00`);
const path = (url: string) => url.slice(PUBLIC_URL.length);

describe('subscriptions to ministries and saved searches, the manage page and the limits', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let data: TestData;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(smtp.url, { SMTP_RATE_PER_SECOND: '0', SUBSCRIBE_LIMIT_PER_ADDRESS: '3', SUBSCRIBE_LIMIT_PER_IP: '12' });
    data = await TestData.connect(t.databaseUrl);
    http = request(t.app.getHttpServer());
  });

  afterAll(async () => {
    await data.close();
    await t.close();
    await smtp.stop();
  });

  const cycle = (now: Date) => reminderCycle(t, now);

  async function confirmLatest(email: string): Promise<void> {
    await t.app.get(OutboxSender).deliver(t.clock.now());
    const mails = smtp.to(email);
    const confirmation = mails[mails.length - 1];
    expect(confirmation.subject).toMatch(/Bevestig/);
    expect(headerValue(confirmation, 'List-Unsubscribe')).toBeUndefined();
    await http.get(path(linkIn(confirmation.text, `${PUBLIC_URL}/subscriptions/confirm?token=`))).expect(200);
  }

  it('follows a ministry: nothing before confirming, then its new and newly late commitments', async () => {
    t.clock.set(SUBSCRIBED_AT);
    const reader = 'ministerie@example.nl';
    await http.post('/api/subscriptions').send({ email: reader, ministry: 'Financiën' }).expect(202);
    await data.commitment({ effectiveDue: '2026-03-05', ministry: 'Financiën', createdAt: at('2026-03-02', 8) });
    await cycle(SUBSCRIBED_AT);
    expect(smtp.to(reader).map((m) => m.subject)).toEqual([expect.stringMatching(/Bevestig/)]);
    await confirmLatest(reader);

    // Old backlog (late long before subscribing) is not mailed; new and newly late ones are.
    await data.commitment({ effectiveDue: '2025-01-01', ministry: 'Financiën', createdAt: at('2025-01-01') });
    await data.commitment({ effectiveDue: '2026-09-01', ministry: 'Defensie', createdAt: at('2026-03-03') });
    const fresh = await data.commitment({ effectiveDue: '2026-09-01', ministry: 'financiën', createdAt: at('2026-03-03'), quote: 'Ik stuur de Kamer een brief over de toeslagen.' });
    await cycle(at('2026-03-03'));
    const news = smtp.to(reader)[1];
    expect(news.subject).toMatch(/^Nieuwe toezegging/);
    expect(news.text).toContain('toeslagen');
    expect(news.text).toContain('U volgt alle toezeggingen van het ministerie van Financiën');
    expect(news.text).toContain(fresh);
    await cycle(at('2026-03-06'));
    expect(smtp.to(reader)[2].subject).toMatch(/^Toezegging over tijd/);
    await cycle(at('2026-03-07'));
    expect(smtp.to(reader)).toHaveLength(3);
  });

  it('follows a saved search with the list filters: only matching commitments are mailed', async () => {
    t.clock.set(at('2026-04-01'));
    const reader = 'zoeker@example.nl';
    await http.post('/api/subscriptions').send({ email: reader, search: { q: 'stikstof', ministry: 'Landbouw' } }).expect(202);
    await http.post('/api/subscriptions').send({ email: reader, search: { q: 'x', status: ['bogus'] } }).expect(400);
    await http.post('/api/subscriptions').send({ email: reader, ministry: 'Landbouw', search: { q: 'x' } }).expect(400);
    await confirmLatest(reader);
    await data.commitment({ effectiveDue: '2026-12-01', ministry: 'Landbouw', quote: 'Ik informeer uw Kamer over de aanpak van stikstof.', createdAt: at('2026-04-02') });
    await data.commitment({ effectiveDue: '2026-12-01', ministry: 'Landbouw', quote: 'Ik informeer uw Kamer over de visserij.', createdAt: at('2026-04-02') });
    await data.commitment({ effectiveDue: '2026-12-01', ministry: 'Financiën', quote: 'Ik informeer uw Kamer over stikstof en geld.', createdAt: at('2026-04-02') });
    await cycle(at('2026-04-02', 10));
    const mails = smtp.to(reader);
    expect(mails).toHaveLength(2);
    expect(mails[1].subject).toMatch(/^Nieuwe toezegging/);
    expect(mails[1].text).toContain('aanpak van stikstof');
    expect(mails[1].text).toContain('de zoekopdracht «stikstof», ministerie Landbouw');
  });

  it('refuses an expired confirmation link with a Dutch page', async () => {
    t.clock.set(at('2026-05-01'));
    const reader = 'laat@example.nl';
    await http.post('/api/subscriptions').send({ email: reader, ministry: 'Defensie' }).expect(202);
    await t.app.get(OutboxSender).deliver(t.clock.now());
    const link = linkIn(smtp.to(reader)[0].text, `${PUBLIC_URL}/subscriptions/confirm?token=`);
    expect(smtp.to(reader)[0].text).toMatch(/geldig tot 3 mei 2026/);
    t.clock.set(new Date(at('2026-05-01').getTime() + 49 * 3_600_000));
    const expired = await http.get(path(link)).expect(410);
    expect(expired.text).toContain('verlopen');
  });

  it('manages preferences without JavaScript: daily digest, pause, unsubscribe one, all, and stop everything', async () => {
    t.clock.set(at('2026-06-01'));
    const reader = 'beheer@example.nl';
    const late = await data.commitment({ effectiveDue: '2026-06-10' });
    const other = await data.commitment({ effectiveDue: '2026-06-10' });
    await http.post('/api/subscriptions').send({ email: reader, commitmentId: late }).expect(202);
    await confirmLatest(reader);
    await http.post(`/api/commitments/${other}/subscriptions`).send({ email: reader }).expect(202);
    await confirmLatest(reader);

    await cycle(at('2026-06-04')); // due_soon for both, one digest
    const digest = smtp.to(reader)[2];
    expect(digest.subject).toBe('toezegd: 2 meldingen over toezeggingen');
    const manage = path(linkIn(digest.text, `${PUBLIC_URL}/subscriptions/manage?token=`));
    const page = await http.get(manage).expect(200);
    expect(page.text).toContain('beheer@example.nl');
    const ids = [...page.text.matchAll(/<input[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(11);
    for (const id of ids) expect(page.text).toContain(`<label for="${id}">`);

    const [first, second] = [...page.text.matchAll(/name="prefs\[\d+\]\[id\]" value="([^"]+)"/g)].map((m) => m[1]);
    const form = new URLSearchParams({ action: 'save', digest: 'daily' });
    form.set('prefs[0][id]', first);
    form.set('prefs[0][dueSoon]', '1');
    form.set('prefs[0][dueSoonDays]', '7');
    form.set('prefs[0][repeatDays]', '0');
    form.set('prefs[1][id]', second);
    form.set('prefs[1][dueSoonDays]', '7');
    form.set('prefs[1][repeatDays]', '14');
    form.set('prefs[1][paused]', '1');
    const saved = await http.post(manage).type('form').send(form.toString()).expect(200);
    expect(saved.text).toContain('Uw voorkeuren zijn opgeslagen.');
    expect(saved.text).toMatch(/id="digest-daily" value="daily" checked/);
    const refused = await http.post(manage).type('form').send(`action=save&prefs[0][id]=${first}&prefs[0][repeatDays]=veel`).expect(400);
    expect(refused.text).toContain('Herhalen moet tussen 0 en 365 dagen liggen.');

    // 11 June, 09:00: late. Daily digest: held until 08:00 the next day; the paused one stays silent.
    await cycle(at('2026-06-11'));
    expect(smtp.to(reader)).toHaveLength(3);
    await cycle(at('2026-06-12', 8));
    expect(smtp.to(reader)).toHaveLength(4);
    expect(smtp.to(reader)[3].subject).toMatch(/^Toezegging over tijd/);
    await cycle(at('2026-07-20', 8)); // repeat 0 = once; the paused one still silent
    expect(smtp.to(reader)).toHaveLength(4);

    const one = await http.post(manage).type('form').send({ action: `unsubscribe:${first}` }).expect(200);
    expect(one.text).toContain('U bent afgemeld voor deze melding.');
    const all = await http.post(manage).type('form').send({ action: 'unsubscribe-all' }).expect(200);
    expect(all.text).toContain('U volgt op dit moment niets.');
    const stopped = await http.post(manage).type('form').send({ action: 'stop', confirm: '1' }).expect(200);
    expect(stopped.text).toContain('nooit meer e-mail');

    const again = await http.post('/api/subscriptions').send({ email: reader, ministry: 'Defensie' }).expect(202);
    const unknown = await http.post('/api/subscriptions').send({ email: 'onbekend@example.nl', ministry: 'Defensie' }).expect(202);
    expect(again.body).toEqual(unknown.body);
    await t.app.get(OutboxSender).deliver(t.clock.now());
    expect(smtp.to(reader)).toHaveLength(4);
    await http.get('/subscriptions/manage?token=nonsense').expect(404);
  });

  it('unsubscribes in one click (RFC 8058) from the List-Unsubscribe header, without a session', async () => {
    t.clock.set(at('2026-08-01'));
    const reader = 'eenklik@example.nl';
    const commitment = await data.commitment({ effectiveDue: '2026-08-03' });
    await http.post('/api/subscriptions').send({ email: reader, commitmentId: commitment }).expect(202);
    await confirmLatest(reader);
    await cycle(at('2026-08-02'));
    const mail = smtp.to(reader)[1];
    expect(headerValue(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const url = /<([^>]+)>/.exec(headerValue(mail, 'List-Unsubscribe') ?? '')?.[1] ?? '';
    const preview = await http.get(path(url)).expect(200);
    expect(preview.text).toContain('<form method="post"');
    await http.post(path(url)).type('form').send('List-Unsubscribe=One-Click').expect(200);
    await cycle(at('2026-08-10'));
    expect(smtp.to(reader)).toHaveLength(2);
  });

  it('limits subscribing per address and per IP with a 429 in Dutch and English', async () => {
    const target = 'gebombardeerd@example.nl';
    for (const ministry of ['A1', 'A2', 'A3']) await http.post('/api/subscriptions').send({ email: target, ministry }).expect(202);
    const limited = await http.post('/api/subscriptions').send({ email: target, ministry: 'A4' }).expect(429);
    expect(limited.body.message).toMatch(/Te veel aanmeldingen.*Too many/);
    // The IP's 12 requests an hour (counted on the app's clock) run out within 13 more.
    let status = 202;
    for (let i = 0; i < 13 && status === 202; i++) {
      status = (await http.post('/api/subscriptions').send({ email: `ander${i}@example.nl`, ministry: 'Binnenlandse Zaken' })).status;
    }
    expect(status).toBe(429);
  });
});
