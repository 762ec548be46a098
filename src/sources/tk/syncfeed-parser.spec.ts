import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FeedFormatError, parseFeedPage, skiptokenOf, xmlBoolean } from './syncfeed-parser';

const SHARED = path.join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'tk', 'syncfeed-toezegging-page.constructed.xml');
const OWN = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'tk');
/** Real samples with their sources: test/fixtures/tk-real/README.md. */
const REAL = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'tk-real', 'samples');
const read = (file: string) => readFileSync(file, 'utf8');

describe(parseFeedPage.name, () => {
  it('should read the ns1: prefixed Toezegging page by namespace, with per-entry skiptokens and the deleted entry', () => {
    const file = existsSync(SHARED) ? SHARED : path.join(OWN, 'Toezegging', 'page-1.xml');
    const page = parseFeedPage(read(file));
    expect(page.entries.length).toBeGreaterThanOrEqual(3);
    const [first] = page.entries;
    expect(first.entity).toMatchObject({ type: 'toezegging', deleted: false });
    expect(first.entity?.values.status).toBeDefined();
    expect(first.skiptoken).toMatch(/^\d+$/);
    if (file === SHARED) expect(page.entries[2].entity).toMatchObject({ deleted: true, values: {} });
  });

  it('should read tk:, ns1: and default-namespace documents alike, keeping refs and repeated elements', () => {
    const page = parseFeedPage(read(path.join(OWN, 'Document', 'page-2.xml')));
    expect(page.entries.map((e) => e.entity?.values.soort?.[0])).toEqual([
      'Antwoord schriftelijke vragen', 'Schriftelijke vragen', 'Antwoord schriftelijke vragen',
    ]);
    expect(page.entries[0].entity?.attributes).toMatchObject({ contentType: 'application/pdf' });
    expect(page.entries[1].entity?.refs.zaak).toEqual(['00000000-0000-4000-8000-000000000102']);
    expect(page.entries.map((e) => e.skiptoken)).toEqual(['4004', '4005', '4006']);
    expect(page.next).toBe('4006');
    const repeated = parseFeedPage(read(path.join(OWN, 'Document', 'page-3.xml'))).entries[2].entity;
    expect(repeated?.refs.zaak).toHaveLength(2);
    expect(repeated?.values.nieuwVeld).toEqual(['onbekend element']);
  });

  it('should ignore elements in other namespaces that use the tk prefix name', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title><content type="application/xml">
      <tk:document xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0" xmlns:o="urn:other" id="x" tk:verwijderd="false">
        <tk:soort>Brief regering</tk:soort><o:soort>Motie</o:soort></tk:document></content></entry></feed>`;
    expect(parseFeedPage(xml).entries[0].entity?.values.soort).toEqual(['Brief regering']);
  });

  it('should decode character references in values', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title><content type="application/xml">
      <tk:document xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="x" tk:verwijderd="false">
        <tk:onderwerp>Vragen &#8211; over &#x2019;t &amp; Caf&#233;</tk:onderwerp></tk:document></content></entry></feed>`;
    expect(parseFeedPage(xml).entries[0].entity?.values.onderwerp).toEqual(['Vragen – over ’t & Café']);
  });

  it('should refuse a truncated page instead of reading it as a shorter one', () => {
    const xml = read(path.join(OWN, 'Zaak', 'page-1.xml'));
    expect(() => parseFeedPage(xml.slice(0, xml.length - 40))).toThrow(FeedFormatError);
  });

  it.each([
    ['https://x/Feed?category=Document&skiptoken=20127222', '20127222'],
    ['https://x/Feed?skiptoken=16687327&category=FractieZetelPersoon', '16687327'],
    ['/Feed?category=Zaak', null],
  ])('should read the skiptoken of %s whatever the parameter order', (href, token) => {
    expect(skiptokenOf(href)).toBe(token);
  });
});

describe(xmlBoolean.name, () => {
  it.each([
    ['true', true], ['True', true], ['TRUE', true], ['1', true], [' true ', true],
    ['false', false], ['False', false], ['0', false], ['', false], [undefined, false],
  ])('should read %p as %p', (value, expected) => {
    expect(xmlBoolean(value)).toBe(expected);
  });

  it('should take an entity marked verwijderd="1" or "True" as deleted', () => {
    const entity = (verwijderd: string) =>
      parseFeedPage(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title><content type="application/xml">
        <ns1:toezegging xmlns:ns1="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="x" ns1:verwijderd="${verwijderd}"/></content></entry></feed>`)
        .entries[0].entity;
    expect(entity('1')?.deleted).toBe(true);
    expect(entity('True')?.deleted).toBe(true);
    expect(entity('false')?.deleted).toBe(false);
  });
});

describe(`${parseFeedPage.name} on real entries`, () => {
  const feed = (entries: string) => `<feed xmlns="http://www.w3.org/2005/Atom">${entries}</feed>`;
  const entry = (content: string) => `<entry><title>t</title><content type="application/xml">${content}</content></entry>`;

  it('should read a real entity as the live feed writes it (default tkData namespace, tk: attributes)', () => {
    const entity = parseFeedPage(feed(entry(read(path.join(REAL, 'commissieZetelVastPersoon.parlementaire-monitor.entity.xml'))))).entries[0].entity;
    expect(entity).toMatchObject({
      type: 'commissieZetelVastPersoon', id: 'c8db0181-90e3-4df3-a150-4c004584b160', updated: '2023-08-29T11:09:59Z', deleted: false,
      values: { functie: ['Lid'], van: ['1996-05-07'], totEnMet: ['2006-11-29'] },
      refs: { commissieZetel: ['b668259b-ff96-49b5-9796-9dd303625aaf'], persoon: ['16ed90a7-8b21-43a5-916c-76f07231325a'] },
    });
  });

  it('should find no tkData record in a real entry whose namespaces were stripped, but keep its id and skiptoken', () => {
    const [stripped] = parseFeedPage(feed(read(path.join(REAL, 'fractieZetelPersoon.wetsuite.entry.ns-stripped.xml')))).entries;
    expect(stripped).toMatchObject({ title: '808fcd50-a0dc-4f60-8b9d-c404a2eb5b2e', skiptoken: '16687327', entity: null });
  });

  it('should read the verwijderd values of the real entries WetSuite printed as the booleans they are', () => {
    const dicts = read(path.join(REAL, 'wetsuite-entry-dicts.txt'));
    const entries = [...dicts.matchAll(/'id': '([0-9a-f-]{36})',[\s\S]*?'verwijderd': '(\w+)'|'verwijderd': '(\w+)'[\s\S]*?'id': '([0-9a-f-]{36})'/g)];
    expect(entries.length).toBeGreaterThanOrEqual(5);
    const page = feed(
      entries
        .map((m) => ({ id: m[1] ?? m[4], verwijderd: m[2] ?? m[3] }))
        .map(({ id, verwijderd }) => entry(`<tk:x xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="${id}" tk:verwijderd="${verwijderd}"/>`))
        .join(''),
    );
    const deleted = Object.fromEntries(parseFeedPage(page).entries.map((e) => [e.entity?.id, e.entity?.deleted]));
    // The two Document entries of cell 15 are deletions; the Zaal, Fractie, Persoon and Kamerstukdossier entries are live.
    expect(deleted).toMatchObject({ 'd1bd5ec5-72fb-4702-8115-b6d24b552cdb': true, '3f75d7c1-379e-4241-9f82-539d244887ff': true, 'c7822b58-103f-4612-87ef-648be97192c6': false });
    expect(Object.values(deleted).filter(Boolean)).toHaveLength(2);
  });
});
