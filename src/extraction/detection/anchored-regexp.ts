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

/**
 * For each alternative of a word pattern, one word every match of it holds as a whole word (the
 * longest such); null when some alternative has none (then the pattern is never skipped).
 */
export function anchorsOf(alternatives: string): string[] | null {
  const anchors = new Set<string>();
  for (const pieces of piecesOf(alternatives)) {
    let best: string | null = null;
    pieces.forEach((p, i) => {
      const next = pieces[i + 1];
      // "woord ?x": the space is optional, so the word need not end there
      if (PLAIN_WORD.test(p) && !(next !== undefined && QUANTIFIER.test(next)) && (!best || p.length > best.length)) best = p;
    });
    if (!best) return null;
    anchors.add(best);
  }
  return [...anchors];
}

const anchorsByRegExp = new WeakMap<RegExp, readonly string[]>();

/** Remembers the anchor words of a word regex built from `alternatives` (none: never skipped). */
export function withAnchors(re: RegExp, alternatives: string): RegExp {
  const anchors = anchorsOf(alternatives);
  if (anchors) anchorsByRegExp.set(re, anchors);
  return re;
}

/**
 * re.test(text), but a regex with anchor words is not run on a text that holds none of them: a set
 * lookup per anchor instead of a scan, and most sentences hold none of a pattern's words.
 */
export function testAnchored(re: RegExp, text: string): boolean {
  const anchors = anchorsByRegExp.get(re);
  if (anchors && text.length >= MIN_GUARDED_LENGTH) {
    const runs = wordRuns(text);
    let found = false;
    for (const a of anchors) if (runs.has(a)) { found = true; break; }
    if (!found) return false;
  }
  return re.test(text);
}
