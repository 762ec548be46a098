import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DocumentImportService } from '../src/importing/document-import.service';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, TestApp } from './support/test-app';
import { csrfIn, editorLogin } from './support/editor-session';

const fixture = (...parts: string[]) => readFileSync(path.join(__dirname, 'fixtures', ...parts), 'utf8');
const letter = (name: string) => fixture('fulfilment', 'letters', name);
const LVVN = 'Landbouw, Visserij, Voedselzekerheid en Natuur';
const HOSTILE = '<script>alert("brief")</script>';

// A later answer by the same office that restates the promise of the Meststoffenwet evaluation.
const RESTATING_ANSWER = `Tweede Kamer der Staten-Generaal 2
Vergaderjaar 2021-2022 Aanhangsel van de Handelingen
Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden

2417

Vragen van het lid Vestering (PvdD) aan de Minister van Landbouw, Natuur en Voedselkwaliteit over de mestfraude (ingezonden 2 mei 2022).

Antwoord van Minister Staghouwer (Landbouw, Natuur en Voedselkwaliteit) (ontvangen 1 juni 2022).

Vraag 1

Wanneer ontvangt de Kamer de evaluatie van de Meststoffenwet?

Antwoord 1

Zoals eerder gemeld ontvangt uw Kamer in het najaar de evaluatie van de Meststoffenwet.
`;

interface Listed {
  id: string;
  quote: string;
  status: string;
  vehicle: string | null;
  repeatsCommitmentId: string | null;
}

/**
 * Issue 7 on the pages, end to end: letters imported through the shared import path link, suggest,
 * postpone and restate; the commitment page, the editor's suggestions queue and the ministry pages show it.
 */
