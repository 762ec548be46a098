// Small Dutch word helpers for matching titles, vehicles and subjects. Not a stemmer: a shared
// six-letter prefix counts as the same word, which is enough for "gesprekken"/"gesprek".

const STOPWORDS = new Set(
  ('aan al alle als bij daar dat de deze die dit door een en er geen het hier hij hoe ik in is je kan kunnen maar met mijn naar niet nog of om ' +
    'onder ook op over te tegen tot u uw van voor was wat we werd wij wordt worden zal zijn zich zij ze zo zoals na nu meer dan heeft hebben heb ' +
    'binnen via waarin waarop welke wel uit omdat reeds eerder tevens nader kamer brief minister staatssecretaris ministerie').split(' '),
);

/** Vehicle words that say what kind of paper it is, not which one. */
const GENERIC = new Set(
  'brief kamerbrief voortgangsbrief verzamelbrief rapportage rapport verslag notitie reactie kabinetsreactie beleidsreactie programma stand zaken overzicht'.split(' '),
);

export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ');
}

export function contentWords(text: string): string[] {
  return (fold(text).match(/[a-z0-9][a-z0-9'-]*[a-z0-9]/g) ?? []).filter((w) => w.length >= 3 && !STOPWORDS.has(w));
}

const stem = (word: string) => word.slice(0, 6);

export function isGeneric(word: string): boolean {
  return GENERIC.has(word);
}

/** The stems of a text's content words, to test many words against it. */
export function stemsOf(text: string): Set<string> {
  return new Set(contentWords(text).map(stem));
}

/** Which of `words` occur (by stem) among `stems`. */
export function wordsAmong(words: string[], stems: Set<string>): string[] {
  return words.filter((w) => stems.has(stem(w)));
}

/** Which of `words` occur (by stem) in `haystack`'s words. */
export function wordsFound(words: string[], haystack: string): string[] {
  return wordsAmong(words, stemsOf(haystack));
}

/** Share of the distinct content words of `a` that occur in `b` (0 when `a` has none). */
export function coverage(a: string, b: string): number {
  const words = [...new Set(contentWords(a))];
  if (words.length === 0) return 0;
  return wordsFound(words, b).length / words.length;
}
