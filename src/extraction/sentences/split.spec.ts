import { splitSentences } from './split';
import { findNoise } from '../structure/noise';
import { cleanText } from '../text/clean';

function split(text: string): string[] {
  const noise = findNoise(text);
  return splitSentences(text, 0, text.length, noise).map((s) => text.slice(s.start, s.end));
}

describe('sentence splitting', () => {
  it.each([
    ['abbreviations', 'Dit geldt o.a. voor scholen, bijv. in het mbo. De regeling (art. 3) blijft.', ['Dit geldt o.a. voor scholen, bijv. in het mbo.', 'De regeling (art. 3) blijft.']],
    ['numbers and nr.', 'Zie Kamerstuk 29 383, nr. 406. Het gaat om 12.500 meldingen.', ['Zie Kamerstuk 29 383, nr. 406.', 'Het gaat om 12.500 meldingen.']],
    ['jl. ending a sentence', 'De brief is verstuurd op 3 maart jl. Ik kom daarop terug.', ['De brief is verstuurd op 3 maart jl.', 'Ik kom daarop terug.']],
    ['jl. inside a sentence', 'In mijn brief van 3 maart jl. heb ik dat gemeld.', ['In mijn brief van 3 maart jl. heb ik dat gemeld.']],
    ['initials', 'Getekend door J.J.M. de Vries. Daarna volgt overleg.', ['Getekend door J.J.M. de Vries.', 'Daarna volgt overleg.']],
    ['glued sentences', 'Dat is afgerond.Ik zal u informeren.', ['Dat is afgerond.', 'Ik zal u informeren.']],
    ['quotes', 'Het rapport heet «Niet alles kan.» Ik reageer later.', ['Het rapport heet «Niet alles kan.»', 'Ik reageer later.']],
    ['question marks', 'Klopt dat? Zo ja, waarom?', ['Klopt dat?', 'Zo ja, waarom?']],
    ['footnote digits after the stop', 'Dit is een pilot.3 Vanaf 2020 loopt het.', ['Dit is een pilot.3', 'Vanaf 2020 loopt het.']],
    ['blank line', 'Een kop zonder punt\n\nDe tekst begint hier.', ['Een kop zonder punt', 'De tekst begint hier.']],
    ['list letter', 'l. een miljoen extra huizen;\nm. meer sociale huur.', ['l. een miljoen extra huizen;\nm. meer sociale huur.']],
    ['c.s. before a reference', 'In de brief over de motie Jansen c.s. (Kamerstuk 12 345, nr. 6) ga ik hierop in.', ['In de brief over de motie Jansen c.s. (Kamerstuk 12 345, nr. 6) ga ik hierop in.']],
    ['c.s. ending a sentence', 'Dat vroeg de motie Jansen c.s. Ik kom daarop terug.', ['Dat vroeg de motie Jansen c.s.', 'Ik kom daarop terug.']],
    ['ellipsis', 'Het gaat om … en meer. Dat klopt.', ['Het gaat om … en meer.', 'Dat klopt.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('runs a sentence across a page footer and keeps the quote exact', () => {
    const text = 'Ik zal uw Kamer voor de\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2\nzomer informeren. Daarna volgt meer.';
    const noise = findNoise(text);
    const spans = splitSentences(text, 0, text.length, noise);
    expect(spans).toHaveLength(2);
    expect(cleanText(text, spans[0].start, spans[0].end, noise)).toBe('Ik zal uw Kamer voor de zomer informeren.');
  });

  it('rejoins hyphenated words and drops glued footnote markers when cleaning', () => {
    const text = 'Uw Kamer wordt hierover geïnfor-\nmeerd in de voortgangsbrief4.';
    expect(cleanText(text, 0, text.length, [])).toBe('Uw Kamer wordt hierover geïnformeerd in de voortgangsbrief.');
  });

  it('cuts a sentence without an end into bounded pieces', () => {
    const text = 'woord '.repeat(2000);
    const spans = splitSentences(text, 0, text.length, []);
    expect(spans.length).toBeGreaterThan(1);
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(3002);
  });
});
