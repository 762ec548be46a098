// Commitments waiting for review (`candidate`) and rejected ones are not public by id either: every
// route that takes a commitment id, or lists the commitments of a document or a ministry, answers
// the public as if they did not exist (404, in Dutch on pages, JSON in the API), while a logged-in
// editor (session cookie or bearer token) still sees them. A published one stays visible.
import request from 'supertest';
import { DataSource } from 'typeorm';
import { editorLogin } from './support/editor-session';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, EDITOR_TOKEN, TestApp } from './support/test-app';
import { seedCommitment, seedDocument } from './support/web-seed';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('unpublished commitments by id', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let db: DataSource;
  let http: ReturnType<typeof request>;
  let session: string;
  const ids: Record<'published' | 'candidate' | 'rejected' | 'document', string> = { published: '', candidate: '', rejected: '', document: '' };
  const bearer = { Authorization: `Bearer ${EDITOR_TOKEN}` };

  beforeAll(async () => {
    await smtp.start();
    // The response cache on, as in production: an editor's copy must never reach the public.
    t = await createTestApp(smtp.url, { LIST_CACHE_TTL_MS: '60000', SUBSCRIBE_LIMIT_PER_ADDRESS: '100', SUBSCRIBE_LIMIT_PER_IP: '1000' });
    db = t.app.get(DataSource);
    http = request(t.app.getHttpServer());
    ids.document = await seedDocument(db, { title: 'Antwoord over de reistijden in het ov' });
    ids.published = await seedCommitment(db, { documentId: ids.document, quote: 'Ik zal uw Kamer voor de zomer informeren over de reistijden.', due: '2030-06-01' });
    ids.candidate = await seedCommitment(db, { documentId: ids.document, quote: 'Wellicht kom ik terug op de dienstregeling.', status: 'candidate', confidence: 0.3 });
    ids.rejected = await seedCommitment(db, { documentId: ids.document, quote: 'Het kabinet heeft de spitsheffing overwogen.', status: 'rejected', confidence: 0.2 });
    // The published promise restates the candidate: the public page must not name it.
    await db.query(`UPDATE commitment SET repeats_commitment_id = $1 WHERE id = $2`, [ids.candidate, ids.published]);
    session = (await editorLogin(http)).split(';')[0];
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  describe.each(['candidate', 'rejected'] as const)('a %s commitment', (status) => {
    const id = () => ids[status];

    it('is not found on its public page, in Dutch, but an editor sees it', async () => {
      // The editor first: a cached editor copy would show up in the public answer below.
      const forEditor = await http.get(`/toezeggingen/${id()}`).set('Cookie', session).expect(200);
      expect(forEditor.headers['cache-control']).toMatch(/private/);
      expect(forEditor.text).toContain('id="niet-volgbaar"');
      await http.get(`/toezeggingen/${id()}`).set(bearer).expect(200);
      const page = await http.get(`/toezeggingen/${id()}`).expect(404);
      expect(page.headers['content-type']).toMatch(/html/);
      expect(page.text).toContain('Deze toezegging bestaat niet (meer).');
      expect(page.text).not.toContain(id());
    });

    it('is not found in the API, exactly as an unknown id, but an editor gets it by token or session', async () => {
      expect((await http.get(`/api/commitments/${id()}`).set(bearer).expect(200)).body).toMatchObject({ id: id(), status });
      expect((await http.get(`/api/commitments/${id()}`).set('Cookie', session).expect(200)).body).toMatchObject({ id: id(), status });
      const hidden = await http.get(`/api/commitments/${id()}`).expect(404);
      const unknown = await http.get(`/api/commitments/${UNKNOWN}`).expect(404);
      expect(hidden.body).toEqual(unknown.body);
      expect(hidden.headers['content-type']).toMatch(/json/);
    });

    it('has no public fulfilment candidates', async () => {
      await http.get(`/api/commitments/${id()}/fulfilment/candidates`).expect(404);
      expect((await http.get(`/api/commitments/${id()}/fulfilment/candidates`).set(bearer).expect(200)).body).toEqual([]);
    });

    it('cannot be subscribed to on any route, as if it did not exist', async () => {
      await http.post(`/api/commitments/${id()}/subscriptions`).send({ email: 'lezer@example.org' }).expect(404);
      await http.post('/api/subscriptions').send({ email: 'lezer@example.org', commitmentId: id() }).expect(404);
      const form = await http.post(`/toezeggingen/${id()}/aanmelden`).type('form').send({ email: 'lezer@example.org' }).expect(404);
      expect(form.text).toContain('Deze toezegging bestaat niet (meer).');
      expect(await db.query(`SELECT 1 FROM subscription`)).toEqual([]);
    });
  });

  it('lists only the published commitment on the document and ministry pages, and all three for an editor', async () => {
    const editorView = await http.get(`/documenten/${ids.document}`).set('Cookie', session).expect(200);
    for (const id of [ids.published, ids.candidate, ids.rejected]) expect(editorView.text).toContain(`/toezeggingen/${id}`);
    expect(editorView.headers['cache-control']).toMatch(/private/);
    for (const path of [`/documenten/${ids.document}`, '/ministeries/justitie-en-veiligheid']) {
      const page = await http.get(path).expect(200);
      expect({ path, published: page.text.includes(ids.published) }).toEqual({ path, published: true });
      for (const id of [ids.candidate, ids.rejected]) expect({ path, hidden: page.text.includes(id) }).toEqual({ path, hidden: false });
    }
  });

  it('keeps a published commitment visible everywhere, without naming an unpublished one it restates', async () => {
    const page = await http.get(`/toezeggingen/${ids.published}`).expect(200);
    expect(page.text).toContain(`action="/toezeggingen/${ids.published}/aanmelden"`);
    expect(page.text).not.toContain('id="herhaling"');
    expect(page.text).not.toContain('Wellicht kom ik terug');
    const forEditor = await http.get(`/toezeggingen/${ids.published}`).set('Cookie', session).expect(200);
    expect(forEditor.text).toContain('id="herhaling"');
    expect((await http.get(`/api/commitments/${ids.published}`).expect(200)).body).toMatchObject({ id: ids.published, status: 'open' });
    await http.get(`/api/commitments/${ids.published}/fulfilment/candidates`).expect(200);
    await http.post(`/api/commitments/${ids.published}/subscriptions`).send({ email: 'lezer@example.org' }).expect(202);
    await http.post(`/toezeggingen/${ids.published}/aanmelden`).type('form').send({ email: 'lezer2@example.org' }).expect(200);
  });

  it('refuses a wrong bearer token on a public read instead of answering as for the public', async () => {
    await http.get(`/api/commitments/${ids.published}`).set('Authorization', 'Bearer not-an-editor-token-0123456789').expect(401);
  });
});
