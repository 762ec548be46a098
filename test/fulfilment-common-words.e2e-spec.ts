import { DataSource } from 'typeorm';
import { DocumentImportService } from '../src/importing/document-import.service';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, TestApp } from './support/test-app';
import { seedCommitment, seedDocument } from './support/web-seed';

const LETTER = `Tweede Kamer der Staten-Generaal
Vergaderjaar 2022-2023

32 847 Integrale visie op de woningmarkt

Nr. 1030 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 12 juli 2023

Met deze brief informeer ik uw Kamer voor de zomer over de voortgang van de aanpak van netcongestie bij nieuwe woonwijken.
Netbeheerders en gemeenten hebben afspraken gemaakt over het aansluiten van woonwijken op het elektriciteitsnet.

De Minister van Binnenlandse Zaken en Koninkrijksrelaties,
H.M. de Jonge
`;

/**
 * Which open promises a letter is compared with: a promise that shares only words most promises
 * use ("Kamer", "zomer", "informeren", "voortgang") is no candidate, one that shares a rare word is.
 * What counts as common comes from PostgreSQL's statistics of the stored search vectors.
 */
describe('fulfilment candidates by rare words', () => {
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

  it('suggests the promise on the letter\'s subject and none of the many that share only common words', async () => {
    const answer = await seedDocument(db, { date: '2023-03-01', ministry: 'Binnenlandse Zaken en Koninkrijksrelaties' });
    const specific = await seedCommitment(db, {
      documentId: answer, ministry: 'Binnenlandse Zaken en Koninkrijksrelaties', ownerRole: 'Minister van Binnenlandse Zaken en Koninkrijksrelaties',
      quote: 'Ik informeer uw Kamer voor de zomer over netcongestie bij woonwijken.', due: '2023-07-07',
    });
    await db.query(
      `INSERT INTO commitment (quote, kind, ministry, owner_role, due_source, effective_due, confidence, status, origin, fingerprint)
       SELECT 'Ik zal uw Kamer voor de zomer informeren over de voortgang.', 'report', 'Binnenlandse Zaken en Koninkrijksrelaties',
              'Minister van Binnenlandse Zaken en Koninkrijksrelaties', 'default', date '2023-07-07', 0.9, 'open', 'manual', 'common-' || g
       FROM generate_series(1, 400) g`,
    );
    await db.query('ANALYZE commitment');

    const imported = await t.app.get(DocumentImportService).importText(LETTER, { source: 'file' }, 'import');
    const candidates = (await db.query(`SELECT commitment_id AS id FROM fulfilment_candidate WHERE document_id = $1`, [imported.document.id])) as { id: string }[];
    expect(candidates.map((c) => c.id)).toEqual([specific]);
  });
});
