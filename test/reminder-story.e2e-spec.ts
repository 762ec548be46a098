import path from 'node:path';
import request from 'supertest';
import { headerValue, linkIn, SmtpSink } from './support/smtp-sink';
import { runCli } from './support/cli';
import { createTestApp, EDITOR_TOKEN, PUBLIC_URL, TestApp } from './support/test-app';

const ANSWER = path.join(__dirname, 'fixtures', 'ah-tk-20192020-3349.txt');
const READER = 'journalist@example.nl';

/**
 * The story toezegd exists for, through its public interfaces: import an answer with the CLI,
 * find its commitment in the API, subscribe, confirm, get exactly one reminder when it is late,
 * one mail when it is kept, and nothing after unsubscribing.
 */
describe('from an imported answer to a reminder and a fulfilment', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let cliEnv: Record<string, string>;

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(smtp.url);
    cliEnv = { DATABASE_URL: t.databaseUrl, SMTP_URL: smtp.url, PUBLIC_URL, DATA_DIR: '/nonexistent-unused' };
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('walks the whole story', async () => {
    const http = request(t.app.getHttpServer());

    // Import: the answer promises reports through the voortgangsbrief Samen tegen mensenhandel.
    const imported = await runCli(['import', ANSWER], cliEnv);
    expect(imported.stderr).toContain('new');
    expect(imported.code).toBe(0);
    const again = await runCli(['import', ANSWER], cliEnv);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout.trim())).toMatchObject({ created: false, commitmentsCreated: 0 });

    const list = await http.get('/api/commitments').query({ q: 'voortgangsbrief' }).expect(200);
    expect(list.body.total).toBeGreaterThanOrEqual(1);
    const commitment = list.body.items.find((c: { quote: string }) => /voortgangsbrief van het programma Samen tegen mensenhandel/i.test(c.quote));
    expect(commitment).toBeDefined();
    expect(commitment.owner.role).toMatch(/Staatssecretaris/);
    expect(commitment.document.number ?? commitment.document.title).toBeTruthy();

    const detail = await http.get(`/api/commitments/${commitment.id}`).expect(200);
    expect(detail.body.context.answer).toContain(commitment.quote);
    expect(detail.body.history[0].type).toBe('created');

    // Subscribe and confirm through the link in the mail.
    await http.post(`/api/commitments/${commitment.id}/subscriptions`).send({ email: READER }).expect(202);
    await smtp.waitForCount(1);
    const confirmation = smtp.mails[0];
    expect(confirmation.subject).toMatch(/Bevestig/);
    expect(confirmation.headers.has('list-unsubscribe')).toBe(false);
    const confirmUrl = linkIn(confirmation.text, `${PUBLIC_URL}/subscriptions/confirm?token=`);
    const confirmed = await http.get(confirmUrl.slice(PUBLIC_URL.length)).expect(200);
    expect(confirmed.text).toContain('bevestigd');

    // A reminder cycle after the effective due date: exactly one reminder.
    const late = commitment.effectiveDue as string;
    const now = dayAfter(late);
    const first = await runCli(['remind', '--now', now], cliEnv);
    expect(first.code).toBe(0);
    await smtp.waitForCount(2);
    const second = await runCli(['remind', '--now', now], cliEnv);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout.trim()).delivered.mails).toBe(0);
    expect(smtp.to(READER)).toHaveLength(2);

    const reminder = smtp.mails[1];
    expect(reminder.subject).toMatch(/over tijd/i);
    expect(reminder.text).toContain('Staatssecretaris');
    expect(reminder.text).toContain(commitment.quote.slice(0, 40));
    expect(reminder.text).toMatch(/2020D27320|Kinderhandel|Aanhangsel|3349/);
    expect(headerValue(reminder, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(headerValue(reminder, 'List-Unsubscribe')).toMatch(
      /^<http:\/\/toezegd\.test\/subscriptions\/unsubscribe\?token=[\w-]{43}>, <mailto:[^>]+>$/,
    );

    // An editor marks it fulfilled: one fulfilment mail.
    await http
      .post(`/api/commitments/${commitment.id}/fulfilment`)
      .set('Authorization', `Bearer ${EDITOR_TOKEN}`)
      .send({ status: 'fulfilled', letter: '2020D45678', note: 'Voortgangsbrief verstuurd' })
      .expect(200);
    await smtp.waitForCount(3);
    const fulfilled = smtp.mails[2];
    expect(fulfilled.subject).toMatch(/nagekomen/i);
    expect(fulfilled.text).toContain('2020D45678');

    // Unsubscribe with the one-click POST from the header; nothing arrives afterwards.
    const unsubscribeUrl = /<([^>]+)>/.exec(headerValue(fulfilled, 'List-Unsubscribe') ?? '')?.[1] ?? '';
    expect(fulfilled.text).toContain(unsubscribeUrl);
    const ask = await http.get(unsubscribeUrl.slice(PUBLIC_URL.length)).expect(200);
    expect(ask.text).toMatch(/<form method="post"/);
    await http.post(unsubscribeUrl.slice(PUBLIC_URL.length)).type('form').send('List-Unsubscribe=One-Click').expect(200);
    await http
      .post(`/api/commitments/${commitment.id}/fulfilment`)
      .set('Authorization', `Bearer ${EDITOR_TOKEN}`)
      .send({ status: 'partially_fulfilled', letter: '2020D45679' })
      .expect(200);
    const later = await runCli(['remind', '--now', dayAfter(late, 2)], cliEnv);
    expect(JSON.parse(later.stdout.trim()).delivered.mails).toBe(0);
    expect(smtp.to(READER)).toHaveLength(3);

    const history = await http.get(`/api/commitments/${commitment.id}`).expect(200);
    expect(history.body.history.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['created', 'status_changed', 'letter_linked']),
    );
    expect(history.body.history.find((e: { type: string }) => e.type === 'status_changed').actor).toBe('editor:redactie');
  });
});

function dayAfter(day: string, days = 1): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return `${date.toISOString().slice(0, 10)}T08:00:00+01:00`;
}
