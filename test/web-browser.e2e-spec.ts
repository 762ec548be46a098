import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { linkIn, SmtpSink } from './support/smtp-sink';
import { createTestApp, EDITOR_TOKEN, PUBLIC_URL, TestApp } from './support/test-app';
import { seedCommitment, seedDocument } from './support/web-seed';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = path.join(__dirname, '..', 'test-artifacts', 'screenshots');
const describeInBrowser = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) {
  console.warn(`SKIPPED: browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
}

/** Real headless Chromium against the app on a real port: a visitor and an editor, end to end. */
describeInBrowser('in a real browser', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let commitmentId: string;
  let documentId: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await smtp.start();
    t = await createTestApp(smtp.url);
    t.clock.set(new Date('2021-03-01T10:00:00Z'));
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const db = t.app.get(DataSource);
    const text = 'Vraag 1\nWanneer krijgt de Kamer de voortgangsbrief?\nAntwoord 1\nIk zal uw Kamer voor de zomer informeren in de voortgangsbrief mensenhandel. Dat doe ik graag.';
    const start = text.indexOf('Ik zal');
    const end = text.indexOf(' Dat doe');
    documentId = await seedDocument(db, {
      text, number: '2020D27320', title: 'Antwoord op vragen over mensenhandel', caseNumber: '2020Z09415', ministry: 'Justitie en Veiligheid',
      blocks: [{ label: '1', question: { start: 8, end: 57 }, answer: { start: 69, end: text.length } }],
    });
    commitmentId = await seedCommitment(db, {
      documentId, quote: text.slice(start, end), startOffset: start, endOffset: end, due: '2020-07-02', deadlinePhrase: 'voor de zomer',
      dueExplanation: 'dag voor het zomerreces 2020', vehicle: 'voortgangsbrief mensenhandel', ownerRole: 'Staatssecretaris van Justitie en Veiligheid', ownerName: 'Broekers-Knol',
    });
    await seedCommitment(db, { quote: 'Ik stuur uw Kamer in het najaar de evaluatie van de stikstofaanpak.', ministry: 'Landbouw, Natuur en Voedselkwaliteit', ownerRole: 'Minister van LNV', due: '2021-12-20' });
    await seedCommitment(db, { quote: 'De evaluatie van de kansspelwet volgt.', due: '2020-10-01', status: 'fulfilled', fulfilledAt: '2020-12-01T10:00:00Z', fulfillingLetter: '2020D50000' });
    profile = mkdtempSync(path.join(os.tmpdir(), 'toezegd-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    });
    browser = context.browser() as Browser;
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    void browser;
    rmSync(profile, { recursive: true, force: true });
    await t.close();
    await smtp.stop();
  });

  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

  it('lets a visitor search, open a commitment, subscribe and confirm by mail', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shot('overzicht');

    await page.getByLabel('Zoek in toezeggingen').fill('voortgangsbrief');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/toezeggingen\?q=voortgangsbrief/);
    expect(await page.getByRole('status').textContent()).toMatch(/1\s+toezegging/);
    await shot('toezeggingen');

    await page.getByRole('link', { name: /voortgangsbrief mensenhandel/ }).first().click();
    await page.waitForURL(`${base}/toezeggingen/${commitmentId}`);
    expect(await page.locator('mark').first().textContent()).toContain('Ik zal uw Kamer voor de zomer informeren');
    await shot('toezegging');

    await page.getByLabel('Uw e-mailadres').fill('journalist@example.nl');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { name: 'Controleer uw e-mail' }).waitFor();

    await smtp.waitForCount(1);
    const confirmUrl = linkIn(smtp.mails[0].text, `${PUBLIC_URL}/subscriptions/confirm?token=`);
    await page.goto(base + confirmUrl.slice(PUBLIC_URL.length));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Aanmelding bevestigd');

    await page.goto(`${base}/ministeries/justitie-en-veiligheid`);
    await page.getByRole('heading', { name: 'Scorebord' }).waitFor();
    await shot('ministerie');
    await page.goto(`${base}/documenten/${documentId}`);
    await shot('document');
  });

  it('lets an editor log in and mark the commitment fulfilled; the page shows it', async () => {
    await page.goto(`${base}/redactie`);
    await page.waitForURL(`${base}/redactie/inloggen`);
    await page.getByLabel('Redactiesleutel').fill(EDITOR_TOKEN);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(`${base}/redactie`);
    await shot('redactie');

    await page.goto(`${base}/redactie/toezeggingen/${commitmentId}`);
    await page.getByLabel('Uitkomst').selectOption('fulfilled');
    await page.getByLabel(/^Brief/).fill('2021D12345');
    await page.getByLabel('Toelichting').fill('Voortgangsbrief ontvangen');
    await page.getByRole('button', { name: 'Nakoming opslaan' }).click();
    await page.waitForURL(`${base}/toezeggingen/${commitmentId}?gedaan=nakoming`);
    expect(await page.locator('#gedaan').textContent()).toBe('De nakoming is opgeslagen.');
    expect(await page.locator('#status').textContent()).toBe('Nagekomen');
    expect(await page.getByRole('link', { name: '2021D12345' }).count()).toBe(1);
    await shot('toezegging-nagekomen');
  });

  it('is usable by keyboard: the skip link is the first stop and moves focus to the content', async () => {
    await page.goto(`${base}/toezeggingen`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('inhoud');
    await page.setViewportSize({ width: 375, height: 800 });
    await shot('toezeggingen-mobiel');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
  });
});
