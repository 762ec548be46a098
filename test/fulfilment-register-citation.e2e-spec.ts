import { DataSource } from 'typeorm';
import { DocumentImportService } from '../src/importing/document-import.service';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, TestApp } from './support/test-app';
import { seedCommitment } from './support/web-seed';

const LETTER = `Tweede Kamer der Staten-Generaal
Vergaderjaar 2023-2024

36 200 Jaarverslag en slotwet Ministerie van Financiën

Nr. 88 BRIEF VAN DE MINISTER VAN FINANCIËN

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 20 juni 2024

Met deze brief doe ik de toezegging TZ202402-106 gestand over de stand van de hersteloperatie.

De Minister van Financiën,
E. Heinen
`;

/** A letter that names a promise of the TK's register by its number cites that promise. */
describe('citing a register promise by its number', () => {
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

  it('scores the register number as a citation of that promise', async () => {
    const promise = await seedCommitment(db, {
      ministry: 'Financiën', ownerRole: 'Minister van Financiën', origin: 'tk_register', due: '2024-07-01',
      quote: 'De minister zegt toe de Kamer voor de zomer te informeren over de stand van de hersteloperatie.',
    });
    await db.query(`UPDATE commitment SET external_ref = 'TZ202402-106' WHERE id = $1`, [promise]);

    const letter = await t.app.get(DocumentImportService).importText(LETTER, { source: 'file' }, 'import');
    const [candidate] = (await db.query(
      `SELECT explicit_citation AS "explicitCitation", reasons FROM fulfilment_candidate WHERE document_id = $1 AND commitment_id = $2`,
      [letter.document.id, promise],
    )) as { explicitCitation: boolean; reasons: { kind: string; phrase: string }[] }[];
    expect(candidate?.explicitCitation).toBe(true);
    expect(candidate?.reasons).toContainEqual(expect.objectContaining({ kind: 'citation', phrase: 'TZ202402-106' }));
  });
});
