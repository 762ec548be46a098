// A candidate sentence as the cues read it: its words and tokens, its one-word cues, its screen.
import { testOnce } from '../detection/lexicon';
import { PatternScreen, type ScreenedPattern } from '../detection/pattern-screen';
import { wordCharAt } from '../text/word-chars';

// Cues that are one word: looked up per token in one table instead of one regex scan each.
const WORD_CUES: Record<string, string[]> = {
  'subj:self': ['ik', 'wij', 'we'],
  'verb:future': ['zal', 'zullen', 'zult'],
  'verb:go': ['ga', 'gaat', 'gaan'],
  'verb:must': ['moet', 'moeten', 'dient', 'dienen'],
  'verb:can': ['kan', 'kunnen', 'kon', 'konden', 'mogelijk'],
  'verb:want': ['wil', 'willen'],
  neg: ['niet', 'geen', 'nooit', 'noch', 'niets'],
  stay: ['blijf', 'blijft', 'blijven', 'blijvend', 'voortdurend', 'doorlopend', 'continu'],
  ongoing: ['momenteel', 'thans', 'nu', 'inmiddels', 'reeds', 'al', 'bezig'],
  hope: ['hoop', 'hopen', 'hopelijk', 'wens', 'wensen'],
  expect: ['verwacht', 'verwachten', 'voorzie', 'voorzien'],
  strive: ['streef', 'streeft', 'streven', 'beoog', 'beoogt', 'beogen'],
  intend: ['voornemens', 'voornemen'],
  'promise-word': ['toe', 'toezeggen', 'toezegging', 'zeg'],
  'have-done': ['laat', 'laten'],
  research: [
    'onderzoek', 'onderzoeken', 'onderzocht', 'nagaan', 'bezien', 'bekijken', 'kijken', 'verkennen', 'uitwerken', 'inventariseren',
    'evalueren', 'evaluatie', 'verkenning', 'analyse',
  ],
  talk: ['bespreken', 'overleggen', 'overleg', 'gesprek', 'gesprekken', 'contact', 'aankaarten', 'agenderen'],
  decide: ['besluiten', 'besluit', 'beslissen', 'besluitvorming', 'keuze', 'keuzes'],
  perfect: ['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden', 'is', 'zijn', 'was', 'waren', 'werd', 'werden'],
};
const CUES_OF_WORD = new Map<string, string[]>();
for (const [cue, words] of Object.entries(WORD_CUES)) for (const w of words) CUES_OF_WORD.set(w, [...(CUES_OF_WORD.get(w) ?? []), cue]);

const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019;

/**
 * The words of a sentence as they stand: what /[\p{L}\d]+(?:[-'’][\p{L}\d]+)* /u matches, found in one
 * pass over the characters (the regex was a tenth of the learned layer's time).
 */
function wordsOf(lower: string): string[] {
  const out: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let k = wordCharAt(lower, i);
    if (k === 0) {
      i++;
      continue;
    }
    const start = i;
    i += k;
    while (i < n) {
      if ((k = wordCharAt(lower, i)) > 0) i += k;
      else if (i + 1 < n && isJoiner(lower.charCodeAt(i)) && (k = wordCharAt(lower, i + 1)) > 0) i += 1 + k;
      else break;
    }
    out.push(lower.slice(start, i));
  }
  return out;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const tokenOf = (w: string) => (isDigit(w.charCodeAt(0)) ? '#' : w);

/** Lowercase word tokens of a sentence; numbers become "#". */
export function tokensOf(lower: string): string[] {
  return wordsOf(lower).map(tokenOf);
}

/** A candidate sentence as the cues read it: its text, its tokens, the one-word cues among them, and which screened cues it may match. */
export class CueSentence {
  readonly toks: string[];
  /** the cues of WORD_CUES that its tokens are */
  readonly wordCues = new Set<string>();
  private readonly words: string[];
  private screenMemo: PatternScreen | undefined;

  constructor(readonly s: string) {
    this.words = wordsOf(s);
    this.toks = this.words.map(tokenOf);
    for (const t of this.toks) {
      const cues = CUES_OF_WORD.get(t);
      if (cues) for (const cue of cues) this.wordCues.add(cue);
    }
  }

  /** built on first use: a candidate's score is often settled before any regex cue is asked */
  get screen(): PatternScreen {
    return (this.screenMemo ??= new PatternScreen(this.words));
  }

  test(p: ScreenedPattern, text = this.s): boolean {
    return this.screen.test(p, text);
  }

  /** a lexicon pattern the rules test too: screened, then answered by testOnce (one scan per sentence for both) */
  testShared(p: ScreenedPattern): boolean {
    return this.screen.mayMatch(p) && testOnce(p.re, this.s);
  }
}

/** The first `n` characters of a sentence, to the end of the word there: a word cut in two ("wij|ziging") is no word of the sentence. */
export function headOf(s: string, n: number): string {
  let end = Math.min(n, s.length);
  while (end < s.length && wordCharAt(s, end) > 0) end++;
  return s.slice(0, end);
}

