// An editor's decision on a candidate survives importing the same document again (a re-import or
// the TK sync meeting it again) and a register re-sync: rejected stays rejected, accepted stays open.
import { DataSource } from 'typeorm';
import { CommitmentsRepository, RegisterCommitment } from '../src/commitments/commitments.repository';
import { ReviewService } from '../src/commitments/review.service';
import { DocumentImportService } from '../src/importing/document-import.service';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, createTestAppOn, TestApp } from './support/test-app';

const ANSWER = [
  'Vraag 1',
  'Bent u bereid de Kamer te informeren over de wachtlijsten in de jeugdzorg?',
  '',
  'Antwoord 1',
  'Ik zal uw Kamer voor de zomer een brief sturen over de wachtlijsten in de jeugdzorg.',
].join('\n');

async function importAnswer(t: TestApp): Promise<{ id: string; status: string }[]> {
  await t.app.get(DocumentImportService).importText(ANSWER, { source: 'file', date: '2024-03-01' }, 'import');
  return (await t.app.get(DataSource).query(`SELECT id, status FROM commitment WHERE origin = 'extracted'`)) as { id: string; status: string }[];
}

describe('editor decisions on re-import and re-sync', () => {
  const smtp = new SmtpSink();
  beforeAll(() => smtp.start());
  afterAll(() => smtp.stop());

  it.each([
    ['reject', 'rejected'],
    ['accept', 'open'],
  ] as const)('keeps a candidate the editor chose to %s as %s when the document is imported again', async (decision, expected) => {
    // Held for review (threshold above any confidence), decided, then imported again by an app that would publish it at once.
    const reviewing = await createTestApp(smtp.url, { EXTRACTION_REVIEW_BELOW: '1' });
    const publishing = await createTestAppOn(reviewing, smtp.url);
    try {
      const [candidate] = await importAnswer(reviewing);
      expect(candidate.status).toBe('candidate');
      await reviewing.app.get(ReviewService)[decision](candidate.id, 'redactie');
      expect(await importAnswer(publishing)).toEqual([{ id: candidate.id, status: expected }]);
      expect(await importAnswer(reviewing)).toEqual([{ id: candidate.id, status: expected }]);
    } finally {
      await publishing.close();
      await reviewing.close();
    }
  });

  it('keeps a rejected register commitment rejected when the register still lists it as open', async () => {
    const t = await createTestApp(smtp.url);
    try {
      const db = t.app.get(DataSource);
      const repository = t.app.get(CommitmentsRepository);
      const entry: RegisterCommitment = {
        documentId: null, quote: 'De minister zal de Kamer informeren over de pilots.', startOffset: null, endOffset: null, answerLabel: null,
        kind: 'report', ownerRole: 'Minister van Justitie en Veiligheid', ownerName: null, ministry: 'Justitie en Veiligheid', vehicle: null,
        deadlinePhrase: null, due: null, dueSource: 'default', dueExplanation: null, effectiveDue: '2024-06-01', recurring: false, confidence: 1,
        status: 'open', origin: 'tk_register', rawStatus: 'Openstaand', externalRef: 'TZ202401-001', fingerprint: 'tk_register:test-1',
        fulfillingLetter: null, fulfilledAt: null,
      };
      await db.transaction((em) => repository.upsertRegister(em, [entry]));
      await db.query(`UPDATE commitment SET status = 'rejected', reviewed_at = now(), reviewed_by = 'redactie' WHERE fingerprint = $1`, [entry.fingerprint]);
      const [outcome] = await db.transaction((em) => repository.upsertRegister(em, [{ ...entry, quote: `${entry.quote} (bijgewerkt)` }])).then((m) => [...m.values()]);
      expect(outcome).toMatchObject({ created: false, previousStatus: 'rejected' });
      expect(await db.query(`SELECT status, quote FROM commitment WHERE fingerprint = $1`, [entry.fingerprint])).toEqual([
        { status: 'rejected', quote: `${entry.quote} (bijgewerkt)` },
      ]);
    } finally {
      await t.close();
    }
  });
});
