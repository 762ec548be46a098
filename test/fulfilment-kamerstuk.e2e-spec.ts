import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { DocumentImportService } from '../src/importing/document-import.service';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, TestApp } from './support/test-app';

const real = (kind: 'sources' | 'letters', file: string) => readFileSync(path.join(__dirname, 'fixtures', 'fulfilment-real', kind, file), 'utf8');

interface HistoryEntry {
  type: string;
  actor: string;
  details: Record<string, unknown>;
}

/**
 * Real letters of one dossier (35 300 VII): a promise of a notitie "voor 1 april 2020" (nr. 85), a
 * letter that moves it to 30 April citing "Kamerstuk 35 300 VII, nr. 85" (nr. 113), and the letter
 * that sends it (nr. 128). And a Defensie letter that doubts a date without naming a new one.
 */
describe('Kamerstuk identities in the linking chain', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let importer: DocumentImportService;

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(smtp.url);
    importer = t.app.get(DocumentImportService);
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const promiseOf = async (documentId: string, quote: RegExp) => {
    const http = request(t.app.getHttpServer());
    const document = await http.get(`/api/documents/${documentId}`).expect(200);
    const list = await http.get('/api/commitments').query({ pageSize: 100 }).expect(200);
    const found = (list.body.items as { id: string; quote: string; documentId?: string }[]).find((c) => quote.test(c.quote));
    expect(document.body.id).toBe(documentId);
    expect(found).toBeDefined();
    return found!.id;
  };

  it('finds a document by its Kamerstuk and shows it on the document page', async () => {
    const http = request(t.app.getHttpServer());
    const source = await importer.importText(real('sources', 'kst-35300-VII-85.txt'), { source: 'file' }, 'import');
    expect(source.document).toMatchObject({ kamerstukDossier: '35300-VII', kamerstukNumber: '85', date: '2019-11-27' });

    for (const kamerstuk of ['35300-VII-85', '35 300 VII, nr. 85', 'Kamerstuk 35 300 VII, nr. 85']) {
      const found = await http.get('/api/documents').query({ kamerstuk }).expect(200);
      expect(found.body.items.map((d: { id: string }) => d.id)).toEqual([source.document.id]);
    }
    const none = await http.get('/api/documents').query({ kamerstuk: '35300-VII-86' }).expect(200);
    expect(none.body.items).toEqual([]);
    const bad = await http.get('/api/documents').query({ kamerstuk: 'de brief van gisteren' }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('kamerstuk');

    const page = await http.get(`/documenten/${source.document.id}`).expect(200);
    expect(page.text).toContain('Kamerstuk 35 300 VII, nr. 85');
  });

  it('moves the promise to the date a citing letter names, then links the letter that sends it', async () => {
    const http = request(t.app.getHttpServer());
    const source = await importer.importText(real('sources', 'kst-35300-VII-85.txt'), { source: 'file' }, 'import');
    const notitie = await promiseOf(source.document.id, /^Ik streef ernaar u de notitie voor 1 april 2020/);

    const postponing = await importer.importText(real('letters', 'kst-35300-VII-113.txt'), { source: 'file' }, 'import');
    const moved = await http.get(`/api/commitments/${notitie}`).expect(200);
    expect(moved.body).toMatchObject({ status: 'open', effectiveDue: '2020-04-30' });
    const change = moved.body.history.find((e: HistoryEntry) => e.type === 'due_changed');
    expect(change).toMatchObject({ actor: 'auto', details: { to: '2020-04-30' } });
    expect(String(change.details.reason)).toContain('niet mogelijk gebleken');
    expect(JSON.stringify(change.details)).toContain(postponing.document.id);
    // The postponing letter is a step of the promise's chain on its page.
    const promisePage = await http.get(`/toezeggingen/${notitie}`).expect(200);
    const chain = /<ol class="chain">([\s\S]*?)<\/ol>/.exec(promisePage.text)?.[1] ?? '';
    expect(chain).toContain(`/documenten/${postponing.document.id}`);

    const sending = await importer.importText(real('letters', 'openkamer-35300-VII-128.txt'), { source: 'file' }, 'import');
    const linked = await http.get(`/api/commitments/${notitie}`).expect(200);
    expect(linked.body).toMatchObject({ status: 'fulfilled', autoLinked: true, fulfillingDocument: { id: sending.document.id } });
    const reasons = JSON.stringify(linked.body.history.find((e: HistoryEntry) => e.type === 'status_changed').details.reasons);
    expect(reasons).toContain('Kamerstuk 35 300 VII, nr. 85');
    expect(reasons).toContain('Deze brief strekt daartoe');
  });

  it('leaves a note, not a new deadline, when a letter doubts the date without naming one', async () => {
    const http = request(t.app.getHttpServer());
    const source = await importer.importText(real('sources', 'kst-34775-X-66.txt'), { source: 'file' }, 'import');
    const results = await promiseOf(source.document.id, /in april 2018 de onderzoeksresultaten/);
    const before = (await http.get(`/api/commitments/${results}`).expect(200)).body;

    await importer.importText(real('letters', 'kst-34775-X-87.txt'), { source: 'file' }, 'import');
    const after = (await http.get(`/api/commitments/${results}`).expect(200)).body;
    expect(after).toMatchObject({ status: 'open', effectiveDue: before.effectiveDue });
    expect(after.history.some((e: HistoryEntry) => e.type === 'due_changed')).toBe(false);
    const note = after.history.find((e: HistoryEntry) => e.type === 'edited' && typeof e.details.note === 'string');
    expect(String(note?.details.note)).toContain('Het staat momenteel nog niet vast');
  });
});
