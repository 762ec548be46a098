import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DocumentImportService } from '../src/importing/document-import.service';
import { runCli } from './support/cli';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, PUBLIC_URL, TestApp } from './support/test-app';

const ANSWER = path.join(__dirname, 'fixtures', 'ah-tk-20192020-3349.txt');
const LETTER = readFileSync(path.join(__dirname, 'fixtures', 'fulfilment', 'letters', 'letter-3349-voortgangsbrief.txt'), 'utf8');
const BRITISH_TALKS = /Britse collega/;

/**
 * An import commits its documents before the steps that react to them (fulfilment linking). A
 * process killed in between leaves documents marked; the next import or sync links them.
 */
describe('after-import steps interrupted by a crash', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let db: DataSource;
  let importer: DocumentImportService;

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(smtp.url, { LIST_CACHE_TTL_MS: '0' });
    db = t.app.get(DataSource);
    importer = t.app.get(DocumentImportService);
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const pendingDocuments = async () =>
    ((await db.query(`SELECT id FROM document WHERE after_import_pending`)) as { id: string }[]).map((r) => r.id);

  it('links a letter whose import committed but whose linking never ran, on the next import', async () => {
    const http = request(t.app.getHttpServer());
    await importer.importText(readFileSync(ANSWER, 'utf8'), { source: 'file' }, 'import');
    expect(await pendingDocuments()).toEqual([]);
    const list = await http.get('/api/commitments').query({ q: 'Britse collega' }).expect(200);
    const promise = list.body.items.find((c: { quote: string; vehicle: string | null }) => BRITISH_TALKS.test(c.quote) && c.vehicle);

    // The letter's transaction commits; the process dies before its after-import steps.
    const letter = await db.transaction((em) => importer.store(em, importer.prepare(LETTER, { source: 'file' }), 'import'));
    expect(await pendingDocuments()).toEqual([letter.document.id]);
    expect((await http.get(`/api/commitments/${promise.id}`).expect(200)).body.status).toBe('open');

    const next = await runCli(['import', ANSWER], { DATABASE_URL: t.databaseUrl, SMTP_URL: smtp.url, PUBLIC_URL });
    expect(next.code).toBe(0);
    expect(next.stderr).toContain('linked 1 document(s) an interrupted run had stored but not linked');
    const kept = await http.get(`/api/commitments/${promise.id}`).expect(200);
    expect(kept.body).toMatchObject({ status: 'fulfilled', autoLinked: true });
    expect(kept.body.fulfillingDocument.id).toBe(letter.document.id);
    expect(await pendingDocuments()).toEqual([]);
    expect(await importer.resumeAfterImport()).toBe(0);
  });
});
