import { DataSource, EntityManager } from 'typeorm';
import { TkRepository } from '../src/sources/tk/tk.repository';
import { TkDocumentImporter } from '../src/sources/tk/tk-document.importer';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, TestApp } from './support/test-app';
import { seedDocument } from './support/web-seed';

const DOCUMENT = '00000000-0000-4000-8000-00000000d001';
const FIRST = '00000000-0000-4000-8000-00000000c001';
const SECOND = '00000000-0000-4000-8000-00000000c002';

/** A document in two cases gets the lowest case number, and keeps it however often it is synced. */
describe('case number of a TK document in several cases', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(smtp.url);
    db = t.app.get(DataSource);
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('stores the lowest number and does not change it on a repeated sync', async () => {
    const tk = t.app.get(TkRepository);
    const importer = t.app.get(TkDocumentImporter);
    const link = async (em: EntityManager) => {
      await tk.replaceDocumentZaken(em, [{ tkId: DOCUMENT, zaakIds: [FIRST, SECOND] }]);
      await importer.copyCaseNumbers(em, { documentTkIds: [DOCUMENT] });
    };
    const documentId = await seedDocument(db, {});
    await db.query(`UPDATE document SET source = 'tk', external_id = $2, case_number = NULL WHERE id = $1`, [documentId, DOCUMENT]);
    const caseNumber = async () => ((await db.query(`SELECT case_number AS n FROM document WHERE id = $1`, [documentId])) as { n: string | null }[])[0].n;

    await db.transaction(async (em) => {
      await tk.upsertZaken(em, [
        { id: FIRST, number: '2024Z00200', kind: null, title: null, startedOn: null },
        { id: SECOND, number: '2024Z00100', kind: null, title: null, startedOn: null },
      ]);
      await link(em);
    });
    expect(await caseNumber()).toBe('2024Z00100');
    expect((await tk.caseNumbersOf([{ tkId: DOCUMENT, zaakIds: [FIRST, SECOND] }])).get(DOCUMENT)).toBe('2024Z00100');

    for (let run = 0; run < 3; run++) {
      await db.transaction((em) => link(em));
      expect(await caseNumber()).toBe('2024Z00100');
    }
  });
});
