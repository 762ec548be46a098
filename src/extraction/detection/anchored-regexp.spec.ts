import { anchorsOf, testAnchored, withAnchors } from './anchored-regexp';
import { word } from './lexicon';

describe('anchor words of a word pattern', () => {
  it.each([
    ['one word per alternative', 'zal|zullen', ['zal', 'zullen']],
    ['the rarer word of a phrase', 'het kabinet|de regering', ['kabinet', 'regering']],
    ['a group of words stands for all of them', '(?:zal|ga) ik|(?:zullen|gaan) (?:wij|we)', ['zal', 'ga', 'zullen', 'gaan']],
    ['a part of a hyphenated word', 'de minister-president', ['president']],
    ['not a word whose space is optional ("tweedekamer")', 'tweede ?kamer|de kamer', null],
  ])('%s', (_name, pattern, expected) => {
    expect(anchorsOf(pattern)).toEqual(expected);
  });

  it('gives none when one alternative has no whole word', () => {
    expect(anchorsOf('zal|z\\.s\\.m\\.?')).toBeNull();
    expect(anchorsOf('(?:[\\p{L}]+ ){0,3}informeren|ik')).toBeNull();
  });
});

describe('testAnchored', () => {
  const filler = ' en verder gebeurt er in deze lange zin helemaal niets bijzonders meer';
  const cases = [
    'het kabinet zal dit doen',
    'de regering-rutte besloot',
    'éénhet kabinet',
    'het kabinetsbesluit is genomen',
    'zo_het kabinet',
    'het kabinet2 zal',
    'het kabinetë',
  ];

  it.each([
    ['ASCII pattern (\\b edges)', 'het kabinet|de regering'],
    ['unicode pattern (letter edges)', 'het kabinet|de regering|één keer'],
  ])('answers exactly what the regex answers: %s', (_name, pattern) => {
    const re = word(pattern);
    const plain = new RegExp(re.source, re.flags);
    for (const c of cases) {
      for (const text of [c, c + filler, filler + ' ' + c]) expect([text, testAnchored(re, text)]).toEqual([text, plain.test(text)]);
    }
  });

  it('does not run the regex on a long text holding none of its words', () => {
    const re = withAnchors(/\b(?:het kabinet)\b/, 'het kabinet');
    let runs = 0;
    const counting = Object.assign(re, { test: (s: string) => (runs++, RegExp.prototype.test.call(re, s)) });
    expect(testAnchored(counting, `de minister${filler}`)).toBe(false);
    expect(runs).toBe(0);
    expect(testAnchored(counting, `het kabinet${filler}`)).toBe(true);
    expect(runs).toBe(1);
  });
});
