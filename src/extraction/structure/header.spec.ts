import { parseHeader } from './header';
import { buildBlocks, findHeadings } from './blocks';
import { findNoise } from './noise';

const ANSWER = `Tweede Kamer der Staten-Generaal 2
Vergaderjaar 2021–2022 Aanhangsel van de Handelingen
Vragen gesteld door de leden der Kamer, met de daarop door de
regering gegeven antwoorden
2187
Vragen van de leden Pieters, Van der Laan en De Groot (allen PvdA) aan de
Minister van Sociale Zaken en Werkgelegenheid over het bericht «Meer
mensen in de schulden» (ingezonden 2 maart 2022).
Antwoord van Minister Hendriks (Sociale Zaken en Werkgelegenheid), mede
namens de Staatssecretaris van Financiën (ontvangen 28 maart 2022). Zie ook
Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 1902.
Vraag 1
Bent u bekend met het bericht?
Antwoord 1
Ja.
Vraag 2 en 3
Hoeveel huishoudens hebben problematische schulden? Bent u bereid de Kamer te informeren over de aanpak?
Antwoord 2 en 3
Ik zal uw Kamer voor de zomer informeren over de aanpak (2022Z04411).
ah-tk-20212022-2187
ISSN 0921 - 7398’s-Gravenhage 2022Tweede Kamer, vergaderjaar 2021–2022, Aanhangsel 1Antwoord op vraag 4
Nee.
`;

const LETTER = `34 104 Langdurige zorg

Nr. 512 BRIEF VAN DE MINISTER VOOR LANGDURIGE ZORG EN SPORT

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 21 februari 2022

Hierbij stuur ik u de monitor. Ik zal uw Kamer in het najaar opnieuw informeren.

De Minister voor Langdurige Zorg en Sport,
C. Dekker
`;

const NOTICE = `Vragen van het lid Smit (VVD) aan de Minister van Defensie over de kazernes (ingezonden 4 januari 2023).

Mededeling van Minister Ooms (Defensie) (ontvangen 25 januari 2023).

Vraag 1

Klopt het bericht?

Mededeling

De vragen van het lid Smit kunnen niet binnen de gebruikelijke termijn worden beantwoord.
`;

