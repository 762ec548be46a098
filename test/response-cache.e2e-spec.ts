import request from 'supertest';
import { DataSource } from 'typeorm';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, EDITOR_TOKEN, TestApp } from './support/test-app';
import { seedCommitment, seedDocument } from './support/web-seed';

const NOW = new Date('2021-03-01T10:00:00Z');

/**
 * The response cache in front of the app: anonymous visitors of a public page or list share one
 * rendered copy, but never an editor's, never an error, and never one older than a change made
 * through this process.
 */
describe('response cache for public pages', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let http: ReturnType<typeof request>;
  let commitmentId: string;

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(smtp.url, { LIST_CACHE_TTL_MS: '3000' });
    t.clock.set(NOW);
    http = request(t.app.getHttpServer());
    const db = t.app.get(DataSource);
    const documentId = await seedDocument(db, { date: '2020-06-30', ministry: 'Financiën' });
    commitmentId = await seedCommitment(db, {
      documentId, ministry: 'Financiën', ownerRole: 'Minister van Financiën', quote: 'Ik stuur uw Kamer voor de zomer een brief over de toeslagen.', due: '2021-06-01',
    });
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('answers a second visitor of a page from the copy made for the first', async () => {
    const first = await http.get(`/toezeggingen/${commitmentId}`).expect(200);
    expect(first.headers['x-cache']).toBeUndefined();
    const second = await http.get(`/toezeggingen/${commitmentId}`).expect(200);
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(second.headers.etag).toBe(first.headers.etag);
  });

  it('answers HEAD and a matching If-None-Match from the copy', async () => {
    const page = await http.get('/toezeggingen?ministry=Financi%C3%ABn').expect(200);
    const head = await http.head('/toezeggingen?ministry=Financi%C3%ABn').expect(200);
    expect(head.headers['content-length']).toBe(page.headers['content-length']);
    expect(head.text ?? '').toBe('');
    await http.get('/toezeggingen?ministry=Financi%C3%ABn').set('If-None-Match', page.headers.etag).expect(304);
  });

  it('keeps copies of different query strings apart', async () => {
    const finance = await http.get('/api/commitments?ministry=Financi%C3%ABn').expect(200);
    const defence = await http.get('/api/commitments?ministry=Defensie').expect(200);
    expect(finance.body.total).toBe(1);
    expect(defence.body.total).toBe(0);
    expect((await http.get('/api/commitments?ministry=Defensie').expect(200)).body.total).toBe(0);
  });

  it('never shares what a visitor with cookies or credentials sees', async () => {
    await http.get(`/toezeggingen/${commitmentId}`).expect(200);
    const withCookie = await http.get(`/toezeggingen/${commitmentId}`).set('Cookie', 'iets=anders').expect(200);
    expect(withCookie.headers['x-cache']).toBeUndefined();
    const withToken = await http.get('/api/commitments').set('Authorization', `Bearer ${EDITOR_TOKEN}`).expect(200);
    expect(withToken.headers['x-cache']).toBeUndefined();
  });

  it('never keeps an error page', async () => {
    const unknown = '/toezeggingen/00000000-0000-4000-8000-000000000000';
    await http.get(unknown).expect(404);
    const again = await http.get(unknown).expect(404);
    expect(again.headers['x-cache']).toBeUndefined();
  });

  it('shows a fulfilment made through this process on the next request', async () => {
    await http.get(`/toezeggingen/${commitmentId}`).expect(200);
    expect((await http.get(`/api/commitments/${commitmentId}`).expect(200)).body.status).toBe('open');
    await http
      .post(`/api/commitments/${commitmentId}/fulfilment`)
      .set('Authorization', `Bearer ${EDITOR_TOKEN}`)
      .send({ status: 'fulfilled', letter: '2021D08000' })
      .expect((r) => expect(r.status).toBeLessThan(300));

    const page = await http.get(`/toezeggingen/${commitmentId}`).expect(200);
    expect(page.headers['x-cache']).toBeUndefined();
    expect(page.text).toContain('Nagekomen');
    expect((await http.get(`/api/commitments/${commitmentId}`).expect(200)).body.status).toBe('fulfilled');
  });

  it('knows a ministry as soon as its first promise is stored', async () => {
    await http.get('/ministeries/defensie').expect(404);
    await seedCommitment(t.app.get(DataSource), { ministry: 'Defensie', ownerRole: 'Minister van Defensie', quote: 'Ik informeer uw Kamer over de aanschaf.', due: '2021-09-01' });
    await http.get('/ministeries/defensie').expect(200);
  });

  it('renders a new copy once the old one has expired', async () => {
    const url = '/api/commitments?status=fulfilled';
    await http.get(url).expect(200);
    expect((await http.get(url).expect(200)).headers['x-cache']).toBe('hit');
    t.clock.set(new Date(NOW.getTime() + 10_000));
    expect((await http.get(url).expect(200)).headers['x-cache']).toBeUndefined();
  });
});
