// Candidates (below EXTRACTION_REVIEW_BELOW) and rejected commitments are not public: not listed,
// not in feeds, counts or ministry pages, not subscribable. Editors review them in "Te beoordelen",
// most certain first: accept (then public), reject, or change the kind.
import request from 'supertest';
import { DataSource } from 'typeorm';
import { csrfIn, editorLogin } from './support/editor-session';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, EDITOR_TOKEN, TestApp } from './support/test-app';
import { seedCommitment, seedDocument } from './support/web-seed';

interface Listed {
  id: string;
  status: string;
  confidence: number;
}

describe('review of uncertain commitments', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let db: DataSource;
  let http: ReturnType<typeof request>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(smtp.url);
    db = t.app.get(DataSource);
    http = request(t.app.getHttpServer());
    const documentId = await seedDocument(db, { title: 'Antwoord over de jeugdzorg' });
    ids.open = await seedCommitment(db, { documentId, quote: 'Ik zal uw Kamer voor de zomer informeren over de wachtlijsten.', due: '2020-05-01' });
    ids.unsure = await seedCommitment(db, { documentId, quote: 'Wellicht kom ik terug op de reistijden.', status: 'candidate', confidence: 0.31, due: '2020-05-01' });
    ids.likely = await seedCommitment(db, { documentId, quote: 'Ik verwacht de evaluatie van de pilots te sturen.', status: 'candidate', confidence: 0.58, due: '2020-05-01' });
    ids.rejected = await seedCommitment(db, { documentId, quote: 'Het kabinet heeft het voornemen overwogen.', status: 'rejected', confidence: 0.2, due: '2020-05-01' });
    ids.document = documentId;
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('leaves candidates and rejected ones out of the API list, its total and a status filter', async () => {
    const all = await http.get('/api/commitments').expect(200);
    expect((all.body.items as Listed[]).map((c) => c.id)).toEqual([ids.open]);
    expect(all.body.total).toBe(1);
    const asked = await http.get('/api/commitments?status=candidate,rejected').expect(200);
    expect(asked.body.items).toEqual([]);
  });

  it('leaves them out of the public pages, feeds and counts', async () => {
    const hidden = [ids.unsure, ids.likely, ids.rejected];
    const list = await http.get('/toezeggingen').expect(200);
    expect(list.text).not.toContain('value="candidate"');
    const pages = ['/toezeggingen', '/', '/ministeries/justitie-en-veiligheid', `/documenten/${ids.document}`, '/feeds/nieuw.atom', '/feeds/over-tijd.atom', '/feeds/termijnen.ics'];
    for (const path of pages) {
      const page = await http.get(path).expect(200);
      for (const id of hidden) expect({ path, shows: page.text.includes(id) }).toEqual({ path, shows: false });
      expect({ path, shows: page.text.includes(ids.open) }).toEqual({ path, shows: true });
    }
  });

  it('offers no ministry whose only promises wait for review', async () => {
    await seedCommitment(db, { quote: 'Wellicht kijk ik naar de dijken.', ministry: 'Infrastructuur en Waterstaat', status: 'candidate', confidence: 0.4 });
    const list = await http.get('/toezeggingen').expect(200);
    expect(list.text).toContain('Justitie en Veiligheid');
    expect(list.text).not.toContain('Infrastructuur en Waterstaat');
    await http.get('/ministeries/infrastructuur-en-waterstaat').expect(404);
  });

  it('refuses subscriptions to a candidate or a rejected commitment, in the API and on the page, as if it did not exist', async () => {
    const api = await http.post(`/api/commitments/${ids.unsure}/subscriptions`).send({ email: 'lezer@example.org' }).expect(404);
    expect(api.body.message).toBe('commitment not found');
    await http.post(`/api/commitments/${ids.rejected}/subscriptions`).send({ email: 'lezer@example.org' }).expect(404);
    await http.post('/api/subscriptions').send({ email: 'lezer@example.org', commitmentId: ids.likely }).expect(404);
    const form = await http.post(`/toezeggingen/${ids.unsure}/aanmelden`).type('form').send({ email: 'lezer@example.org' }).expect(404);
    expect(form.text).toContain('Deze toezegging bestaat niet (meer).');
    await http.get(`/toezeggingen/${ids.unsure}`).expect(404);
    // An editor sees the page, without a subscribe form.
    const page = await http.get(`/toezeggingen/${ids.unsure}`).set('Cookie', await editorLogin(http)).expect(200);
    expect(page.text).not.toContain(`/toezeggingen/${ids.unsure}/aanmelden`);
    expect(page.text).toContain('id="niet-volgbaar"');
    expect(await db.query(`SELECT 1 FROM subscription`)).toEqual([]);
  });

  it('shows editors the queue most certain first, with the confidence, and says what each action did', async () => {
    const session = await editorLogin(http);
    const queue = await http.get('/redactie').set('Cookie', session).expect(200);
    expect(queue.text.indexOf(ids.likely)).toBeGreaterThan(-1);
    expect(queue.text.indexOf(ids.likely)).toBeLessThan(queue.text.indexOf(ids.unsure));
    expect(queue.text).toContain('zekerheid <span class="zekerheid">58%</span>');
    expect(queue.text).not.toContain(ids.rejected);

    const editorView = await http.get(`/toezeggingen/${ids.likely}`).set('Cookie', session).expect(200);
    expect(editorView.text).toMatch(/id="zekerheid">58%/);
    const editPage = await http.get(`/redactie/toezeggingen/${ids.likely}`).set('Cookie', session).expect(200);
    expect(editPage.text).toContain('<span id="zekerheid">58%</span>');
    await http.get(`/toezeggingen/${ids.likely}`).expect(404);

    const csrf = csrfIn(queue.text);
    const changed = await http.post(`/redactie/toezeggingen/${ids.likely}/soort`).set('Cookie', session).type('form').send({ _csrf: csrf, kind: 'action' }).expect(303);
    const afterChange = await http.get(changed.headers.location as string).set('Cookie', session).expect(200);
    expect(afterChange.text).toContain('Soort gewijzigd');
    await http.get(`/api/commitments/${ids.likely}`).expect(404);
    const asEditor = await http.get(`/api/commitments/${ids.likely}`).set('Authorization', `Bearer ${EDITOR_TOKEN}`).expect(200);
    expect(asEditor.body).toMatchObject({ kind: 'action', status: 'candidate', confidence: 0.58 });

    const accepted = await http.post(`/redactie/toezeggingen/${ids.likely}/accepteren`).set('Cookie', session).type('form').send({ _csrf: csrf }).expect(303);
    const afterAccept = await http.get(accepted.headers.location as string).set('Cookie', session).expect(200);
    expect(afterAccept.text).toContain('Geaccepteerd');
    const rejected = await http.post(`/redactie/toezeggingen/${ids.unsure}/afwijzen`).set('Cookie', session).type('form').send({ _csrf: csrf }).expect(303);
    const afterReject = await http.get(rejected.headers.location as string).set('Cookie', session).expect(200);
    expect(afterReject.text).toContain('Afgewezen');

    // Accepted: public and subscribable; the decision is marked for re-analysis.
    const readerView = await http.get(`/toezeggingen/${ids.likely}`).expect(200);
    expect(readerView.text).not.toContain('id="zekerheid"');
    const listed = (await http.get('/api/commitments').expect(200)).body.items as Listed[];
    expect(listed.map((c) => c.id).sort()).toEqual([ids.open, ids.likely].sort());
    await http.post(`/api/commitments/${ids.likely}/subscriptions`).send({ email: 'lezer@example.org' }).expect(202);
    const marks = (await db.query(`SELECT id, status, reviewed_by AS "reviewedBy" FROM commitment WHERE reviewed_at IS NOT NULL ORDER BY status`)) as unknown[];
    expect(marks).toEqual([
      { id: ids.likely, status: 'open', reviewedBy: expect.any(String) },
      { id: ids.unsure, status: 'rejected', reviewedBy: expect.any(String) },
    ]);
  });
});
