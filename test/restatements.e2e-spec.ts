// One commitment per promise: a promise stated three times in one answer ("eind 2024", "eind dit
// jaar", "waarover ik uw Kamer eind dit jaar zal informeren") is stored once, with the other two
// sentences as its restatements; shown on the page and in the API, kept on re-import, and stored
// anew by `toezegd reanalyse` (uses the built CLI: npm run build first).
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DocumentImportService } from '../src/importing/document-import.service';
import { runCli } from './support/cli';
import { editorLogin } from './support/editor-session';
import { followConfirmed } from './support/follow';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, TestApp } from './support/test-app';

// Invented answer; the second sentence carries characters a page must escape.
const PROMISE = 'Ik zal de evaluatie van de Wet open overheid eind 2024 aan uw Kamer sturen.';
const SECOND = 'Daarbij zal ik eind dit jaar ook ingaan op de <i>termijnen</i> & "lakken" bij het openbaar maken van documenten.';
const THIRD = 'Deze brief wordt eind dit jaar verstuurd, waarover ik uw Kamer eind dit jaar zal informeren.';
const answer = (extra = '') =>
  [
    'Antwoord van minister De Vries (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen 1 maart 2024)',
    '',
    'Vraag 1',
    'Wanneer komt de evaluatie van de Wet open overheid?',
    '',
    'Antwoord 1',
    `${PROMISE} ${SECOND} ${THIRD}`,
    '',
    'Vraag 2',
    'Hoeveel verzoeken kwamen er binnen?',
    '',
    'Antwoord 2',
    `Er kwamen in 2023 ruim vierduizend verzoeken binnen.${extra}`,
  ].join('\n');

interface AlsoStated {
  quote: string;
  start: number | null;
  end: number | null;
}

