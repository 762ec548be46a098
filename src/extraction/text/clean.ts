import type { Span } from '../types';
import { noiseIndexAfter } from '../structure/noise';

const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isLetter = (c: number) => isLower(c) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;

/**
 * The text of [start, end) as the detector wants to read it: page furniture removed, words broken
 * across lines rejoined, glued footnote markers dropped ("geïnformeerd4." → "geïnformeerd."),
 * whitespace folded. Offsets are not preserved; quotes are always taken from the original.
 */
const NEEDS_SLOW_PATH = /[\p{Ll}.]\d|-\s|\p{Ll}-\p{Ll}/u;
// runs of whitespace (\s covers U+00A0, U+2009, U+202F); a single plain space is left alone, which is much faster
const WHITESPACE = /\s{2,}|[^\S ]/g;

export function cleanText(text: string, start: number, end: number, noise: Span[]): string {
  let ni = noiseIndexAfter(noise, start);
  const touchesNoise = ni < noise.length && noise[ni].start < end;
  if (!touchesNoise) {
    const raw = text.slice(start, end);
    if (!NEEDS_SLOW_PATH.test(raw)) return raw.replace(WHITESPACE, ' ').trim();
  }
  let out = '';
  let pendingSpace = false;
  let i = start;
  while (i < end) {
    if (ni < noise.length && noise[ni].start <= i) {
      i = Math.max(i, noise[ni].end);
      ni++;
      pendingSpace = true;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = true;
      i++;
      continue;
    }
    // "emissiefacto-\nren", "onafhan-kelijk": rejoin a hyphen between lowercase letters.
    if (c === 45 && out.length > 0 && isLower(out.charCodeAt(out.length - 1))) {
      const resume = afterBrokenWord(text, i, end);
      if (resume !== null) {
        i = resume;
        continue;
      }
    }
    // footnote marker glued to a word or after a full stop: "geïnformeerd4 ", "jl.1 heb"
    if (isDigit(c) && out.length > 0 && !pendingSpace) {
      const resume = afterFootnoteMarker(text, i, end, out);
      if (resume !== null) {
        i = resume;
        continue;
      }
    }
    if (pendingSpace && out.length > 0) out += ' ';
    pendingSpace = false;
    // copy the run of characters that need no decision in one slice
    const stop = ni < noise.length && noise[ni].start < end ? noise[ni].start : end;
    let j = i + 1;
    while (j < stop) {
      const d = text.charCodeAt(j);
      if (isSpace(d) || d === 45 || isDigit(d)) break;
      j++;
    }
    out += text.slice(i, j);
    i = j;
  }
  return out;
}

/** Where the word goes on after the hyphen at `i` when it was broken across a line ("-\n"), else null. */
function afterBrokenWord(text: string, i: number, end: number): number | null {
  let j = i + 1;
  let sawNewline = false;
  while (j < end && isSpace(text.charCodeAt(j)) && j - i < 4) {
    if (text.charCodeAt(j) === 10) sawNewline = true;
    j++;
  }
  return (j === i + 1 || sawNewline) && j < end && isLower(text.charCodeAt(j)) ? j : null;
}

/** Where the text goes on after a footnote marker of one or two digits at `i` glued to `out`, else null. */
function afterFootnoteMarker(text: string, i: number, end: number, out: string): number | null {
  const prev = out.charCodeAt(out.length - 1);
  const prevPrev = out.length > 1 ? out.charCodeAt(out.length - 2) : 32;
  let j = i;
  while (j < end && isDigit(text.charCodeAt(j)) && j - i < 3) j++;
  const after = j < end ? text.charCodeAt(j) : 32;
  const marker = j - i <= 2 && !isDigit(after) && !isLetter(after) && after !== 44;
  return marker && (isLower(prev) || (prev === 46 && isLetter(prevPrev))) ? j : null;
}
