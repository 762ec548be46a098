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

const classOf = (c: number) => (c < 0x2100 ? CLASS[c] : c === 0x2026 ? TERMINAL : ORDINARY);
const isTerminal = (c: number) => c === 46 || c === 63 || c === 33 || c === 0x2026;

/**
 * From a letter at `i`, runs over the rest of the word and the plain spaces and words after it, up
 * to `lim`. Returns where the run stops and where its last content character ends.
 */
function wordRun(text: string, i: number, lim: number): { stop: number; content: number } {
  let j = i + 1;
  let content = j;
  while (j < lim) {
    const d = text.charCodeAt(j);
    if (d === 32) {
      j++;
      continue;
    }
    if (classOf(d) !== ORDINARY) break;
    content = ++j;
  }
  return { stop: j, content };
}

/** At a newline: the index after the blank space when a blank line or a bullet follows (the sentence ends), else -1. */
function lineBreakEnd(text: string, i: number, to: number): number {
  let j = i + 1;
  while (j < to && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13 || text.charCodeAt(j) === 0xa0)) j++;
  const n = j < to ? text.charCodeAt(j) : 10;
  return n === 10 || n === 0x2022 ? j : -1;
}

/** After a full stop: whether `next` starts a new sentence, given the word before the stop. */
function boundaryAfterFullStop(text: string, dot: number, start: number, next: number, glued: boolean): boolean {
  if (!(isUpper(next) || isOpener(next) || (isDigit(next) && !glued))) return false;
  if (glued && !isUpper(next)) return false;
  const bare = tokenBefore(text, dot, start).replace(/^[^a-z0-9à-ÿ]+/, '');
  if (SENTENCE_FINAL_ABBREVIATIONS.has(bare)) return isUpper(next) && !glued;
  if (ABBREVIATIONS.has(bare)) return false;
  if (bare.length === 1 && (glued || /^[a-z]$/i.test(bare))) return false; // initials "J.J.M. Uitermark", list "l. een"
  if (/^\d{1,2}$/.test(bare) && dot - start <= 3) return false; // "1. De eerste …"
  if (glued && /\.[a-z]/i.test(bare)) return false; // "o.a.Kamer"
  return true;
}

interface TerminalRun {
  /** end of the punctuation and closers: "...", "?»", ".)" */
  punctEnd: number;
  /** where the sentence would end: after the run, and after footnote digits ("Weerbaar).3 Vanaf") */
  end: number;
  /** the first non-space character after `end` */
  nextAt: number;
}

function terminalRun(text: string, i: number, to: number): TerminalRun {
  let j = i + 1;
  while (j < to) {
    const d = text.charCodeAt(j);
    if (isTerminal(d) || isCloser(d)) j++;
    else break;
  }
  let end = j;
  let k = j;
  while (k < to && isDigit(text.charCodeAt(k)) && k - j < 2) k++;
  if (k > j && k < to && isSpace(text.charCodeAt(k))) end = k;
  let n = end;
  while (n < to && isSpace(text.charCodeAt(n))) n++;
  return { punctEnd: j, end, nextAt: n };
}

/** Whether the sentence ends after the terminal punctuation at `i`. */
function endsSentence(text: string, i: number, run: TerminalRun, start: number, to: number): boolean {
  const { punctEnd, end, nextAt } = run;
  if (nextAt >= to) return true;
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(nextAt);
  const glued = nextAt === end;
  if (c === 46 && punctEnd === i + 1) return boundaryAfterFullStop(text, i, start, next, glued);
  if (glued && !isUpper(next)) return false;
  return isUpper(next) || isOpener(next) || isDigit(next) || next === 10;
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
  // no sentence end in sight: cut here so nothing grows without bound
  const capLength = (i: number) => {
    if (i - start <= MAX_SENTENCE) return;
    close(lastContent);
    start = i;
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
    const cls = classOf(c);
    if (cls === ORDINARY) {
      // the common case: a letter inside a sentence, with the rest of its words run through here
      if (start < 0) start = i;
      else capLength(i);
      const run = wordRun(text, i, Math.min(to, nextNoise, start + MAX_SENTENCE + 1));
      lastContent = run.content;
      i = run.stop;
      continue;
    }
    if (cls === SPACE) {
      const blank = c === 10 && start >= 0 ? lineBreakEnd(text, i, to) : -1;
      if (blank >= 0) close(lastContent);
      i = blank >= 0 ? blank : i + 1;
      continue;
    }
    if (start < 0) start = i;
    capLength(i);
    lastContent = i + 1;
    if (!isTerminal(c)) {
      i++;
      continue;
    }
    const run = terminalRun(text, i, to);
    // the sentence ends right before page furniture, or where the next one starts
    const beforeNoise = ni < noise.length && noise[ni].start <= run.nextAt && noise[ni].start >= run.end;
    if (beforeNoise || endsSentence(text, i, run, start, to)) {
      close(run.end);
      i = run.end;
      continue;
    }
    i = run.punctEnd;
    lastContent = run.punctEnd;
  }
  close(lastContent);
  return out;
}
