import { wordRuns } from '../text/word-chars';

// Below this length a text is scanned at once: building its set of words would cost more.
const MIN_GUARDED_LENGTH = 48;
const PLAIN_WORD = /^[\p{L}\d]+$/u;
const QUANTIFIER = /^[?*+{]/;

/** The top-level alternatives of a pattern and, in each, its pieces between top-level spaces. */
function piecesOf(alternatives: string): string[][] {
  const out: string[][] = [[]];
  let piece = '';
  let depth = 0;
  let inClass = false;
  const endPiece = () => {
    out[out.length - 1].push(piece);
    piece = '';
  };
  for (let i = 0; i < alternatives.length; i++) {
    const c = alternatives[i];
    if (c === '\\') {
      piece += c + (alternatives[++i] ?? '');
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && c === '|') {
      endPiece();
      out.push([]);
      continue;
    } else if (depth === 0 && c === ' ') {
      endPiece();
      continue;
    }
    piece += c;
  }
  endPiece();
  return out;
}

// Words so common that an anchor on them skips nothing: another word of the alternative is taken when there is one.
const COMMON = new Set(['de', 'het', 'een', 'en', 'van', 'in', 'op', 'te', 'is', 'om', 'u', 'ik', 'dat', 'die', 'niet', 'na', 'bij']);
const HYPHENATED = /^[\p{L}\d]+(?:-[\p{L}\d]+)+$/u;
const WORD_GROUP = /^\(\?:([\p{L}\d]+(?:\|[\p{L}\d]+)*)\)$/u;

/** The words a piece stands for when it is a whole word or a group of whole words ("(?:wij|we)"); null otherwise. */
function wordsOfPiece(piece: string): string[] | null {
  if (PLAIN_WORD.test(piece)) return [piece];
  // "minister-president": each part is a whole word of its own
  if (HYPHENATED.test(piece)) return [piece.split('-').reduce((a, b) => (b.length > a.length ? b : a))];
  const group = WORD_GROUP.exec(piece);
  return group ? group[1].split('|') : null;
}

/** Rarer first: a piece of uncommon words before one holding a common word, then the longer shortest word. */
function better(a: string[], b: string[]): boolean {
  const commonA = a.some((w) => COMMON.has(w));
  const commonB = b.some((w) => COMMON.has(w));
  if (commonA !== commonB) return commonB;
  return Math.min(...a.map((w) => w.length)) > Math.min(...b.map((w) => w.length));
}

/**
 * For each alternative of a word pattern, words one of which every match of it holds as a whole
 * word; null when some alternative has none (then the pattern is never skipped).
 */
export function anchorsOf(alternatives: string): string[] | null {
  const anchors = new Set<string>();
  for (const pieces of piecesOf(alternatives)) {
    let best: string[] | null = null;
    pieces.forEach((p, i) => {
      const next = pieces[i + 1];
      const words = wordsOfPiece(p);
      // "woord ?x": the space is optional, so the word need not end there
      if (!words || (next !== undefined && QUANTIFIER.test(next))) return;
      if (!best || better(words, best)) best = words;
    });
    if (!best) return null;
    for (const w of best as string[]) anchors.add(w);
  }
  return [...anchors];
}

const anchorsByRegExp = new WeakMap<RegExp, { list: readonly string[]; set: ReadonlySet<string> }>();

/** Remembers the anchor words of a word regex built from `alternatives` (none: never skipped). */
export function withAnchors(re: RegExp, alternatives: string): RegExp {
  const anchors = anchorsOf(alternatives);
  if (anchors) anchorsByRegExp.set(re, { list: anchors, set: new Set(anchors) });
  return re;
}

/** The anchor words remembered for a regex by withAnchors(), or null when it has none. */
export function anchorWordsOf(re: RegExp): readonly string[] | null {
  return anchorsByRegExp.get(re)?.list ?? null;
}

/** Whether the words of a text hold one of the anchors: the shorter of the two is walked. */
function holdsAnchor(runs: ReadonlySet<string>, anchors: { list: readonly string[]; set: ReadonlySet<string> }): boolean {
  if (anchors.list.length <= runs.size) {
    for (const a of anchors.list) if (runs.has(a)) return true;
  } else {
    for (const r of runs) if (anchors.set.has(r)) return true;
  }
  return false;
}

/**
 * re.test(text), but a regex with anchor words is not run on a text that holds none of them: a set
 * lookup per anchor instead of a scan, and most sentences hold none of a pattern's words.
 */
export function testAnchored(re: RegExp, text: string): boolean {
  const anchors = anchorsByRegExp.get(re);
  if (anchors && text.length >= MIN_GUARDED_LENGTH && !holdsAnchor(wordRuns(text), anchors)) return false;
  return re.test(text);
}
