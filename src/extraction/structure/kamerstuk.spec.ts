import { formatKamerstuk, kamerstukCitations, kamerstukInHeader, kamerstukKey, parseKamerstuk } from './kamerstuk';
import { parseHeader } from './header';

// Headers as officielebekendmakingen.nl, berthub.eu/tkconv and openkamer.org print them (verbatim openings).
const OB_LETTER = `31 936 Luchtvaartbeleid

Nr. 724 BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 2 maart 2020

Uw Kamer heeft mij op 11 februari 2020 verzocht om een reactie te geven in het kader van het verslag van het schriftelijk overleg over drie economische studies op het gebied van luchtvaart (Kamerstuk 31 936, nr. 710).`;

const OB_WITH_METADATA = `Kamerstuk

Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer
Tweede Kamer der Staten-Generaal2010-201131936 nr. 82

31 936 Luchtvaartbeleid

Nr. 82 BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN MILIEU

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 1 juli 2011

Hierbij stuur ik u een afschrift van mijn brief aan de heer Alders waarin ik nader in ga op de situatie van het luchtruim rond Lelystad Airport.1 Gezamenlijk met mijn brief over het actieplan luchtverkeersleiding Lelystad Airport (d.d. 15 juni 2011) geef ik hiermee invulling aan de motie Huizing-Haverkamp (31 936, nr. 50).`;

const TWO_DOSSIERS = `29 665 Evaluatie Schipholbeleid

31 936 Luchtvaartbeleid

Nr. 385 BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 17 april 2020`;

const TKCONV = `Stand van zaken tenuitvoerlegging sancties

Rechtsstaat en Rechtsorde

Brief regering

Nummer: 2019D08797, datum: 2019-03-05, bijgewerkt: 2024-02-19 10:56, versie: 3

Directe link naar document (.pdf), link naar pagina op de Tweede Kamer site, officiële HTML versie (kst-29279-494).

Onderdeel van kamerstukdossier 29279 -494 Rechtsstaat en Rechtsorde.

Onderdeel van zaak 2019Z04176:

Tweede Kamer der Staten-Generaal 2
Vergaderjaar 2018-2019

29 279 Rechtsstaat en Rechtsorde

Nr. 494 BRIEF VAN DE MINISTER VOOR RECHTSBESCHERMING

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 5 maart 2019`;

const OPENKAMER = `Kamerstuk 34300-VII-60

Kabinetsreactie op het advies van de Raad voor het openbaar bestuur "Hoe hoort het eigenlijk? Passend contact tussen overheid en burger"

Dossier: Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (VII) voor het jaar 2016

Gepubliceerd: 9 maart 2016
Bron: https://zoek.officielebekendmakingen.nl/kst-34300-VII-60.html
ID: 34300-VII-60

Nr. 60 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES`;


