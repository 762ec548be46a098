import request from 'supertest';
import { DataSource } from 'typeorm';
import { OutboxSender } from '../src/notifications/outbox-sender.service';
import { installRequestLogging } from '../src/logging';
import { editorLogin } from './support/editor-session';
import { linkIn, SmtpSink } from './support/smtp-sink';
import { createTestApp, EDITOR_TOKEN, PUBLIC_URL, TestApp } from './support/test-app';
import { seedCommitment, seedDocument } from './support/web-seed';

const READER = 'lezer.logboek@example.nl';

interface RequestLine {
  method: string;
  route: string | null;
  url: string;
  status: number;
  durationMs: number;
  msg: string;
}

/**
 * The request log an operator reads in production (LOG_FORMAT=json): one JSON line per request
 * with method, route, status and duration, and never an e-mail address, a link token, a bearer
 * token or a session cookie.
 */
describe('request log', () => {
  const smtp = new SmtpSink();
  const written: string[] = [];
  let t: TestApp;
  let http: ReturnType<typeof request>;
  let commitmentId: string;

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(smtp.url, { SMTP_RATE_PER_SECOND: '0', LIST_CACHE_TTL_MS: '3000' });
    installRequestLogging(t.app, 'json', { write: (line: string) => void written.push(line) });
    http = request(t.app.getHttpServer());
    const db = t.app.get(DataSource);
    const documentId = await seedDocument(db, { date: '2020-06-30', ministry: 'Financiën' });
    commitmentId = await seedCommitment(db, {
      documentId, ministry: 'Financiën', ownerRole: 'Minister van Financiën', quote: 'Ik stuur uw Kamer voor de zomer een brief.', due: '2021-06-01',
    });
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('has method, route, status and duration, and no address or token', async () => {
    await http.post(`/api/commitments/${commitmentId}/subscriptions`).send({ email: READER }).expect(202);
    await t.app.get(OutboxSender).deliver(t.clock.now());
    const confirm = linkIn(smtp.to(READER)[0].text, `${PUBLIC_URL}/subscriptions/confirm?token=`);
    const token = new URL(confirm).searchParams.get('token') ?? '';
    await http.get(confirm.slice(PUBLIC_URL.length)).expect(200);
    await http.get(`/subscriptions/manage?token=${token}&email=${encodeURIComponent(READER)}`);
    await http.get(`/feeds/abonnee/${token}/termijnen.ics`);
    await http.get('/api/admin/notifications/stats').set('Authorization', `Bearer ${EDITOR_TOKEN}`).expect(200);
    const session = await editorLogin(http);
    await http.get('/redactie/suggesties').set('Cookie', session.split(';')[0]).expect(200);
    await http.get('/toezeggingen').expect(200);
    const cached = await http.get('/toezeggingen').expect(200);
    expect(cached.headers['x-cache']).toBe('hit');

    const lines = written.map((line) => JSON.parse(line) as RequestLine);
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const line of lines) {
      expect(line).toEqual(expect.objectContaining({ method: expect.any(String), url: expect.any(String), status: expect.any(Number), durationMs: expect.any(Number) }));
    }
    expect(lines).toContainEqual(expect.objectContaining({ method: 'POST', route: '/api/commitments/:id/subscriptions', status: 202 }));
    expect(lines).toContainEqual(expect.objectContaining({ method: 'GET', route: '/subscriptions/confirm', url: '/subscriptions/confirm?token=[redacted]', status: 200 }));
    expect(lines).toContainEqual(expect.objectContaining({ route: '/feeds/abonnee/:token/termijnen.ics', url: '/feeds/abonnee/[redacted]/termijnen.ics' }));
    expect(lines.filter((line) => line.url === '/toezeggingen' && line.status === 200)).toHaveLength(2);

    const log = written.join('\n');
    expect(token.length).toBeGreaterThan(10);
    for (const secret of [READER, encodeURIComponent(READER), token, EDITOR_TOKEN, session.split(';')[0].split('=')[1]]) {
      expect(log).not.toContain(secret);
    }
  });
});
