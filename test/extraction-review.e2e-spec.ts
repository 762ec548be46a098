// Extracted commitments below EXTRACTION_REVIEW_BELOW wait for an editor as candidates, stored with
// their confidence (shown in the API); at or above it they are open at once.
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DocumentImportService } from '../src/importing/document-import.service';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, TestApp } from './support/test-app';

const ANSWER = [
  'Vraag 1',
  'Bent u bereid de Kamer te informeren over de wachtlijsten in de jeugdzorg?',
  '',
  'Antwoord 1',
  'Ik zal uw Kamer voor de zomer een brief sturen over de wachtlijsten in de jeugdzorg.',
].join('\n');

async function importAndList(t: TestApp) {
  await t.app.get(DocumentImportService).importText(ANSWER, { source: 'file', date: '2024-03-01' }, 'import');
  const stored = (await t.app.get(DataSource).query('SELECT status, confidence FROM commitment')) as { status: string; confidence: number }[];
  const listed = (await request(t.app.getHttpServer()).get('/api/commitments').expect(200)).body.items as { status: string; confidence: number }[];
  return { stored, listed };
}

describe('extracted commitments and the review threshold', () => {
  const smtp = new SmtpSink();
  beforeAll(() => smtp.start());
  afterAll(() => smtp.stop());

  it('publishes a confident promise at the default threshold', async () => {
    const t = await createTestApp(smtp.url);
    try {
      const { stored, listed } = await importAndList(t);
      expect(stored).toEqual([expect.objectContaining({ status: 'open' })]);
      expect(Number(stored[0].confidence)).toBeGreaterThan(0.5);
      expect(listed).toEqual([expect.objectContaining({ status: 'open', confidence: Number(stored[0].confidence) })]);
    } finally {
      await t.close();
    }
  });

  it('holds an action for review below EXTRACTION_REVIEW_ACTIONS_BELOW and publishes the report beside it', async () => {
    const t = await createTestApp(smtp.url, { EXTRACTION_REVIEW_BELOW: '0.3', EXTRACTION_REVIEW_ACTIONS_BELOW: '1' });
    try {
      const text = `${ANSWER} Daarnaast zal ik de subsidieregeling voor jeugdzorgaanbieders dit jaar laten evalueren door een onafhankelijk bureau.`;
      await t.app.get(DocumentImportService).importText(text, { source: 'file', date: '2024-03-01' }, 'import');
      const stored = (await t.app.get(DataSource).query('SELECT kind, status FROM commitment ORDER BY start_offset')) as { kind: string; status: string }[];
      expect(stored).toEqual([{ kind: 'report', status: 'open' }, { kind: 'action', status: 'candidate' }]);
      const listed = (await request(t.app.getHttpServer()).get('/api/commitments').expect(200)).body.items as { kind: string }[];
      expect(listed.map((c) => c.kind)).toEqual(['report']);
    } finally {
      await t.close();
    }
  });

  it('holds the same promise for review when EXTRACTION_REVIEW_BELOW is above its confidence', async () => {
    const t = await createTestApp(smtp.url, { EXTRACTION_REVIEW_BELOW: '1' });
    try {
      const { stored, listed } = await importAndList(t);
      expect(stored).toEqual([expect.objectContaining({ status: 'candidate' })]);
      // Not published: the public list leaves it out until an editor accepts it.
      expect(listed).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
