import { GENERIC, KAMER, PAST_MAIN, RECURRING, REPORT_VERB, word } from './lexicon';
import { PatternScreen, screened } from './pattern-screen';

const wordsOf = (s: string) => s.match(/[\p{L}\d]+(?:[-'’][\p{L}\d]+)*/gu) ?? [];
const screenOf = (s: string) => new PatternScreen(wordsOf(s));

describe('PatternScreen: a regex is only tried on sentences whose words could hold a match', () => {
  const CABINET = screened(word('het kabinet|de regering'));
  const LETTER = screened(/(?:brief|brieven)(?![\p{L}])/u, { within: ['brie'] });
  const ALWAYS = screened(/^ja(?![\p{L}])/u);

  it('skips a pattern when the sentence holds none of its anchor words', () => {
    const screen = screenOf('de gemeente zal dit onderzoeken');
    expect(screen.mayMatch(CABINET)).toBe(false);
    expect(screen.test(CABINET, 'de gemeente zal dit onderzoeken')).toBe(false);
  });

  it('tries it when an anchor word is there, and answers as the regex does', () => {
    expect(screenOf('het kabinet zal dit doen').test(CABINET, 'het kabinet zal dit doen')).toBe(true);
    // the anchor is there, the phrase is not
    expect(screenOf('een kabinet zonder meerderheid').test(CABINET, 'een kabinet zonder meerderheid')).toBe(false);
  });

  it('finds a piece inside a compound word', () => {
    const s = 'in de voortgangsbrieven van dit jaar';
    expect(screenOf(s).mayMatch(LETTER)).toBe(true);
    expect(screenOf(s).test(LETTER, s)).toBe(true);
    expect(screenOf('in de rapportage van dit jaar').mayMatch(LETTER)).toBe(false);
  });

  it('always tries a pattern that needs no word', () => {
    expect(screenOf('ja.').test(ALWAYS, 'ja.')).toBe(true);
  });

  it('refuses a guard that is not made of word characters', () => {
    expect(() => screened(/na de zomer/, { within: ['na de'] })).toThrow(/letters and digits/);
  });

  // invented sentences with the edges a word regex is picky about: accents, hyphens, apostrophes, digits
  const sentences = [
    'ik heb uw kamer eerder geïnformeerd over de minister-president',
    'uw kamer wordt jaarlijks geïnformeerd via de voortgangsrapportage',
    'de tweedekamer ontvangt het verslag',
    "het kabinet's standpunt blijft ongewijzigd",
    'éénmaal per jaar informeer ik u',
    'u ontvangt de brief in 2025',
    'hij heeft toegezegd dat u wordt bericht',
    'wij hopen altijd op het beste',
    'halfjaarlijks rapporteer ik aan de kamer',
    'de kamer-commissie werd geïnformeerd',
    'uw kamer2 ontvangt niets',
    'zo_u wilt',
  ];
  const lexicon = [
    screened(REPORT_VERB),
    screened(GENERIC),
    screened(PAST_MAIN),
    screened(RECURRING, { within: ['jaar', 'maand', 'kwartaal', 'periodiek', 'wekelijks'] }),
    screened(KAMER, { words: ['u'], within: ['kamer'] }),
  ];
  it.each(sentences)('answers exactly as the plain regex for lexicon patterns: %s', (s) => {
    const screen = screenOf(s);
    for (const p of lexicon) expect([p.re.source, screen.test(p, s)]).toEqual([p.re.source, p.re.test(s)]);
  });
});
