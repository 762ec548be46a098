import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { hashToken, newToken } from '../src/common/tokens';
import { DocumentImportService } from '../src/importing/document-import.service';
import { linkIn, SmtpSink } from './support/smtp-sink';
import { createTestApp, EDITOR_TOKEN, PUBLIC_URL, TestApp } from './support/test-app';
import { seedCommitment, seedDocument } from './support/web-seed';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = path.join(__dirname, '..', 'test-artifacts', 'screenshots');
// `SCREENSHOT_SET=before` when the same pages are shot on older code for a comparison.
const SET = process.env.SCREENSHOT_SET ?? 'after';
const describeInBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

/** An answer as it comes out of the PDF: page header, footnote marker and the asking MP in its heading. */
export const ARRIVA_TEXT = [
  'Aanhangsel van de Handelingen',
  'Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden',
  'Vragen van het lid De Hoop (PvdA) aan de minister van Infrastructuur en Waterstaat over de treinen van Arriva in Groningen (ingezonden 26 mei 2020).',
  'Vraag 1',
  'Bent u bekend met de uitval van treinen van Arriva in het noorden?',
  'Antwoord 1',
  'Ja. De uitval is vervelend voor de reizigers1. Ik zal uw Kamer voor de zomer informeren over de maatregelen van Arriva. Daartoe ben ik zeker bereid.',
  'Tweede Kamer, vergaderjaar 2019-2020, aanhangsel 3349 1',
].join('\n');

export interface JournalistSeed {
  documentId: string;
  promisedId: string;
  defaultId: string;
  manageToken: string;
}

/** A promise with a date, one without (default term), and a subscriber with a manage link. */
export async function seedJournalistData(db: DataSource): Promise<JournalistSeed> {
  const text = ARRIVA_TEXT;
  const answerStart = text.indexOf('Ja. De uitval');
  const promised = 'Ik zal uw Kamer voor de zomer informeren over de maatregelen van Arriva.';
  const bare = 'Daartoe ben ik zeker bereid.';
  const documentId = await seedDocument(db, {
    text, number: '2020D27320', title: 'antwoord_op_vragen_arriva', caseNumber: '2020Z09415', ministry: 'Infrastructuur en Waterstaat', date: '2020-06-30',
    blocks: [{ label: '1', question: { start: text.indexOf('Bent u'), end: text.indexOf('Antwoord 1') - 1 }, answer: { start: answerStart, end: text.indexOf('\nTweede Kamer') } }],
  });
  await db.query(`UPDATE document SET session_year = '2019-2020', appendix_number = '3349' WHERE id = $1`, [documentId]);
  const promisedId = await seedCommitment(db, {
    documentId, quote: promised, startOffset: text.indexOf(promised), endOffset: text.indexOf(promised) + promised.length,
    due: '2020-07-02', deadlinePhrase: 'voor de zomer', dueExplanation: 'dag voor het zomerreces 2020', vehicle: null,
    ownerRole: 'Minister van Infrastructuur en Waterstaat', ownerName: 'Van Nieuwenhuizen', ministry: 'Infrastructuur en Waterstaat',
  });
  const defaultId = await seedCommitment(db, {
    documentId, quote: bare, startOffset: text.indexOf(bare), endOffset: text.indexOf(bare) + bare.length, kind: 'action',
    due: null, effectiveDue: '2020-09-28', ownerRole: 'Minister van Infrastructuur en Waterstaat', ownerName: 'Van Nieuwenhuizen', ministry: 'Infrastructuur en Waterstaat',
  });
  const [subscriber] = (await db.query(`INSERT INTO subscriber (email, email_normalized) VALUES ('journalist@example.nl', 'journalist@example.nl') RETURNING id`)) as { id: string }[];
  for (const id of [promisedId, defaultId]) {
    await db.query(`INSERT INTO subscription (subscriber_id, target_type, target_key, commitment_id, status, confirmed_at) VALUES ($1, 'commitment', $2, $3, 'confirmed', now())`, [subscriber.id, `commitment:${id}`, id]);
  }
  const manageToken = newToken();
  await db.query(`INSERT INTO access_token (token_hash, subscriber_id, purpose) VALUES ($1, $2, 'mail')`, [hashToken(manageToken), subscriber.id]);
  return { documentId, promisedId, defaultId, manageToken };
}

