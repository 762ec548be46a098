import request from 'supertest';
import { TestData } from './support/factories';
import { cookiesOf, csrfIn } from './support/editor-session';
import { createTestApp, createTestAppOn, EDITOR_TOKEN, TestApp } from './support/test-app';

const SMTP = 'smtp://127.0.0.1:1'; // the confirmations are not what these tests are about
const ADDRESS = 'budget@example.nl';

describe('one subscribe budget per address and per IP, over every way to subscribe and every instance', () => {
  let t: TestApp;
  let data: TestData;

  beforeEach(async () => {
    t = await createTestApp(SMTP, { SUBSCRIBE_LIMIT_PER_IP: '8', SUBSCRIBE_LIMIT_PER_ADDRESS: '5' });
    data = await TestData.connect(t.databaseUrl);
  });

  afterEach(async () => {
    await data.close();
    await t.close();
  });

  const subscriptions = async () => (await data.query<{ n: number }>(`SELECT count(*)::int AS n FROM subscription`))[0].n;

  it('counts the two API routes and the HTML form against one budget per address, shared by a second instance', async () => {
    const http = request(t.app.getHttpServer());
    // One at a time: TestData is a single connection (pg warns about, and pg 9 refuses, overlapping queries).
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await data.commitment({ effectiveDue: '2026-06-01' }));
    await http.post('/api/subscriptions').send({ email: ADDRESS, commitmentId: ids[0] }).expect(202);
    await http.post(`/api/commitments/${ids[1]}/subscriptions`).send({ email: ADDRESS }).expect(202);
    await http.post(`/toezeggingen/${ids[2]}/aanmelden`).type('form').send({ email: ADDRESS }).expect(200);
    await http.post('/api/subscriptions').send({ email: ADDRESS.toUpperCase(), commitmentId: ids[3] }).expect(202);
    await http.post(`/toezeggingen/${ids[4]}/aanmelden`).type('form').send({ email: ADDRESS }).expect(200);
    expect(await subscriptions()).toBe(5);

    const second = await createTestAppOn(t, SMTP, { SUBSCRIBE_LIMIT_PER_IP: '8', SUBSCRIBE_LIMIT_PER_ADDRESS: '5' });
    try {
      const other = request(second.app.getHttpServer());
      const refused = await other.post(`/api/commitments/${ids[5]}/subscriptions`).send({ email: ADDRESS }).expect(429);
      expect(refused.body.message).toMatch(/Te veel aanmeldingen/);
      const page = await other.post(`/toezeggingen/${ids[5]}/aanmelden`).type('form').send({ email: ADDRESS }).expect(429);
      expect(page.headers['content-type']).toMatch(/html/);
    } finally {
      await second.close();
    }
    expect(await subscriptions()).toBe(5);
  });

  it('limits one IP over many addresses, the HTML form included', async () => {
    const http = request(t.app.getHttpServer());
    const id = await data.commitment({ effectiveDue: '2026-06-01' });
    for (let i = 0; i < 8; i++) await http.post(`/toezeggingen/${id}/aanmelden`).type('form').send({ email: `ip${i}@example.nl` }).expect(200);
    await http.post(`/toezeggingen/${id}/aanmelden`).type('form').send({ email: 'ip8@example.nl' }).expect(429);
    await http.post('/api/subscriptions').send({ email: 'ip9@example.nl', commitmentId: id }).expect(429);
    expect(await subscriptions()).toBe(8);
  });

  it('lets the budget recover after the hour', async () => {
    const http = request(t.app.getHttpServer());
    const id = await data.commitment({ effectiveDue: '2026-06-01' });
    t.clock.set(new Date('2026-03-02T09:00:00Z'));
    for (let i = 0; i < 5; i++) await http.post(`/api/commitments/${id}/subscriptions`).send({ email: ADDRESS }).expect(202);
    await http.post(`/api/commitments/${id}/subscriptions`).send({ email: ADDRESS }).expect(429);
    t.clock.set(new Date('2026-03-02T10:00:01Z'));
    await http.post(`/api/commitments/${id}/subscriptions`).send({ email: ADDRESS }).expect(202);
  });
});

describe('guessing editor tokens is rate-limited per IP', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await createTestApp(SMTP);
  });

  afterEach(() => t.close());

  it('answers 429 after 10 wrong bearer tokens, then also for the right one', async () => {
    const http = request(t.app.getHttpServer());
    for (let i = 0; i < 10; i++) {
      await http.get('/api/admin/notifications/stats').set('Authorization', `Bearer wrong-token-${i}-0123456789abcdefghij`).expect(401);
    }
    await http.get('/api/admin/notifications/stats').set('Authorization', 'Bearer wrong-token-x-0123456789abcdefghij').expect(429);
    await http.get('/api/admin/notifications/stats').set('Authorization', `Bearer ${EDITOR_TOKEN}`).expect(429);
    t.clock.set(new Date(Date.now() + 16 * 60_000));
    await http.get('/api/admin/notifications/stats').set('Authorization', `Bearer ${EDITOR_TOKEN}`).expect(200);
  });

  it('answers 429 on the login form after 10 failed logins, shared with bearer tokens', async () => {
    const http = request(t.app.getHttpServer());
    const form = await http.get('/redactie/inloggen').expect(200);
    const nonce = (cookiesOf(form).find((c) => c.startsWith('toezegd_login=')) ?? '').split(';')[0];
    const login = (token: string) => http.post('/redactie/inloggen').set('Cookie', nonce).type('form').send({ _csrf: csrfIn(form.text), token });
    for (let i = 0; i < 5; i++) await http.get('/api/admin/notifications/stats').set('Authorization', `Bearer wrong-${i}-0123456789abcdefghijklmn`).expect(401);
    for (let i = 0; i < 5; i++) expect((await login(`fout-${i}-0123456789abcdefghijklmnop`)).status).toBe(401);
    expect((await login('fout-x-0123456789abcdefghijklmnop')).status).toBe(429);
    const right = await login(EDITOR_TOKEN);
    expect(right.status).toBe(429);
    expect(right.text).toContain('Te veel mislukte pogingen');
  });
});

describe('behind a reverse proxy (TRUST_PROXY_HOPS)', () => {
  it('counts each client address from X-Forwarded-For, not the proxy', async () => {
    // Last in this file: @nestjs/config leaves an app's settings in process.env for later apps.
    const t = await createTestApp(SMTP, { TRUST_PROXY_HOPS: '1', SUBSCRIBE_LIMIT_PER_IP: '2', SUBSCRIBE_LIMIT_PER_ADDRESS: '100' });
    const data = await TestData.connect(t.databaseUrl);
    try {
      const http = request(t.app.getHttpServer());
      const id = await data.commitment({ effectiveDue: '2026-06-01' });
      const from = (ip: string, i: number) => http.post(`/api/commitments/${id}/subscriptions`).set('X-Forwarded-For', ip).send({ email: `proxy${ip}-${i}@example.nl` });
      for (let i = 0; i < 2; i++) await from('203.0.113.7', i).expect(202);
      await from('203.0.113.7', 2).expect(429);
      await from('198.51.100.4', 0).expect(202);
    } finally {
      await data.close();
      await t.close();
    }
  });
});
