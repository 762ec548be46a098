import { XMLParser } from 'fast-xml-parser';
import * as ical from 'node-ical';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { newToken, hashToken } from '../src/common/tokens';
import { SmtpSink } from './support/smtp-sink';
import { createTestApp, EDITOR_TOKEN, TestApp } from './support/test-app';
import { seedCommitment, seedDocument } from './support/web-seed';
import { cookiesOf, csrfIn, editorLogin } from './support/editor-session';

const HOSTILE = 'Ik zal uw Kamer <script>alert("x")</script> & de pers voor de zomer informeren.';

/** Every page and feed through HTTP on a seeded database, with time pinned on 1 March 2021. */
describe('web pages and feeds', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let db: DataSource;
  let http: ReturnType<typeof request>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(smtp.url);
    t.clock.set(new Date('2021-03-01T10:00:00Z'));
    db = t.app.get(DataSource);
    http = request(t.app.getHttpServer());
    const text = `Vraag 1\nWat gaat u doen?\nAntwoord 1\n${HOSTILE} Verder niets.`;
    const start = text.indexOf('Ik zal');
    const end = start + HOSTILE.length;
    ids.document = await seedDocument(db, {
      text, number: '2020D27320', caseNumber: '2020Z09415', ministry: 'Justitie en Veiligheid',
      blocks: [{ label: '1', question: { start: 8, end: 24 }, answer: { start: 36, end: text.length } }],
    });
    ids.questions = await seedDocument(db, { kind: 'questions', title: 'Vragen over mensenhandel', caseNumber: '2020Z09415', date: '2020-05-26' });
    ids.hostile = await seedCommitment(db, {
      documentId: ids.document, quote: HOSTILE, startOffset: start, endOffset: end, due: '2020-07-02', deadlinePhrase: 'voor de zomer',
      dueExplanation: 'dag voor het zomerreces 2020', vehicle: 'voortgangsbrief mensenhandel',
    });
    ids.kept = await seedCommitment(db, {
      quote: 'De Minister stuurt de evaluatie van de Wet op de kansspelen.', ministry: 'Justitie en Veiligheid', due: '2020-10-01',
      status: 'fulfilled', fulfilledAt: '2020-12-01T10:00:00Z', fulfillingLetter: '2020D50000',
    });
    ids.onTime = await seedCommitment(db, { quote: 'Ik informeer uw Kamer over de stikstofaanpak in het najaar.', ministry: 'Landbouw, Natuur en Voedselkwaliteit', ownerRole: 'Minister van LNV', ownerName: 'Schouten', due: '2021-12-20', kind: 'action' });
    ids.candidate = await seedCommitment(db, { quote: 'Wellicht kom ik hierop terug.', status: 'candidate', confidence: 0.4 });
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('shows the overview with counts, the most overdue list and a chart per ministry', async () => {
    const page = await http.get('/').expect(200).expect('Content-Type', /text\/html/);
    expect(page.text).toMatch(/<strong>2<\/strong> <a href="\/toezeggingen\?status=open">openstaand/);
    expect(page.text).toMatch(/<strong>1<\/strong> <a href="\/toezeggingen\?overdue=true">over tijd/);
    expect(page.text).toContain('<td data-label="Te laat"><strong>242 dagen</strong>'); // 2 July 2020 → 1 March 2021
    expect(page.text).toContain('voortgangsbrief mensenhandel');
    expect(page.text).toContain('2020D50000');
    expect(page.text).toMatch(/<svg[^>]+role="img" aria-label="Justitie en Veiligheid: 0 openstaand op tijd, 1 over tijd, 0 zonder genoemde termijn verstreken, 1 nagekomen; mediane vertraging \d+ dagen"/);
    expect(page.text).toContain('href="#inhoud"');
    expect(page.text).not.toContain('<script>');
  });

  it('filters, searches in Dutch, sorts and pages the list, keeping the filters in the URL', async () => {
    const search = await http.get('/toezeggingen').query({ q: 'informeren', status: 'open' }).expect(200);
    expect(search.text).toContain(`/toezeggingen/${ids.hostile}`);
    // Dutch stemming: "informeer" matches "informeren"; the kept one is filtered out by status.
    expect(search.text).toContain(`/toezeggingen/${ids.onTime}"`);
    expect(search.text).not.toContain(`/toezeggingen/${ids.kept}"`);
    expect(search.text).toContain('<option value="open" selected>');
    expect(search.text).toContain('/feeds/termijnen.ics?q&#x3D;informeren&amp;status&#x3D;open');

    const overdue = await http.get('/toezeggingen?overdue=true&ministry=&year=&kind=&origin=&sort=due').expect(200);
    expect(overdue.text).toContain(`/toezeggingen/${ids.hostile}`);
    expect(overdue.text).not.toContain(`/toezeggingen/${ids.kept}"`);

    const byKind = await http.get('/toezeggingen?kind=action').expect(200);
    expect(byKind.text).toContain(`/toezeggingen/${ids.onTime}`);
    expect(byKind.text).not.toContain(`/toezeggingen/${ids.hostile}"`);

    const byYear = await http.get('/toezeggingen?year=2019').expect(200);
    expect(byYear.text).toContain('Geen toezeggingen gevonden');

    const byOwner = await http.get('/toezeggingen?owner=schouten&ministry=Landbouw%2C+Natuur+en+Voedselkwaliteit').expect(200);
    expect(byOwner.text).toContain(`/toezeggingen/${ids.onTime}`);
    expect(byOwner.text).toMatch(/<strong>1<\/strong> toezegging\b/);

    await http.get('/toezeggingen?status=bogus').expect(400).expect('Content-Type', /text\/html/);
    await http.get('/toezeggingen?page=0').expect(400);
  });

  it('pages through results with links that keep the filters', async () => {
    for (let i = 0; i < 25; i += 1) await seedCommitment(db, { quote: `Paginatoezegging nummer ${i} over fietspaden.`, ministry: 'Infrastructuur en Waterstaat', due: '2022-01-01' });
    const first = await http.get('/toezeggingen?q=fietspaden').expect(200);
    expect(first.text).toContain('Pagina 1 van 2');
    expect(first.text).toContain('href="/toezeggingen?q&#x3D;fietspaden&amp;page&#x3D;2"');
    const second = await http.get('/toezeggingen?q=fietspaden&page=2').expect(200);
    expect((second.text.match(/Paginatoezegging/g) ?? []).length).toBe(5);
  });

  it('shows a commitment with its quote marked in the answer, the question, the deadline and the chain', async () => {
    const page = await http.get(`/toezeggingen/${ids.hostile}`).expect(200);
    expect(page.text).not.toContain('<script>alert');
    expect(page.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; de pers');
    expect(page.text).toMatch(/<mark>Ik zal uw Kamer &lt;script&gt;.*informeren\.<\/mark> Verder niets\./);
    expect(page.text).toContain('Wat gaat u doen?');
    expect(page.text).toContain('«voor de zomer» → <strong>2 juli 2020</strong>');
    expect(page.text).toContain('dag voor het zomerreces 2020');
    expect(page.text).toContain('Over tijd (242 dagen)');
    expect(page.text).toContain(`Vragen: <a href="/documenten/${ids.questions}">Vragen over mensenhandel</a>`);
    expect(page.text).toContain('Uitstel: geen bekend');
    expect(page.text).toContain('Brief: nog niet bekend');
    expect(page.text).toContain(`action="/toezeggingen/${ids.hostile}/aanmelden"`);
    expect(page.text).toContain('<label for="email">');
  });

  it('answers unknown or malformed ids with an HTML 404 inside the layout', async () => {
    for (const url of ['/toezeggingen/00000000-0000-4000-8000-000000000000', '/toezeggingen/nope', '/documenten/00000000-0000-4000-8000-000000000000', '/ministeries/bestaat-niet']) {
      const page = await http.get(url).expect(404).expect('Content-Type', /text\/html/);
      expect(page.text).toContain('<h1>Niet gevonden</h1>');
      expect(page.text).toContain('<nav aria-label="Hoofdmenu">');
    }
  });

  it('subscribes from the form and says to check the mail; a bad address gets a Dutch 400 page', async () => {
    const sent = await http.post(`/toezeggingen/${ids.hostile}/aanmelden`).type('form').send({ email: 'lezer@example.nl' }).expect(200);
    expect(sent.text).toContain('Controleer uw e-mail');
    await smtp.waitForCount(1);
    expect(smtp.mails[0].to).toContain('lezer@example.nl');
    const bad = await http.post(`/toezeggingen/${ids.hostile}/aanmelden`).type('form').send({ email: 'geen adres' }).expect(400);
    expect(bad.text).toContain('Vul een geldig e-mailadres in');
  });

  it('shows a ministry scoreboard', async () => {
    const page = await http.get('/ministeries/justitie-en-veiligheid').expect(200);
    expect(page.text).toContain('<h1>Ministerie van Justitie en Veiligheid</h1>');
    // kept on time 0, kept late 1 (due 1 Oct, kept 1 Dec), overdue 1, open 1, lapsed 0, median of 61 and 242 days
    expect(page.text.replace(/ data-label="[^"]*"/g, '')).toContain('<tbody><tr><td>0</td><td>1</td><td>1</td><td>0</td><td>1</td><td>0</td><td>152 dagen</td></tr></tbody>');
    expect(page.text).toContain('/feeds/nieuw.atom?ministry&#x3D;Justitie+en+Veiligheid');
  });

  it('shows a document with its commitments marked, escaped', async () => {
    const page = await http.get(`/documenten/${ids.document}`).expect(200);
    expect(page.text).toContain(`<mark id="t-${ids.hostile}"><a href="/toezeggingen/${ids.hostile}">Ik zal uw Kamer &lt;script&gt;`);
    expect(page.text).not.toContain('<script>alert');
  });

  it('publishes an iCalendar feed with stable UIDs that follows a moved deadline', async () => {
    const before = ical.sync.parseICS((await http.get('/feeds/termijnen.ics').expect(200).expect('Content-Type', /text\/calendar/)).text);
    const events = vevents(before);
    const hostile = events.find((e) => e.uid === `${ids.hostile}@toezegd.test`);
    expect(hostile).toBeDefined();
    expect(hostile?.start.dateOnly).toBe(true);
    expect(hostile?.start.toISOString().slice(0, 10)).toBe('2020-07-02');
    expect(hostile?.summary).toContain('voortgangsbrief mensenhandel');
    expect(events.some((e) => e.uid.startsWith(ids.kept))).toBe(false);

    await http.post(`/api/commitments/${ids.hostile}/deadline`).set('Authorization', `Bearer ${EDITOR_TOKEN}`).send({}).expect(404);
    const sessionCookie = await editorLogin(http);
    const form = await http.get(`/redactie/toezeggingen/${ids.hostile}`).set('Cookie', sessionCookie).expect(200);
    await http.post(`/redactie/toezeggingen/${ids.hostile}/termijn`).set('Cookie', sessionCookie).type('form')
      .send({ _csrf: csrfIn(form.text), due: '2021-06-30', reason: 'Uitstelbrief van 1 maart' }).expect(303);
    const after = ical.sync.parseICS((await http.get('/feeds/termijnen.ics?q=informeren').expect(200)).text);
    const moved = vevents(after).find((e) => e.uid === `${ids.hostile}@toezegd.test`) as ical.VEvent;
    expect(moved.start.toISOString().slice(0, 10)).toBe('2021-06-30');
    expect(Number(moved.sequence)).toBe(1);

    const ministry = ical.sync.parseICS((await http.get('/feeds/ministeries/landbouw-natuur-en-voedselkwaliteit/termijnen.ics').expect(200)).text);
    expect(vevents(ministry).map((e) => e.uid)).toEqual([`${ids.onTime}@toezegd.test`]);
    await http.get('/feeds/ministeries/onbekend/termijnen.ics').expect(404);
  });

  it('gives a subscriber a personal calendar through the token of a mail', async () => {
    const [subscriber] = (await db.query(`INSERT INTO subscriber (email, email_normalized) VALUES ('a@b.nl', 'a@b.nl') RETURNING id`)) as { id: string }[];
    await db.query(`INSERT INTO subscription (subscriber_id, target_type, target_key, commitment_id, status) VALUES ($1, 'commitment', $2, $3, 'confirmed')`, [subscriber.id, `commitment:${ids.onTime}`, ids.onTime]);
    const token = newToken();
    await db.query(`INSERT INTO access_token (token_hash, subscriber_id, purpose) VALUES ($1, $2, 'mail')`, [hashToken(token), subscriber.id]);
    const feed = ical.sync.parseICS((await http.get(`/feeds/abonnee/${token}/termijnen.ics`).expect(200)).text);
    expect(vevents(feed).map((e) => e.uid)).toEqual([`${ids.onTime}@toezegd.test`]);
    await http.get(`/feeds/abonnee/${newToken()}/termijnen.ics`).expect(404);
  });

  it('publishes Atom feeds that parse and escape hostile text', async () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' || name === 'category' });
    const overdue = await http.get('/feeds/over-tijd.atom?ministry=Justitie+en+Veiligheid').expect(200).expect('Content-Type', /application\/atom\+xml/);
    expect(overdue.text).not.toContain('<script>');
    const feed = parser.parse(overdue.text).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    // The deadline moved to 30 June 2021 in the calendar test: not overdue any more on 1 March 2021.
    expect(feed.entry ?? []).toHaveLength(0);

    const kept = parser.parse((await http.get('/feeds/nagekomen.atom').expect(200)).text).feed;
    expect(kept.entry).toHaveLength(1);
    expect(kept.entry[0].link[0]['@_href']).toBe(`http://toezegd.test/toezeggingen/${ids.kept}`);
    expect(kept.entry[0].summary['#text']).toContain('2020D50000');

    const freshXml = (await http.get('/feeds/nieuw.atom?q=informeren').expect(200)).text;
    expect(freshXml).toContain('&lt;script&gt;alert(');
    const fresh = parser.parse(freshXml).feed;
    const hostile = fresh.entry.find((e: { link: { '@_href': string }[] }) => e.link[0]['@_href'].endsWith(ids.hostile));
    expect(hostile.summary['#text']).toBe(HOSTILE);
    expect(fresh.entry.length).toBeGreaterThan(0);
    await http.get('/feeds/onbekend.atom').expect(404);
  });

  it('keeps editor pages behind a login with CSRF-protected forms', async () => {
    const anonymous = await http.get('/redactie').expect(303);
    expect(anonymous.headers.location).toBe('/redactie/inloggen');
    const loginPage = await http.get('/redactie/inloggen').expect(200);
    const nonceCookie = cookiesOf(loginPage).find((c) => c.startsWith('toezegd_login='));
    await http.post('/redactie/inloggen').set('Cookie', nonceCookie ?? '').type('form').send({ _csrf: 'wrong', token: EDITOR_TOKEN }).expect(403);
    await http.post('/redactie/inloggen').set('Cookie', nonceCookie ?? '').type('form').send({ _csrf: csrfIn(loginPage.text), token: 'not-the-token-at-all' }).expect(401);

    const session = await editorLogin(http);
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const queue = await http.get('/redactie').set('Cookie', session).expect(200);
    expect(queue.text).toContain('Wellicht kom ik hierop terug.');
    // A POST without the CSRF token changes nothing.
    await http.post(`/redactie/toezeggingen/${ids.candidate}/accepteren`).set('Cookie', session).type('form').send({}).expect(403);
    await http.post(`/redactie/toezeggingen/${ids.candidate}/bewerken`).set('Cookie', session).type('form')
      .send({ _csrf: csrfIn(queue.text), kind: 'action', ownerRole: 'Staatssecretaris van Financiën', ownerName: '', ministry: 'Financiën', vehicle: '', deadlinePhrase: '' }).expect(303);
    await http.post(`/redactie/toezeggingen/${ids.candidate}/accepteren`).set('Cookie', session).type('form').send({ _csrf: csrfIn(queue.text) }).expect(303);
    const accepted = await http.get(`/api/commitments/${ids.candidate}`).expect(200);
    expect(accepted.body.status).toBe('open');
    expect(accepted.body.owner).toMatchObject({ role: 'Staatssecretaris van Financiën', name: null, ministry: 'Financiën' });
    expect(accepted.body.history.map((e: { type: string; actor: string }) => `${e.type}:${e.actor}`)).toEqual(['created:import', 'edited:editor:redactie', 'status_changed:editor:redactie']);

    const rejectable = await seedCommitment(db, { quote: 'Misschien.', status: 'candidate', confidence: 0.3 });
    await http.post(`/redactie/toezeggingen/${rejectable}/afwijzen`).set('Cookie', session).type('form').send({ _csrf: csrfIn(queue.text) }).expect(303);
    await http.get(`/api/commitments/${rejectable}`).expect(404);
    expect((await http.get(`/api/commitments/${rejectable}`).set('Authorization', `Bearer ${EDITOR_TOKEN}`).expect(200)).body.status).toBe('rejected');

    const bad = await http.post(`/redactie/toezeggingen/${ids.onTime}/nakoming`).set('Cookie', session).type('form').send({ _csrf: csrfIn(queue.text), status: 'fulfilled', letter: '' }).expect(400);
    expect(bad.text).toContain('Vul de brief in');
    await http.post(`/redactie/toezeggingen/${ids.onTime}/nakoming`).set('Cookie', session).type('form')
      .send({ _csrf: csrfIn(queue.text), status: 'fulfilled', letter: '2021D12345', note: 'Brief ontvangen' }).expect(303);
    const kept = await http.get(`/toezeggingen/${ids.onTime}`).expect(200);
    expect(kept.text).toContain('>Nagekomen</span>');
    expect(kept.text).toContain('2021D12345');
  });

  it('marks the session cookie Secure when the public URL is https', async () => {
    const secure = await createTestApp(smtp.url, { PUBLIC_URL: 'https://toezegd.example' });
    try {
      const secureHttp = request(secure.app.getHttpServer());
      expect(await editorLogin(secureHttp)).toMatch(/;\s*Secure/i);
    } finally {
      await secure.close();
    }
  });
});

function vevents(calendar: ical.CalendarResponse): ical.VEvent[] {
  return Object.values(calendar).filter((e): e is ical.VEvent => e?.type === 'VEVENT');
}
