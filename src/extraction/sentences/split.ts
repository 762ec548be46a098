import type { Span } from '../types';
import { noiseIndexAfter } from '../structure/noise';
import { ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS } from './abbreviations';

const MAX_SENTENCE = 3000;

const ORDINARY = 0;
const SPACE = 1;
const TERMINAL = 2;
// character classes for the hot loop; everything at or above U+2100 (except …) is ordinary
const CLASS = new Uint8Array(0x2100);
for (const c of [32, 10, 13, 9, 0xa0]) CLASS[c] = SPACE;
for (const c of [46, 63, 33]) CLASS[c] = TERMINAL;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isDigit = (c: number) => c >= 48 && c <= 57;
// characters that may close a sentence after its final punctuation: » ’ ” " ) ]
const isCloser = (c: number) => c === 0xbb || c === 0x2019 || c === 0x201d || c === 34 || c === 41 || c === 93 || c === 39;
// characters that may open a sentence: « ‘ “ " ( [ • – -
const isOpener = (c: number) => c === 0xab || c === 0x2018 || c === 0x201c || c === 34 || c === 40 || c === 91 || c === 0x2022 || c === 0x2013;

/** The word before a full stop at `dot`, lowercased; looks back at most 12 characters. */
function tokenBefore(text: string, dot: number, floor: number): string {
  let s = dot;
  while (s > floor && dot - s < 12) {
    const c = text.charCodeAt(s - 1);
    if (isSpace(c) || c === 40 || c === 0xab || c === 47) break;
    s--;
  }
  return text.slice(s, dot).toLowerCase();
}

/**
 * Splits [from, to) into sentences. Page furniture in `noise` is skipped over (a sentence may run
 * across a page break); blank lines and bullets always end a sentence. Linear in the input size.
 */
export function splitSentences(text: string, from: number, to: number, noise: Span[]): Span[] {
  const out: Span[] = [];
  let ni = noiseIndexAfter(noise, from);
  let start = -1;
  let lastContent = -1; // end (exclusive) of the last non-space, non-noise character
  const close = (end: number) => {
    if (start >= 0 && end > start) out.push({ start, end });
    start = -1;
  };
  let i = from;
  let nextNoise = ni < noise.length ? noise[ni].start : Infinity;
  while (i < to) {
    if (i >= nextNoise) {
      i = Math.max(i, noise[ni].end);
      ni++;
      nextNoise = ni < noise.length ? noise[ni].start : Infinity;
      continue;
    }
    const c = text.charCodeAt(i);
    const cls = c < 0x2100 ? CLASS[c] : c === 0x2026 ? TERMINAL : ORDINARY;
    if (cls === ORDINARY) {
      // the common case: a letter inside a sentence
      if (start < 0) start = i;
      else if (i - start > MAX_SENTENCE) {
        // no sentence end in sight: cut here so nothing grows without bound
        close(lastContent);
        start = i;
      }
      // run through the rest of the word here rather than in the outer loop
      const lim = Math.min(to, nextNoise, start + MAX_SENTENCE + 1);
      // plain spaces between words do not end anything either
      let j = i + 1;
      let content = j;
      while (j < lim) {
        const d = text.charCodeAt(j);
        if (d === 32) {
          j++;
          continue;
        }
        if ((d < 0x2100 ? CLASS[d] : d === 0x2026 ? TERMINAL : ORDINARY) !== ORDINARY) break;
        content = ++j;
      }
      lastContent = content;
      i = j;
      continue;
    }
    if (cls === SPACE) {
      if (c === 10 && start >= 0) {
        // a blank line or a bullet on the next line ends the sentence
        let j = i + 1;
        while (j < to && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13 || text.charCodeAt(j) === 0xa0)) j++;
        const n = j < to ? text.charCodeAt(j) : 10;
        if (n === 10 || n === 0x2022) {
          close(lastContent);
          i = j;
          continue;
        }
      }
      i++;
      continue;
    }
    if (start < 0) start = i;
    if (i - start > MAX_SENTENCE) {
      close(lastContent);
      start = i;
    }
    lastContent = i + 1;
    if (c === 46 || c === 63 || c === 33 || c === 0x2026) {
      // take the whole run of punctuation and closers: "...", "?»", ".)"
      let j = i + 1;
      while (j < to) {
        const d = text.charCodeAt(j);
        if (d === 46 || d === 63 || d === 33 || d === 0x2026 || isCloser(d)) j++;
        else break;
      }
      let end = j;
      // footnote digits after the full stop: "Weerbaar).3 Vanaf"
      let k = j;
      while (k < to && isDigit(text.charCodeAt(k)) && k - j < 2) k++;
      if (k > j && k < to && isSpace(text.charCodeAt(k))) end = k;
      // what follows?
      let n = end;
      while (n < to && isSpace(text.charCodeAt(n))) n++;
      if (ni < noise.length && noise[ni].start <= n && noise[ni].start >= end) {
        // the sentence ends right before page furniture
        close(end);
        i = end;
        continue;
      }
      const next = n < to ? text.charCodeAt(n) : -1;
      const glued = n === end;
      let boundary = false;
      if (next < 0) boundary = true;
      else if (c === 46 && j === i + 1) {
        const tok = tokenBefore(text, i, start);
        const bare = tok.replace(/^[^a-z0-9à-ÿ]+/, '');
        const single = bare.length === 1;
        if (isUpper(next) || isOpener(next) || (isDigit(next) && !glued)) {
          if (glued && !isUpper(next)) boundary = false;
          else if (SENTENCE_FINAL_ABBREVIATIONS.has(bare)) boundary = isUpper(next) && !glued;
          else if (ABBREVIATIONS.has(bare)) boundary = false;
          else if (single && (glued || /^[a-z]$/i.test(bare))) boundary = false; // initials "J.J.M. Uitermark", list "l. een"
          else if (/^\d{1,2}$/.test(bare) && i - start <= 3) boundary = false; // "1. De eerste …"
          else if (glued && /\.[a-z]/i.test(bare)) boundary = false; // "o.a.Kamer"
          else boundary = true;
        }
      } else {
        boundary = isUpper(next) || isOpener(next) || isDigit(next) || next === 10;
        if (glued && !isUpper(next)) boundary = false;
      }
      if (boundary) {
        close(end);
        i = end;
        continue;
      }
      i = j;
      lastContent = j;
      continue;
    }
    i++;
  }
  close(lastContent);
  return out;
}