describe('automatic linking on the web pages', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let http: ReturnType<typeof request>;
  let importer: DocumentImportService;

  const find = async (q: string, match: (c: Listed) => boolean): Promise<Listed> => {
    const list = await http.get('/api/commitments').query({ q, pageSize: 100 }).expect(200);
    const found = (list.body.items as Listed[]).find(match);
    if (!found) throw new Error(`no commitment for ${q}`);
    return found;
  };

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(smtp.url);
    t.clock.set(new Date('2022-12-01T10:00:00Z'));
    http = request(t.app.getHttpServer());
    importer = t.app.get(DocumentImportService);
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('shows an automatic link with its evidence, and lets an editor undo it from the page', async () => {
    await importer.importText(fixture('ah-tk-20192020-3349.txt'), { source: 'file' }, 'import');
    const british = await find('Britse collega', (c) => /Britse collega/.test(c.quote) && c.vehicle !== null);
    await importer.importText(letter('letter-3349-voortgangsbrief.txt'), { source: 'file' }, 'import');

    const page = await http.get(`/toezeggingen/${british.id}`).expect(200);
    expect(page.text).toContain('>Nagekomen</span>');
    expect(page.text).toContain('<span class="badge auto">automatisch gekoppeld</span>');
    expect(page.text).toContain('<h2 id="automatisch">Automatisch gekoppeld</h2>');
    expect(page.text).toMatch(/zekerheid \d{2,3}%/);
    expect(page.text).toMatch(/<li><strong>Noemt de bron<\/strong>: «[^»]*nr\. 3349»<\/li>/);
    // Readers see the evidence, never the editor's forms.
    expect(page.text).not.toContain('ongedaan-maken');
    expect(page.text).not.toContain('name="_csrf"');
    expect(page.headers['cache-control'] ?? '').not.toContain('no-store');

    const session = await editorLogin(http);
    const asEditor = await http.get(`/toezeggingen/${british.id}`).set('Cookie', session).expect(200);
    expect(asEditor.headers['cache-control']).toContain('no-store');
    expect(asEditor.text).toContain(`<form method="post" action="/redactie/toezeggingen/${british.id}/ongedaan-maken">`);
    expect(asEditor.text).toContain('>Ongedaan maken</button>');

    // Without the form's token nothing changes.
    await http.post(`/redactie/toezeggingen/${british.id}/ongedaan-maken`).set('Cookie', session).type('form').send({ note: 'x' }).expect(403);
    expect((await http.get(`/api/commitments/${british.id}`).expect(200)).body.status).toBe('fulfilled');

    const undo = await http.post(`/redactie/toezeggingen/${british.id}/ongedaan-maken`).set('Cookie', session).type('form')
      .send({ _csrf: csrfIn(asEditor.text), note: 'Verkeerde brief' }).expect(303);
    expect(undo.headers.location).toBe(`/toezeggingen/${british.id}?gedaan=ontkoppeld`);
    const after = await http.get(`/toezeggingen/${british.id}`).set('Cookie', session).expect(200);
    // Open again; no date was promised ("in de voortgangsbrief"), so its default term passed: not "over tijd".
    expect(after.text).toMatch(/id="status">Openstaand; standaardtermijn \d+ dagen verstreken<\/span>/);
    expect(after.text).not.toContain('<h2 id="automatisch">');
    expect(after.text).toContain('Automatische koppeling ongedaan gemaakt');
    expect(after.text).toContain('redactie (redactie)');
    // The undone letter stays visible to editors as a decided candidate.
    expect(after.text).toContain('Automatische koppeling ongedaan gemaakt</span>');
    expect((await http.get(`/api/commitments/${british.id}`).expect(200)).body).toMatchObject({ status: 'open', autoLinked: false });
  });

  it('shows a deadline moved by a postponement, with its reason and source, in the history', async () => {
    const british = await find('Britse collega', (c) => /Britse collega/.test(c.quote) && c.vehicle !== null);
    await importer.importText(letter('postponement-3349-britse-aanpak.txt'), { source: 'file' }, 'import');
    const page = await http.get(`/toezeggingen/${british.id}`).expect(200);
    expect(page.text).toContain('<strong>30 september 2021</strong>');
    expect(page.text).toMatch(/id="termijn-verschoven">Verschoven van [^<]+ naar 30 september 2021 \(automatisch, /);
    expect(page.text).toMatch(/→ <strong>30 september 2021<\/strong><br><span class="meta">Reden: Uitgesteld: «[^<]*na het zomerreces/);
    expect(page.text).toMatch(/<span class="meta">Bron: <a href="\/documenten\/[0-9a-f-]{36}">/);
  });

  it('labels a renamed ministry with "nu:" on the commitment page and includes it on the successor\'s page', async () => {
    await importer.importText(fixture('fulfilment', 'sources', 'ah-lnv-derogatie.txt'), { source: 'file' }, 'import');
    const evaluation = await find('Meststoffenwet', (c) => c.vehicle === 'evaluatie van de Meststoffenwet');
    const page = await http.get(`/toezeggingen/${evaluation.id}`).expect(200);
    expect(page.text).toContain(`nu: <a href="/ministeries/landbouw-visserij-voedselzekerheid-en-natuur">Minister van ${LVVN}</a>`);

    const successor = await http.get('/ministeries/landbouw-visserij-voedselzekerheid-en-natuur').expect(200);
    expect(successor.text).toContain(`<h1>Ministerie van ${LVVN}</h1>`);
    expect(successor.text).toContain('overgenomen van: <a href="/ministeries/landbouw-natuur-en-voedselkwaliteit">Landbouw, Natuur en Voedselkwaliteit</a>');
    expect(successor.text).toContain(`/toezeggingen/${evaluation.id}`);
    expect(successor.text).toContain(`(toen: ministerie van Landbouw, Natuur en Voedselkwaliteit) · <span class="now">nu: Minister van ${LVVN}</span>`);

    const former = await http.get('/ministeries/landbouw-natuur-en-voedselkwaliteit').expect(200);
    expect(former.text).toContain(`nu: <a href="/ministeries/landbouw-visserij-voedselzekerheid-en-natuur">Ministerie van ${LVVN}</a>`);
    const list = await http.get('/toezeggingen').query({ q: 'Meststoffenwet' }).expect(200);
    expect(list.text).toContain(`<span class="now">nu: Minister van ${LVVN}</span>`);
  });

  it('marks a restated promise, lists it on the original, and counts it once on the ministry scoreboard', async () => {
    const lvvnPage = '/ministeries/landbouw-visserij-voedselzekerheid-en-natuur';
    const before = scoreRow((await http.get(lvvnPage).expect(200)).text);
    const original = await find('Meststoffenwet', (c) => c.vehicle === 'evaluatie van de Meststoffenwet' && c.repeatsCommitmentId === null);
    await importer.importText(RESTATING_ANSWER, { source: 'file' }, 'import');
    const repeat = await find('Meststoffenwet', (c) => c.repeatsCommitmentId === original.id);

    const repeatPage = await http.get(`/toezeggingen/${repeat.id}`).expect(200);
    expect(repeatPage.text).toContain(`Herhaalt een eerdere toezegging: <a href="/toezeggingen/${original.id}">`);
    const originalPage = await http.get(`/toezeggingen/${original.id}`).expect(200);
    expect(originalPage.text).toMatch(new RegExp(`<dt>Later herhaald</dt><dd id="herhalingen"><ul><li><a href="/toezeggingen/${repeat.id}">`));

    const after = await http.get(lvvnPage).expect(200);
    expect(after.text).toContain(`/toezeggingen/${repeat.id}`);
    expect(after.text).toContain('herhaling, telt niet mee');
    // Open (and overdue) are unchanged: the restatement is the same promise.
    expect(scoreRow(after.text)).toEqual(before);
    expect(before[4]).toBe('2'); // open
    const overview = await http.get('/').expect(200);
    expect(overview.text).toMatch(/Landbouw, Natuur en Voedselkwaliteit<\/a> <span class="meta">\(nu: Landbouw, Visserij, Voedselzekerheid en Natuur\)<\/span>/);
    expect(overview.text).toMatch(/aria-label="Landbouw, Natuur en Voedselkwaliteit: 1 openstaand op tijd, 1 over tijd, 0 zonder genoemde termijn verstreken, 0 nagekomen/);
  });

  it('lists suggestions for editors, escapes letter text, and accepting one fulfils the commitment', async () => {
    const evaluation = await find('Meststoffenwet', (c) => c.vehicle === 'evaluatie van de Meststoffenwet' && c.repeatsCommitmentId === null);
    // A letter that keeps the promise without citing the answer: a suggestion, never an automatic link.
    const text = letter('letter-lnv-evaluatie-meststoffenwet.txt').replace(
      'Hierbij bied ik uw Kamer',
      `In antwoord op de vragen ${HOSTILE} heb ik toegezegd de evaluatie te sturen. Hierbij bied ik uw Kamer`,
    );
    await importer.importText(text, { source: 'file', title: `Evaluatie ${HOSTILE} Meststoffenwet` }, 'import');
    expect((await http.get(`/api/commitments/${evaluation.id}`).expect(200)).body.status).toBe('open');

    await http.get('/redactie/suggesties').expect(303);
    const session = await editorLogin(http);
    const home = await http.get('/redactie').set('Cookie', session).expect(200);
    expect(home.text).toMatch(/<a href="\/redactie\/suggesties" id="naar-suggesties">Suggesties: [^<]*\([1-9]\d*\)<\/a>/);
    const queue = await http.get('/redactie/suggesties').set('Cookie', session).expect(200);
    expect(queue.text).not.toContain(HOSTILE);
    expect(queue.text).toContain('&lt;script&gt;alert(&quot;brief&quot;)&lt;/script&gt;');
    expect(queue.text).toContain('<strong>Noemt zichzelf nakoming</strong>: «In antwoord op de vragen &lt;script&gt;');
    const scores = [...queue.text.matchAll(/Zekerheid <strong>(\d+)%<\/strong>/g)].map((m) => Number(m[1]));
    expect(scores.length).toBeGreaterThan(0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const item = suggestionFor(queue.text, evaluation.id);
    const commitmentPage = await http.get(`/toezeggingen/${evaluation.id}`).set('Cookie', session).expect(200);
    expect(commitmentPage.text).toContain(`action="/redactie/suggesties/${item}/accepteren"`);
    expect(commitmentPage.text).not.toContain(HOSTILE);

    await http.post(`/redactie/suggesties/${item}/accepteren`).set('Cookie', session).type('form').send({ status: 'fulfilled' }).expect(403);
    await http.post(`/redactie/suggesties/${item}/accepteren`).set('Cookie', session).type('form')
      .send({ _csrf: csrfIn(queue.text), status: 'bogus' }).expect(400);
    const accepted = await http.post(`/redactie/suggesties/${item}/accepteren`).set('Cookie', session).type('form')
      .send({ _csrf: csrfIn(queue.text), status: 'fulfilled' }).expect(303);
    expect(accepted.headers.location).toBe(`/redactie/suggesties?geaccepteerd=${evaluation.id}`);
    const done = await http.get(accepted.headers.location as string).set('Cookie', session).expect(200);
    expect(done.text).toMatch(/id="geaccepteerd">Vastgelegd: .* is nu <strong>Nagekomen<\/strong>/);
    expect(done.text).not.toContain(`action="/redactie/suggesties/${item}/accepteren"`);

    const kept = await http.get(`/toezeggingen/${evaluation.id}`).expect(200);
    expect(kept.text).toContain('>Nagekomen</span>');
    expect(kept.text).not.toContain('automatisch gekoppeld');
    // The letter's title without its markup (titles are shown as text): nothing of the script runs or shows.
    expect(kept.text).not.toContain(HOSTILE);
    expect(kept.text).toContain('Evaluatie alert(&quot;brief&quot;) Meststoffenwet');
    expect(kept.text).not.toContain(HOSTILE);
    const api = await http.get(`/api/commitments/${evaluation.id}`).expect(200);
    expect(api.body).toMatchObject({ status: 'fulfilled', autoLinked: false });
    expect(api.body.history.at(-1).actor).toBe('editor:redactie');

    // A decided suggestion cannot be accepted twice.
    await http.post(`/redactie/suggesties/${item}/accepteren`).set('Cookie', session).type('form').send({ _csrf: csrfIn(queue.text) }).expect(409);
  });
  it('links a restatement whose original arrives in the same import (one sync chunk)', async () => {
    const separate = await createTestApp(smtp.url);
    try {
      separate.clock.set(new Date('2022-12-01T10:00:00Z'));
      const batchImporter = separate.app.get(DocumentImportService);
      const db = separate.app.get(DataSource);
      const results = await db.transaction((em) =>
        batchImporter.storeMany(em, [fixture('fulfilment', 'sources', 'ah-lnv-derogatie.txt'), RESTATING_ANSWER].map((text) => batchImporter.prepare(text, { source: 'file' })), 'sync'),
      );
      await batchImporter.afterCommit(results);
      const rows = (await db.query(
        `SELECT id, repeats_commitment_id AS "repeats", document_id AS "documentId" FROM commitment WHERE vehicle = 'evaluatie van de Meststoffenwet' ORDER BY created_at, id`,
      )) as { id: string; repeats: string | null; documentId: string }[];
      const [original, restatement] = [results[0].document.id, results[1].document.id].map((documentId) => rows.find((r) => r.documentId === documentId));
      expect(original?.repeats).toBeNull();
      expect(restatement?.repeats).toBe(original?.id);
    } finally {
      await separate.close();
    }
  });
});

/** The six cells of a ministry scoreboard: on time, late, overdue, open, lapsed, median. */
function scoreRow(html: string): string[] {
  const row = /<tbody><tr>(.*?)<\/tr><\/tbody>/.exec(html);
  if (!row) throw new Error('no scoreboard');
  return [...row[1].matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]);
}

/** The id of the queued suggestion for a commitment, from the accept form next to its link. */
function suggestionFor(html: string, commitmentId: string): string {
  const items = html.split('<li>\n<h3').filter((part) => part.includes(`/toezeggingen/${commitmentId}"`));
  const match = items.map((part) => /action="\/redactie\/suggesties\/([0-9a-f-]{36})\/accepteren"/.exec(part)).find(Boolean);
  if (!match) throw new Error('no suggestion for this commitment in the queue');
  return match[1];
}