describe('header parsing', () => {
  const { header } = parseHeader(ANSWER);
  it.each([
    ['kind', header.kind, 'answer'],
    ['appendixNumber', header.appendixNumber, 'ah-tk-20212022-2187'],
    ['sessionYear', header.sessionYear, '2021-2022'],
    ['received', header.received, '2022-03-28'],
    ['office.role', header.office?.role, 'Minister van Sociale Zaken en Werkgelegenheid'],
    ['office.name', header.office?.name, 'Hendriks'],
    ['coSigner', header.coSigners[0]?.role, 'Staatssecretaris van Financiën'],
    ['caseNumber', header.caseNumber, null],
  ])('answer: %s', (_field, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('answer: askers and title', () => {
    expect(header.askers).toEqual(['Pieters', 'Van der Laan', 'De Groot']);
    expect(header.title).toBe('«Meer mensen in de schulden»');
  });

  const letter = parseHeader(LETTER).header;
  it.each([
    ['kind', letter.kind, 'letter'],
    ['date', letter.date, '2022-02-21'],
    ['office.role', letter.office?.role, 'Minister voor Langdurige Zorg en Sport'],
    ['office.name', letter.office?.name, 'C. Dekker'],
  ])('letter: %s', (_field, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  const notice = parseHeader(NOTICE).header;
  it.each([
    ['kind', notice.kind, 'postponement'],
    ['received', notice.received, '2023-01-25'],
    ['office.role', notice.office?.role, 'Minister van Defensie'],
  ])('notice: %s', (_field, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('the received option wins over the header date', () => {
    expect(parseHeader(ANSWER, '2022-04-01').header.received).toBe('2022-04-01');
  });
});

describe('question/answer blocks', () => {
  const noise = findNoise(ANSWER);
  const blocks = buildBlocks(ANSWER, findHeadings(ANSWER, noise), ANSWER.length);
  it.each([
    [0, '1', 'Bent u bekend met het bericht?', 'Ja.'],
    [1, '2 en 3', 'Hoeveel huishoudens', 'Ik zal uw Kamer'],
    [2, '4', null, 'Nee.'],
  ])('block %i has label %s', (i, label, q, a) => {
    const b = blocks[i];
    expect(b.label).toBe(label);
    if (q === null) expect(b.question).toBeNull();
    else expect(ANSWER.slice(b.question!.start, b.question!.end).trim().startsWith(q)).toBe(true);
    expect(ANSWER.slice(b.answer!.start, b.answer!.end).trim().startsWith(a)).toBe(true);
  });

  it('finds headings in one-line text', () => {
    const flat = 'nr. 403 Vraag 1 Kent u het bericht? Antwoord 1 Ja. Vraag 2 Wat vindt u ervan? Antwoord 2 Ik zal het onderzoeken.';
    expect(findHeadings(flat, []).map((h) => `${h.kind}:${h.label}`)).toEqual(['question:1', 'answer:1', 'question:2', 'answer:2']);
  });

  it('splits documents without answer headings at the first blank line', () => {
    const ok = '• Vraag 1\nKent u het bericht?\n\nJa, dat ken ik.\n\n• Vraag 2\nWat gaat u doen?\n\nIk ga in gesprek.';
    const b = buildBlocks(ok, findHeadings(ok, []), ok.length);
    expect(b.map((x) => ok.slice(x.answer!.start, x.answer!.end).trim())).toEqual(['Ja, dat ken ik.', 'Ik ga in gesprek.']);
  });
});

describe('page furniture', () => {
  it('marks footers, document ids and footnotes as noise', () => {
    const noise = findNoise(ANSWER).map((n) => ANSWER.slice(n.start, n.end));
    expect(noise).toEqual(expect.arrayContaining(['ah-tk-20212022-2187', 'ISSN 0921 - 7398’s-Gravenhage 2022Tweede Kamer, vergaderjaar 2021–2022, Aanhangsel 1']));
  });
});

describe('role of a Minister without a department', () => {
  const answer = (to: string, by: string) => `Vragen van het lid Kok (GL) aan de ${to} over de wachttijden bij de GGZ (ingezonden 4 maart 2024).
Antwoord van Minister Smit (${by}) (ontvangen 2 april 2024).
Vraag 1
Hoe lang zijn de wachttijden?
Antwoord 1
Dat verschilt per regio.
`;

  it.each([
    // addressed to the Minister voor …, answered under the department's name
    ['Minister voor Jeugd en Preventie', 'Volksgezondheid, Welzijn en Sport', 'Minister voor Jeugd en Preventie'],
    // the portfolio is written as "Minister voor …" in the header: keep it, whether or not it is in a list
    ['Minister voor Klimaat en Groene Groei', 'Klimaat en Groene Groei', 'Minister voor Klimaat en Groene Groei'],
    // a department named with "van" stays "van", even when its name starts like a known portfolio
    ['Minister van Onderwijs, Cultuur en Wetenschap', 'Onderwijs, Cultuur en Wetenschap', 'Minister van Onderwijs, Cultuur en Wetenschap'],
    ['Minister van Financiën', 'Financiën', 'Minister van Financiën'],
  ])('aan de %s, answered as (%s) → %s', (to, by, role) => {
    expect(parseHeader(answer(to, by)).header.office!.role).toBe(role);
  });

  it('keeps the department of a minister addressed together with another one', () => {
    const text = answer('Minister voor Jeugd en Preventie en de Minister van Financiën', 'Volksgezondheid, Welzijn en Sport');
    expect(parseHeader(text).header.office!.role).toBe('Minister van Volksgezondheid, Welzijn en Sport');
  });
});