describe('Kamerstuk identity in a header', () => {
  it.each([
    ['officielebekendmakingen letter', OB_LETTER, '31936-724'],
    ['officielebekendmakingen page with its metadata table', OB_WITH_METADATA, '31936-82'],
    ['two dossiers: the number belongs to the first', TWO_DOSSIERS, '29665-385'],
    ['tkconv page', TKCONV, '29279-494'],
    ['openkamer page', OPENKAMER, '34300-VII-60'],
    // rijksbegroting.nl pages
    ['rijksbegroting page', 'Vaststelling begroting Ministerie van Defensie 2020\n\n35300 X 61 BRIEF VAN DE STAATSSECRETARIS VAN DEFENSIE\n\nVergaderjaar 2019-2020\n\nNr. 61', '35300-X-61'],
    ['rijksbegroting page, fund letter', 'Vaststelling begroting Deltafonds voor het jaar 2016\n\n34300 J 32 Brief van de minister van infrastructuur en milieu\n\nVergaderjaar 2015-2016\n\nNr. 32', '34300-J-32'],
  ])('%s', (_name, text, key) => {
    const found = kamerstukInHeader(text);
    expect(found && kamerstukKey(found)).toBe(key);
  });

  it('parseHeader stores it, with the TK number of a tkconv page', () => {
    const header = parseHeader(TKCONV).header;
    expect(header.kamerstuk).toEqual({ dossier: '29279', number: '494' });
    expect(header.documentNumber).toBe('2019D08797');
    expect(header.caseNumber).toBe('2019Z04176');
    expect(header.date).toBe('2019-03-05');
    expect(header.office?.role).toBe('Minister voor Rechtsbescherming');
  });

  it('an openkamer answer page gives its Aanhangsel identity, date and office', () => {
    const page = `Kamervraag 2020Z04985

De ontwerp-Luchtvaartnota

Ingediend 12 maart 2020
Beantwoord 30 maart 2020 (na 18 dagen)
Indiener Thierry Baudet (FVD)
Beantwoord door Cora van Nieuwenhuizen (minister infrastructuur en waterstaat) (VVD)
Onderwerpen luchtvaart verkeer
Bron vraag https://zoek.officielebekendmakingen.nl/kv-tk-2020Z04985.html
Bron antwoord https://zoek.officielebekendmakingen.nl/ah-tk-20192020-2271.html
 • Vraag 1
  Kunt u een inschatting geven wanneer u denkt dat de ontwerp-Luchtvaartnota, die december 2019 verwacht werd, beschikbaar komt voor de Kamer?`;
    const header = parseHeader(page).header;
    expect(header).toMatchObject({ kind: 'answer', appendixNumber: 'ah-tk-20192020-2271', sessionYear: '2019-2020', date: '2020-03-30', kamerstuk: null });
    expect(header.office?.role).toMatch(/^Minister van Infrastructuur en Waterstaat$/i);
  });

  it('an answer in the Aanhangsel is no Kamerstuk, even when it cites one', () => {
    const answer = `Vragen van het lid Erkens (VVD) aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties over overbodige functies (ingezonden 20 december 2024).
Antwoord van Minister Uitermark (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen
4 februari 2025). Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028.
Vraag 1
Zie Kamerstuk 31 490, nr. 12.
Nr. 3 hierover`;
    expect(parseHeader(answer).header.kamerstuk).toBeNull();
  });

  it('a "Nr." paragraph far below a dossier number is not a header', () => {
    expect(kamerstukInHeader('31 936 Luchtvaartbeleid\n\n' + 'tekst '.repeat(300) + '\nNr. 5 van de lijst')).toBeNull();
  });
});

describe('Kamerstuk citations in running text', () => {
  it.each([
    ['(Kamerstuk 31 936, nr. 710)', 'het schriftelijk overleg (Kamerstuk 31 936, nr. 710).', '31936-710'],
    ['(kamerstuk 31936-85)', 'zoals gemeld (kamerstuk 31936-85) is', '31936-85'],
    ['Kamerstukken II with a session', 'Kamerstukken II 2019/20, 35 300 X, nr. 61', '35300-X-61'],
    ['dossier part with a hyphen', 'Kamerstuk 34 775-XVI nr. 152', '34775-XVI-152'],
    ['bare dossier in parentheses', 'de motie Huizing-Haverkamp (31 936, nr. 50).', '31936-50'],
    ['an officielebekendmakingen URL', 'zie https://zoek.officielebekendmakingen.nl/kst-35510-115.html', '35510-115'],
  ])('%s', (_name, text, key) => {
    expect(kamerstukCitations(text).map(kamerstukKey)).toEqual([key]);
  });

  it('reads every one, once, in order', () => {
    const text = 'Mijn brief (Kamerstuk 31 936, nr. 85) en de motie (Kamerstuk 29 665, nr. 300); zie ook Kamerstuk 31 936, nr. 85.';
    expect(kamerstukCitations(text).map(kamerstukKey)).toEqual(['31936-85', '29665-300']);
  });
});

describe('a Kamerstuk as a user types it', () => {
  it.each([
    ['31936-85', '31936-85'],
    ['31 936, nr. 85', '31936-85'],
    ['35300-X-61', '35300-X-61'],
    ['35 300 X, nr. 61', '35300-X-61'],
    ['Kamerstuk 34 775-XVI nr. 152', '34775-XVI-152'],
  ])('%s', (input, key) => {
    const k = parseKamerstuk(input);
    expect(k && kamerstukKey(k)).toBe(key);
  });

  it.each(['2020D27320', 'abc', '31936'])('%s is none', (input) => {
    expect(parseKamerstuk(input)).toBeNull();
  });

  it('prints as the Kamer does', () => {
    expect(formatKamerstuk({ dossier: '35300-X', number: '61' })).toBe('35 300 X, nr. 61');
    expect(formatKamerstuk({ dossier: '31936', number: '85' })).toBe('31 936, nr. 85');
  });
});