describe('a promise restated in the same answer', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let db: DataSource;
  let http: ReturnType<typeof request>;
  const importAnswer = (text: string) => t.app.get(DocumentImportService).importText(text, { source: 'file', externalId: 'woo-antwoord', date: '2024-03-01' }, 'import');
  const stored = async () => (await db.query(`SELECT id, quote, also_stated AS "alsoStated" FROM commitment`)) as { id: string; quote: string; alsoStated: AlsoStated[] }[];

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(smtp.url);
    db = t.app.get(DataSource);
    http = request(t.app.getHttpServer());
    await importAnswer(answer());
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('stores one commitment with the two other sentences as restatements, placed in the text', async () => {
    const rows = await stored();
    expect(rows.map((r) => r.quote)).toEqual([PROMISE]);
    expect(rows[0].alsoStated.map((a) => a.quote)).toEqual([SECOND, THIRD]);
    const text = answer();
    for (const a of rows[0].alsoStated) expect(text.slice(a.start ?? -1, a.end ?? -1)).toBe(a.quote);
  });

  it('shows the restatements on the public page, escaped', async () => {
    const [{ id }] = await stored();
    const page = await http.get(`/toezeggingen/${id}`).expect(200);
    expect(page.text).toContain('Elders in hetzelfde antwoord herhaald:');
    const section = /<section id="elders-herhaald"[\s\S]*?<\/section>/.exec(page.text)?.[0] ?? '';
    expect(section).toContain('&lt;i&gt;termijnen&lt;/i&gt; &amp; &quot;lakken&quot;');
    expect(section).toContain('waarover ik uw Kamer eind dit jaar zal informeren');
    expect(page.text).not.toContain('<i>termijnen</i>');
    // The editor's page of the commitment shows them too.
    const editor = await http.get(`/redactie/toezeggingen/${id}`).set('Cookie', (await editorLogin(http)).split(';')[0]).expect(200);
    expect(/<section id="elders-herhaald"[\s\S]*?<\/section>/.exec(editor.text)?.[0]).toContain('&lt;i&gt;termijnen&lt;/i&gt;');
  });

  it('marks the restatements in the document text, linked to their commitment and escaped', async () => {
    const [row] = await stored();
    const documentId = (await http.get(`/api/commitments/${row.id}`).expect(200)).body.document.id as string;
    const page = await http.get(`/documenten/${documentId}`).expect(200);
    const text = /<div class="doctext">[\s\S]*?<\/div>/.exec(page.text)?.[0] ?? '';
    const marks = [...text.matchAll(/<mark( id="t-[^"]+"| class="herhaling")><a href="\/toezeggingen\/([^"]+)"[^>]*>([\s\S]*?)<\/a><\/mark>/g)];
    expect(marks.map((m) => [m[1].trim(), m[2]])).toEqual([
      [`id="t-${row.id}"`, row.id],
      ['class="herhaling"', row.id],
      ['class="herhaling"', row.id],
    ]);
    expect(marks[1][3]).toContain('&lt;i&gt;termijnen&lt;/i&gt; &amp; &quot;lakken&quot;');
    expect(marks[2][3]).toContain('waarover ik uw Kamer eind dit jaar zal informeren');
    expect(text).not.toContain('<i>termijnen</i>');
  });

  it('gives the restatements in the API, with offsets into the document text', async () => {
    const [{ id }] = await stored();
    const commitment = (await http.get(`/api/commitments/${id}`).expect(200)).body as { quote: string; alsoStated: AlsoStated[]; document: { id: string } };
    expect(commitment.quote).toBe(PROMISE);
    expect(commitment.alsoStated.map((a) => a.quote)).toEqual([SECOND, THIRD]);
    const document = (await http.get(`/api/documents/${commitment.document.id}`).expect(200)).body as { text: string };
    for (const a of commitment.alsoStated) expect(document.text.slice(a.start ?? -1, a.end ?? -1)).toBe(a.quote);
    const listed = (await http.get('/api/commitments').expect(200)).body as { items: { id: string; alsoStated: AlsoStated[] }[]; total: number };
    expect(listed.total).toBe(1);
    expect(listed.items[0].alsoStated.map((a) => a.quote)).toEqual([SECOND, THIRD]);
  });

  it('keeps one commitment, its restatements and its subscribers when the answer is imported again or re-published', async () => {
    const [before] = await stored();
    await followConfirmed(t, smtp, 'volger@example.org', { commitmentId: before.id });
    await importAnswer(answer());
    await importAnswer(answer(' Daarvan werd een derde binnen de termijn afgehandeld.'));
    const after = await stored();
    expect(after).toEqual([before]);
    const subscriptions = (await db.query(`SELECT commitment_id AS "commitmentId", status FROM subscription`)) as unknown[];
    expect(subscriptions).toEqual([{ commitmentId: before.id, status: 'confirmed' }]);
  });

  it('stores the restatements anew on `toezegd reanalyse` (data imported before they were kept)', async () => {
    await db.query(`UPDATE commitment SET also_stated = '[]'`);
    // An older import stored a restatement as a commitment of its own: linked to the promise it restates, the rest left as it was.
    const [{ id: apart }] = (await db.query(
      `INSERT INTO commitment (document_id, quote, kind, due_source, confidence, status, origin, fingerprint)
       SELECT document_id, $1, kind, 'default', confidence, status, origin, fingerprint || ':ouder' FROM commitment RETURNING id`,
      [SECOND],
    )) as { id: string }[];
    const run = await runCli(['reanalyse'], { DATABASE_URL: t.databaseUrl });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ alsoStated: 1, notFound: 1, nowRestatements: 1 });
    const rows = await stored();
    expect(rows.find((r) => r.id === apart)?.alsoStated).toEqual([]);
    const row = rows.find((r) => r.id !== apart);
    expect(row?.alsoStated.map((a) => a.quote)).toEqual([SECOND, THIRD]);
    const old = (await http.get(`/api/commitments/${apart}`).expect(200)).body as { status: string; repeatsCommitmentId: string | null; countsInScoreboard: boolean };
    expect(old).toMatchObject({ status: 'open', repeatsCommitmentId: row?.id, countsInScoreboard: false });
    const linkedOnce = await runCli(['reanalyse'], { DATABASE_URL: t.databaseUrl });
    expect(JSON.parse(linkedOnce.stdout)).toMatchObject({ nowRestatements: 1 });
    const edits = (await db.query(`SELECT count(*)::int AS n FROM commitment_event WHERE commitment_id = $1 AND actor = 'reanalyse' AND type = 'edited'`, [apart])) as { n: number }[];
    expect(edits[0].n).toBe(1);
    await db.query(`DELETE FROM commitment WHERE id = $1`, [apart]);
    const again = await runCli(['reanalyse'], { DATABASE_URL: t.databaseUrl });
    expect(JSON.parse(again.stdout)).toMatchObject({ alsoStated: 0 });
  });
});
