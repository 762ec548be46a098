import { addWordRuns } from '../text/word-chars';
import { anchorWordsOf } from './anchored-regexp';

/** What every match of a pattern holds: one of these whole words, or one of these pieces of a word. */
export interface Guard {
  words?: readonly string[];
  /** letters or digits only: "brie" for brief, brieven and voortgangsbrief */
  within?: readonly string[];
}

/** A regex that is only tried on a sentence whose words could hold a match. */
export interface ScreenedPattern {
  readonly id: number;
  readonly re: RegExp;
  /** null: no word is needed, the regex is always tried */
  readonly guard: Required<Guard> | null;
}

const WORD = /^[\p{L}\d]+$/u;
const patterns: ScreenedPattern[] = [];
// word → ids of the patterns whose guard it satisfies: the vocabulary of answers is small, so this fills quickly
const hitsByWord = new Map<string, readonly number[]>();
const MAX_REMEMBERED = 100_000;

/**
 * Registers a pattern with its guard; without one, the anchor words that word() found for it. The
 * guard must be sound: a text without any of its words or pieces never matches.
 */
export function screened(re: RegExp, guard?: Guard): ScreenedPattern {
  const words = guard ? guard.words ?? [] : anchorWordsOf(re) ?? [];
  const within = guard?.within ?? [];
  for (const w of [...words, ...within]) if (!WORD.test(w)) throw new Error(`a guard holds letters and digits only: "${w}"`);
  const p: ScreenedPattern = { id: patterns.length, re, guard: words.length || within.length ? { words, within } : null };
  patterns.push(p);
  hitsByWord.clear();
  return p;
}

function hitsOf(word: string): readonly number[] {
  const hits = hitsByWord.get(word);
  if (hits) return hits;
  const runs = new Set<string>();
  addWordRuns(word, runs);
  const found: number[] = [];
  for (const p of patterns) {
    const g = p.guard;
    if (g && (g.words.some((w) => runs.has(w)) || g.within.some((piece) => word.includes(piece)))) found.push(p.id);
  }
  if (hitsByWord.size >= MAX_REMEMBERED) hitsByWord.clear();
  hitsByWord.set(word, found);
  return found;
}

/**
 * Which screened patterns a sentence may match, found once for all of them from its words (one table
 * lookup per word) instead of one search per pattern.
 */
export class PatternScreen {
  private readonly open: Uint8Array;

  /** `words`: the sentence's words, each a maximal run of letters and digits or several joined by - ' ’ */
  constructor(words: Iterable<string>) {
    this.open = new Uint8Array(patterns.length);
    for (const w of words) for (const id of hitsOf(w)) this.open[id] = 1;
  }

  mayMatch(p: ScreenedPattern): boolean {
    return p.guard === null || this.open[p.id] === 1 || p.id >= this.open.length;
  }

  /** p.re.test(text) for the sentence (or a part of it) the screen was built from */
  test(p: ScreenedPattern, text: string): boolean {
    return this.mayMatch(p) && p.re.test(text);
  }
}
