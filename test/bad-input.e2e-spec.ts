import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { runCli } from './support/cli';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, EDITOR_TOKEN, PUBLIC_URL, TestApp } from './support/test-app';

const ANSWER = path.join(__dirname, 'fixtures', 'ah-tk-20192020-3349.txt');

describe('bad input is refused with a message and loses nothing', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let cliEnv: Record<string, string>;
  let commitmentId: string;
  let totalBefore: number;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'toezegd-bad-'));

  beforeAll(async () => {
    await smtp.start();
    // The CLI writes from another process: without the list cache the totals below show at once whether it stored anything.
    t = await createTestApp(smtp.url, { LIST_CACHE_TTL_MS: '0' });
    cliEnv = { DATABASE_URL: t.databaseUrl, SMTP_URL: smtp.url, PUBLIC_URL };
    expect((await runCli(['import', ANSWER], cliEnv)).code).toBe(0);
    const list = await request(t.app.getHttpServer()).get('/api/commitments').expect(200);
    commitmentId = list.body.items[0].id;
    totalBefore = list.body.total;
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const http = () => request(t.app.getHttpServer());
  const asEditor = (r: request.Test) => r.set('Authorization', `Bearer ${EDITOR_TOKEN}`);

  it.each([
    ['an unknown field', { email: 'a@example.nl', admin: true }, /property admin should not exist/],
    ['an invalid e-mail address', { email: 'not-an-address' }, /email must be a valid e-mail address/],
    ['no e-mail address', {}, /email/],
  ])('should refuse a subscription with %s', async (_, body, message) => {
    const response = await http().post(`/api/commitments/${commitmentId}/subscriptions`).send(body).expect(400);
    expect(response.body.message).toMatch(message);
  });

  it('should answer 404 for an unknown commitment and 400 for a malformed id', async () => {
    await http().get('/api/commitments/00000000-0000-4000-8000-000000000000').expect(404);
    const malformed = await http().get('/api/commitments/42').expect(400);
    expect(malformed.body.message).toMatch(/uuid/i);
    await http().post('/api/commitments/00000000-0000-4000-8000-000000000000/subscriptions').send({ email: 'a@example.nl' }).expect(404);
  });

  it.each([
    ['status=bogus', /status/],
    ['pageSize=1000', /pageSize/],
    ['dueBefore=31-12-2020', /dueBefore/],
    ['overdue=perhaps', /overdue/],
  ])('should refuse the list filter %s', async (query, message) => {
    const response = await http().get(`/api/commitments?${query}`).expect(400);
    expect(response.body.message).toMatch(message);
  });

  it('should answer a repeated subscription exactly like the first, without a second subscription', async () => {
    const first = await http().post(`/api/commitments/${commitmentId}/subscriptions`).send({ email: 'Twice@Example.nl' }).expect(202);
    const second = await http().post(`/api/commitments/${commitmentId}/subscriptions`).send({ email: 'twice@example.nl' }).expect(202);
    expect(second.body).toEqual(first.body);
    await smtp.waitForCount(1);
    const [{ count }] = (await t.app.get(DataSource).query(`SELECT count(*)::int AS count FROM subscription`)) as { count: number }[];
    expect(count).toBe(1);
    expect(smtp.to('twice@example.nl')).toHaveLength(1);
  });

  it.each([
    ['/subscriptions/confirm?token=nonsense', 404],
    ['/subscriptions/confirm', 404],
    [`/subscriptions/confirm?token=${'A'.repeat(43)}`, 404],
    ['/subscriptions/unsubscribe?token=%3Cscript%3E', 404],
  ])('should show a Dutch error page for the token link %s', async (url, status) => {
    const response = await http().get(url).expect(status);
    expect(response.type).toBe('text/html');
    expect(response.text).toContain('ongeldig');
    expect(response.text).not.toContain('<script>');
  });

  describe('fulfilment', () => {
    it('should need an editor token', async () => {
      await http().post(`/api/commitments/${commitmentId}/fulfilment`).send({ status: 'fulfilled', letter: '2021D12345' }).expect(401);
      await http()
        .post(`/api/commitments/${commitmentId}/fulfilment`)
        .set('Authorization', 'Bearer wrong-token-wrong-token')
        .send({ status: 'fulfilled', letter: '2021D12345' })
        .expect(401);
    });

    it.each([
      [{ status: 'fulfilled', letter: 'https://evil.example/brief' }, /letter must be a TK document number/],
      [{ status: 'fulfilled', letter: '12345' }, /letter must be a TK document number/],
      [{ status: 'done', letter: '2021D12345' }, /status must be one of/],
      [{ status: 'fulfilled' }, /letter is required/],
      [{ status: 'fulfilled', letter: '2021D12345', by: 'me' }, /property by should not exist/],
    ])('should refuse %p and leave the commitment as it was', async (body, message) => {
      const response = await asEditor(http().post(`/api/commitments/${commitmentId}/fulfilment`)).send(body).expect(400);
      expect(response.body.message).toMatch(message);
      const detail = await http().get(`/api/commitments/${commitmentId}`).expect(200);
      expect(detail.body.status).not.toBe('fulfilled');
      expect(detail.body.history.map((e: { type: string }) => e.type)).toEqual(['created']);
    });
  });

  describe('import', () => {
    it.each([
      ['an empty file', '', /empty/],
      ['a binary file', Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]), /not a text, HTML, PDF, DOCX or DOC file/],
      ['a missing file', null, /cannot read/],
      ['a broken PDF', '%PDF-1.7 garbage', /unreadable PDF/],
    ])('should refuse %s with exit code 2 and one line, storing nothing', async (name, content, message) => {
      const file = path.join(dir, name.replace(/\W+/g, '-'));
      if (content !== null) writeFileSync(file, content);
      const result = await runCli(['import', ANSWER, file], cliEnv);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      const list = await http().get('/api/commitments').expect(200);
      expect(list.body.total).toBe(totalBefore);
    });

    it('should refuse a --now that is not a date with exit code 2', async () => {
      const result = await runCli(['remind', '--now', 'yesterday'], cliEnv);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--now must be an ISO 8601/);
    });
  });
});