/** Home, a commitment page, the manage page and a 404, in Chromium at desktop width and at 390 px. */
describeInBrowser('what a journalist sees, in a real browser', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let seed: JournalistSeed;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await smtp.start();
    t = await createTestApp(smtp.url);
    t.clock.set(new Date('2026-12-03T10:00:00Z'));
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    seed = await seedJournalistData(t.app.get(DataSource));
    profile = mkdtempSync(path.join(os.tmpdir(), 'toezegd-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    await t.close();
    await smtp.stop();
  });

  it('shoots home, a commitment page, the manage page and a 404 at desktop and 390 px', async () => {
    const pages: [string, string][] = [
      ['home', '/'],
      ['toezegging', `/toezeggingen/${seed.promisedId}`],
      ['beheer', `/subscriptions/manage?token=${seed.manageToken}`],
      ['404', '/bestaat-niet'],
    ];
    for (const [width, label] of [[1280, 'desktop'], [390, 'mobiel']] as const) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, url] of pages) {
        await page.goto(base + url);
        await page.screenshot({ path: path.join(SCREENSHOTS, `${SET}-${name}-${label}.png`), fullPage: true });
      }
    }
  });

  const logIn = async () => {
    await page.goto(`${base}/redactie/inloggen`);
    await page.getByLabel('Redactiesleutel').fill(EDITOR_TOKEN);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(`${base}/redactie`);
  };

  it('1. saves with Enter on the manage page; unsubscribing is a separate danger button and can be undone', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/subscriptions/manage?token=${seed.manageToken}`);
    const days = page.getByLabel('Aantal dagen vooraf').first();
    await days.fill('3');
    await days.press('Enter');
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').textContent()).toContain('Uw voorkeuren zijn opgeslagen.');
    expect(await page.getByLabel('Aantal dagen vooraf').count()).toBe(2);
    expect(await page.getByLabel('Aantal dagen vooraf').first().inputValue()).toBe('3');

    const unsubscribe = page.getByRole('button', { name: 'Afmelden voor deze melding' }).first();
    expect(await unsubscribe.getAttribute('class')).toContain('danger');
    await unsubscribe.click();
    await page.getByRole('button', { name: 'Ongedaan maken' }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain('U bent afgemeld voor deze melding.');
    expect(await page.getByLabel('Aantal dagen vooraf').count()).toBe(1);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByText('De melding is weer actief.').waitFor();
    expect(await page.getByLabel('Aantal dagen vooraf').count()).toBe(2);
  });

  it('1. tells the editor what happened when a candidate is rejected', async () => {
    const candidate = await seedCommitment(t.app.get(DataSource), { quote: 'Wellicht kom ik hierop terug.', status: 'candidate', confidence: 0.3 });
    await logIn();
    await page.getByRole('button', { name: 'Afwijzen' }).click();
    await page.waitForURL(`${base}/redactie?beoordeeld=${candidate}#gedaan`);
    expect(await page.locator('#gedaan').textContent()).toContain('Afgewezen: «Wellicht kom ik hierop terug.» telt niet als toezegging');
  });

  it('2. labels a default deadline as such and keeps it out of "over tijd"; the scoreboard says what it ranks by', async () => {
    await page.goto(`${base}/toezeggingen/${seed.defaultId}`);
    expect(await page.locator('#status').textContent()).toMatch(/^Openstaand; standaardtermijn \d+ dagen verstreken$/);
    expect(await page.locator('#termijn-soort').textContent()).toBe('geen termijn genoemd; standaard 3 maanden');

    await page.goto(`${base}/`);
    const overdue = page.locator('.stats li.overdue strong');
    expect(await overdue.textContent()).toBe('1');
    expect(await page.locator('.stats li.past-term').textContent()).toMatch(/^1 zonder genoemde termijn/);
    expect(await page.locator('table[aria-labelledby="over-tijd"] tbody tr').count()).toBe(1);
    expect(await page.locator('figcaption').textContent()).toContain('Gerangschikt op het aantal toezeggingen over tijd');
    expect(await page.locator('figure svg[role="img"]').first().getAttribute('aria-label')).toBe(
      'Infrastructuur en Waterstaat: 0 openstaand op tijd, 1 over tijd, 1 zonder genoemde termijn verstreken, 0 nagekomen; mediane vertraging 2345 dagen',
    );

    await page.goto(`${base}/toezeggingen?overdue=true`);
    expect(await page.getByRole('status').textContent()).toMatch(/^1\s+toezegging\b/);
    await page.getByLabel('Termijn', { exact: true }).selectOption('default');
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.waitForURL(/deadline=default/);
    expect(await page.locator('.list .badge').first().textContent()).toMatch(/standaardtermijn/);
  });

  it("3. records the letter's date as the day the promise was kept; lateness follows from it", async () => {
    await logIn();
    await page.goto(`${base}/redactie/toezeggingen/${seed.promisedId}`);
    await page.getByLabel('Uitkomst').selectOption('fulfilled');
    await page.getByLabel(/^Brief/).fill('2021D12345');
    await page.getByLabel('Datum van de brief').fill('2021-03-12');
    await page.getByRole('button', { name: 'Nakoming opslaan' }).click();
    await page.waitForURL(/gedaan=nakoming/);
    // Due 2 July 2020, letter of 12 March 2021: 253 days late, whatever day the editor clicked (3 December 2026).
    expect(await page.locator('#nagekomen').textContent()).toMatch(/^met een brief van 12 maart 2021 \(253 dagen na de termijn\)vastgelegd op 3 december 2026/);
    // Kept: no invitation to hear when it is late.
    expect(await page.locator('#email-hulp').textContent()).not.toContain('over tijd');
  });

  it('forms are checked by their DTOs with Dutch messages on a page', async () => {
    await logIn();
    await page.goto(`${base}/redactie/toezeggingen/${seed.defaultId}`);
    await page.getByLabel('Uitkomst').selectOption('fulfilled');
    await page.getByLabel(/^Brief/).fill('geen brief');
    await page.getByRole('button', { name: 'Nakoming opslaan' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ongeldige invoer');
    expect(await page.getByRole('alert').textContent()).toMatch(/^Onbekende brief: geef een documentnummer/);
  });

  it('4. finds promises by their question, answer, title and askers, marks the words and says where it matched', async () => {
    await page.goto(`${base}/`);
    await page.getByLabel('Zoek in toezeggingen').fill('uitval');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=uitval/);
    expect(await page.getByRole('status').textContent()).toMatch(/^2\s+toezeggingen/);
    const found = page.locator('.found').filter({ hasText: 'vraag' }).first();
    expect(await found.textContent()).toMatch(/^Gevonden in de vraag, het antwoord: …/);
    expect(await found.locator('mark').first().textContent()).toBe('uitval');

    await page.goto(`${base}/toezeggingen?q=Hoop`);
    expect(await page.locator('.found').first().textContent()).toContain('de vragenstellers');
    await page.goto(`${base}/toezeggingen?q=maatregelen`);
    expect(await page.locator('.list mark').first().textContent()).toBe('maatregelen');
    expect(await page.locator('.found').first().textContent()).toMatch(/^Gevonden in de toezegging/);
  });

  it('5. names the askers and the official source, and says the same status on the document page', async () => {
    await page.goto(`${base}/toezeggingen/${seed.defaultId}`);
    expect(await page.locator('#vragenstellers').textContent()).toBe('De Hoop (PvdA)');
    expect(await page.locator('#officieel a').getAttribute('href')).toBe('https://zoek.officielebekendmakingen.nl/ah-tk-20192020-3349.html');
    expect(await page.locator('#officieel a').textContent()).toBe('Aanhangsel van de Handelingen 2019-2020, nr. 3349');
    const status = await page.locator('#status').textContent();

    await page.goto(`${base}/documenten/${seed.documentId}`);
    const item = page.locator('li').filter({ has: page.locator(`a[href="/toezeggingen/${seed.defaultId}"]`) }).first();
    expect(await item.locator('.badge').textContent()).toBe(status);
    expect(await page.locator('#vragenstellers').textContent()).toBe('Gevraagd door De Hoop (PvdA)');
  });

  it('6. shows clean excerpts and the document\'s own title, never an id or a file name', async () => {
    await page.goto(`${base}/toezeggingen/${seed.defaultId}`);
    const answer = await page.locator('blockquote mark').locator('..').textContent();
    expect(answer).toContain('vervelend voor de reizigers. Ik zal');
    expect(answer).not.toMatch(/aanhangsel 3349|reizigers1/i);
    const source = page.locator(`a[href="/documenten/${seed.documentId}"]`).first();
    expect(await source.textContent()).toBe('Vragen van het lid De Hoop (PvdA) aan de minister van Infrastructuur en Waterstaat over de treinen van Arriva in Groningen');
    await page.goto(`${base}/documenten/${seed.documentId}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Vragen van het lid De Hoop/);
    await page.goto(`${base}/toezeggingen`);
    expect(await page.locator(`.list a[href="/documenten/${seed.documentId}"]`).first().textContent()).not.toMatch(/2020D27320|_/);
  });

  it('7. files a minister without portfolio under the department, keeping the office', async () => {
    const letter = [
      'Nr. 3 BRIEF VAN DE MINISTER VOOR MEDISCHE ZORG',
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      'Den Haag, 18 september 2020',
      'De reactie op uw brief kan tot mijn spijt niet binnen de gebruikelijke termijn worden beantwoord.',
      'De reden van het uitstel is dat de beantwoording meer tijd kost dan voorzien. We verwachten deze eind oktober te kunnen sturen.',
      'De Minister voor Medische Zorg,',
      'T. van Ark',
    ].join('\n');
    await t.app.get(DocumentImportService).importText(letter, { source: 'file', date: '2020-09-18', title: 'Uitstel reactie medische industrie' }, 'import');
    await page.goto(`${base}/toezeggingen?q=eind+oktober`);
    await page.locator('.list a').first().click();
    await page.waitForURL(/\/toezeggingen\/[0-9a-f-]{36}$/);
    const who = await page.locator('dt:has-text("Wie beloofde het") + dd').textContent();
    expect(who).toContain('Minister voor Medische Zorg');
    expect(who).toContain('(ministerie van Volksgezondheid, Welzijn en Sport)');

    await page.goto(`${base}/toezeggingen`);
    const ministries = await page.locator('#f-ministry option').allTextContents();
    expect(ministries).toContain('Volksgezondheid, Welzijn en Sport');
    expect(ministries).not.toContain('Medische Zorg');
    expect((await page.goto(`${base}/ministeries/medische-zorg`))?.status()).toBe(404);
  });

  it('8. leaves no dead ends: Dutch 404 and 400 pages in the layout (JSON under /api), links from the confirmation, tables readable at 390 px', async () => {
    const missing = await page.goto(`${base}/bestaat-niet`);
    expect(missing?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Niet gevonden');
    expect(await page.getByRole('link', { name: 'Naar het overzicht' }).count()).toBe(1);
    await page.goto(`${base}/toezeggingen/geen-id`);
    expect(await page.getByRole('alert').textContent()).toBe('Deze pagina bestaat niet.');
    await page.goto(`${base}/toezeggingen/00000000-0000-4000-8000-000000000000`);
    expect(await page.getByRole('alert').textContent()).toBe('Deze toezegging bestaat niet (meer).');
    const bad = await page.goto(`${base}/toezeggingen?year=abc`);
    expect(bad?.status()).toBe(400);
    expect(await page.getByRole('alert').textContent()).toBe('Het jaar moet een getal tussen 1900 en 2200 zijn.');
    const api = await page.goto(`${base}/api/bestaat-niet`);
    expect(api?.status()).toBe(404);
    expect(api?.headers()['content-type']).toMatch(/application\/json/);

    // Subscribe, then the confirmation mail and page lead to the promise and to the manage page.
    await page.goto(`${base}/toezeggingen/${seed.defaultId}`);
    await page.getByLabel('Uw e-mailadres').fill('staf@example.nl');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { name: 'Controleer uw e-mail' }).waitFor();
    // Other mails (the fulfilled notice of test 3) may come first: wait until one more than before is for this address.
    for (let count = smtp.mails.length + 1; smtp.to('staf@example.nl').length === 0; count++) await smtp.waitForCount(count);
    const mail = smtp.to('staf@example.nl')[0];
    expect(mail.text).toContain(`${PUBLIC_URL}/toezeggingen/${seed.defaultId}`);
    const confirm = linkIn(mail.text, `${PUBLIC_URL}/subscriptions/confirm?token=`);
    await page.goto(base + confirm.slice(PUBLIC_URL.length));
    expect(await page.locator(`main a[href="/toezeggingen/${seed.defaultId}"]`).count()).toBe(1);
    await page.locator('#beheren').click();
    await page.getByRole('heading', { name: 'Meldingen beheren' }).waitFor();

    // At 390 px the overdue table stacks: nothing scrolls sideways, the ministry is on screen.
    await seedCommitment(t.app.get(DataSource), {
      quote: 'Ik zal uw Kamer voor het einde van het jaar informeren over de voortgang van de aanpak van de stikstofproblematiek.',
      due: '2025-12-31', ministry: 'Landbouw, Visserij, Voedselzekerheid en Natuur', ownerRole: 'Minister van Landbouw, Visserij, Voedselzekerheid en Natuur',
      vehicle: 'voortgangsbrief stikstof',
    });
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(`${base}/`);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const ministry = page.locator('table.stack td[data-label="Ministerie"]').first();
    const box = await ministry.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
