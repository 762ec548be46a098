// `toezegd extract`: JSON lines with confidence and publication, per-line errors for dates it must
// not guess, restatements merged, and PDF / DOCX files read like `import` reads them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document as DocxDocument, Packer, Paragraph } from 'docx';
import { runCli } from './support/cli';
import { pdfOf } from './support/pdf-of';

const ANSWER = [
  'Vraag 1',
  'Bent u bereid de Kamer te informeren over de wachtlijsten in de jeugdzorg?',
  '',
  'Antwoord 1',
  'Ik zal uw Kamer voor de zomer een brief sturen over de wachtlijsten in de jeugdzorg.',
  'Daarbij zal ik ook ingaan op de rol van de gemeenten.',
];

const line = (rec: Record<string, unknown>) => JSON.stringify(rec);
interface OutputLine {
  id: string;
  error?: string;
  commitments: { confidence: number; published: boolean; also: string[] }[];
}
const parse = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as OutputLine);

describe('toezegd extract', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'toezegd-extract-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--jsonl answers a missing or invalid received with an error line and goes on; null means "date unknown"', async () => {
    const text = ANSWER.join('\n');
    const input = [
      line({ id: 'dated', text, received: '2024-03-01' }),
      line({ id: 'missing', text }),
      line({ id: 'invalid', text, received: '2024-02-30' }),
      line({ id: 'unknown', text, received: null }),
    ].join('\n');
    const r = await runCli(['extract', '--jsonl'], {}, input);
    expect(r.code).toBe(0);
    const [dated, missing, invalid, unknown] = parse(r.stdout);
    expect(dated.commitments).toHaveLength(1);
    expect(dated.commitments[0]).toMatchObject({ kind: 'report', deadlinePhrase: 'voor de zomer', due: '2024-07-04', published: true });
    expect(dated.commitments[0].confidence).toBeGreaterThan(0.5);
    expect(missing).toEqual({ id: 'missing', error: expect.stringContaining('received') });
    expect(invalid).toEqual({ id: 'invalid', error: expect.stringContaining('2024-02-30') });
    expect(unknown.commitments[0]).toMatchObject({ deadlinePhrase: 'voor de zomer', due: null });
  });

  it('merges a restatement into its promise', async () => {
    const r = await runCli(['extract', '--jsonl'], {}, line({ id: 'a', text: ANSWER.join('\n'), received: '2024-03-01' }));
    const [doc] = parse(r.stdout);
    expect(doc.commitments).toHaveLength(1);
    expect(doc.commitments[0].also).toEqual(['Daarbij zal ik ook ingaan op de rol van de gemeenten.']);
  });

  it('marks commitments below EXTRACTION_REVIEW_BELOW as unpublished (held for review)', async () => {
    const r = await runCli(['extract', '--jsonl'], { EXTRACTION_REVIEW_BELOW: '1' }, line({ id: 'a', text: ANSWER.join('\n'), received: '2024-03-01' }));
    const [doc] = parse(r.stdout);
    expect(doc.commitments[0].published).toBe(false);
    const bad = await runCli(['extract', '--jsonl'], { EXTRACTION_REVIEW_BELOW: 'high' }, '');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('EXTRACTION_REVIEW_BELOW');
  });

  it('holds actions for review below EXTRACTION_REVIEW_ACTIONS_BELOW, never below EXTRACTION_REVIEW_BELOW', async () => {
    const text = [
      ...ANSWER.slice(0, 4),
      'Ik zal uw Kamer voor de zomer een brief sturen over de wachtlijsten in de jeugdzorg. Daarnaast zal ik de subsidieregeling voor jeugdzorgaanbieders dit jaar laten evalueren door een onafhankelijk bureau.',
    ].join('\n');
    const input = line({ id: 'a', text, received: '2024-03-01' });
    const published = async (env: Record<string, string>) => {
      const [doc] = parse((await runCli(['extract', '--jsonl'], env, input)).stdout);
      return (doc.commitments as unknown as { kind: string; published: boolean }[]).map((c) => [c.kind, c.published]);
    };
    expect(await published({ EXTRACTION_REVIEW_BELOW: '0.3', EXTRACTION_REVIEW_ACTIONS_BELOW: '0.3' })).toEqual([['report', true], ['action', true]]);
    expect(await published({ EXTRACTION_REVIEW_BELOW: '0.3', EXTRACTION_REVIEW_ACTIONS_BELOW: '1' })).toEqual([['report', true], ['action', false]]);
    expect(await published({ EXTRACTION_REVIEW_BELOW: '1', EXTRACTION_REVIEW_ACTIONS_BELOW: '0' })).toEqual([['report', false], ['action', false]]);
    const bad = await runCli(['extract', '--jsonl'], { EXTRACTION_REVIEW_ACTIONS_BELOW: '2' }, '');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('EXTRACTION_REVIEW_ACTIONS_BELOW');
  });

  it('reads a PDF and a DOCX file', async () => {
    const pdf = path.join(dir, 'answer.pdf');
    writeFileSync(pdf, await pdfOf(ANSWER));
    const docx = path.join(dir, 'answer.docx');
    const doc = new DocxDocument({ sections: [{ children: ANSWER.map((t) => new Paragraph(t)) }] });
    writeFileSync(docx, await Packer.toBuffer(doc));
    for (const file of [pdf, docx]) {
      const r = await runCli(['extract', file, '--received', '2024-03-01', '--json']);
      expect(r.code).toBe(0);
      const a = JSON.parse(r.stdout) as { commitments: { kind: string; deadlinePhrase: string }[] };
      expect(a.commitments).toEqual([expect.objectContaining({ kind: 'report', deadlinePhrase: 'voor de zomer' })]);
    }
  });

  it('fails with one line on stderr for a file that is no document', async () => {
    const junk = path.join(dir, 'junk.bin');
    writeFileSync(junk, Buffer.from([0, 1, 2, 3, 0, 0, 7]));
    const r = await runCli(['extract', junk]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
