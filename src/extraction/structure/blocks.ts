import type { QaBlock, Span } from '../types';
import { noiseIndexAfter } from './noise';

export interface Heading {
  kind: 'question' | 'answer' | 'notice';
  label: string;
  start: number; // start of the heading word
  textStart: number; // first character after the heading
}

// "Vraag 5", "Vraag 5 en 6", "Vragen 2, 3 en 4", "Antwoord op vraag 3", "Antwoord 2l", "Vraag 4a".
const HEADING =
  /(Vraag|Vragen|Antwoord|Antwoorden)(?: op (?:de )?vra(?:ag|gen))? ?(\d{1,3}[a-z]?(?:(?:, ?| en | tot en met | t\/m |-|–)\d{1,3}[a-z]?){0,12})\b[.:]?/g;
const NOTICE = /(?:^|\n)[ \t]*Mededeling[ \t]*\r?\n/g;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

function inNoise(noise: Span[], pos: number): boolean {
  const i = noiseIndexAfter(noise, pos);
  return i < noise.length && noise[i].start <= pos;
}

/** Whether the match at `start` stands where a heading can stand (not in the middle of a sentence). */
function headingContext(text: string, start: number, end: number, noise: Span[]): boolean {
  // before: start of text, a line break, a bullet, page furniture, or the end of a sentence
  let b = start - 1;
  let sawNewline = false;
  while (b >= 0 && isSpace(text.charCodeAt(b))) {
    if (text.charCodeAt(b) === 10) sawNewline = true;
    b--;
  }
  let beforeOk = b < 0 || sawNewline;
  if (!beforeOk) {
    const p = text.charCodeAt(b);
    beforeOk = p === 0x2022 || p === 46 || p === 63 || p === 33 || p === 58 || p === 0xbb || p === 41 || (p >= 48 && p <= 57) || inNoise(noise, b);
    // glued to page furniture: "Aanhangsel 1Antwoord 2l"
    if (!beforeOk) return false;
  }
  // after: a line break, or a capitalised word / opening quote
  let a = end;
  let newlineAfter = false;
  while (a < text.length && isSpace(text.charCodeAt(a))) {
    if (text.charCodeAt(a) === 10) newlineAfter = true;
    a++;
  }
  if (a >= text.length || newlineAfter) return true;
  if (!sawNewline && b >= 0 && a === end) return false;
  const n = text.charCodeAt(a);
  return isUpper(n) || n === 0xab || n === 40 || n === 0x2018 || n === 0x201c;
}

export function findHeadings(text: string, noise: Span[]): Heading[] {
  const out: Heading[] = [];
  HEADING.lastIndex = 0;
  for (let m = HEADING.exec(text); m; m = HEADING.exec(text)) {
    const end = m.index + m[0].length;
    if (!headingContext(text, m.index, end, noise)) continue;
    const word = m[1];
    const kind = word.startsWith('Antwoord') ? 'answer' : 'question';
    let start = m.index;
    let b = start - 1;
    while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
    if (b >= 0 && text.charCodeAt(b) === 0x2022) start = b; // "• Vraag 2"
    out.push({ kind, label: m[2].replace(/\s+/g, ' ').trim(), start, textStart: end });
  }
  NOTICE.lastIndex = 0;
  for (let m = NOTICE.exec(text); m; m = NOTICE.exec(text)) {
    const at = text.indexOf('Mededeling', m.index);
    out.push({ kind: 'notice', label: '', start: at, textStart: m.index + m[0].length });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

const BLANK_LINE = /\n[ \t\u00a0]*\r?\n/g;

/**
 * Vraag/Antwoord blocks. An answer pairs with the question heading before it. Documents without
 * answer headings (question, then the answer after a blank line) are split at the first blank line.
 */
export function buildBlocks(text: string, headings: Heading[], bodyEnd: number): QaBlock[] {
  const blocks: QaBlock[] = [];
  const hasAnswerHeadings = headings.some((h) => h.kind === 'answer');
  let open: QaBlock | null = null;
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    const end = i + 1 < headings.length ? headings[i + 1].start : bodyEnd;
    if (h.kind === 'notice') {
      open = null;
      continue;
    }
    const region: Span = { start: h.textStart, end: Math.max(h.textStart, end) };
    if (h.kind === 'question') {
      if (hasAnswerHeadings) {
        open = { label: h.label, question: region, answer: null };
        blocks.push(open);
      } else {
        BLANK_LINE.lastIndex = region.start;
        let m = BLANK_LINE.exec(text);
        // skip blank lines directly after the heading
        while (m && text.slice(region.start, m.index).trim() === '') m = BLANK_LINE.exec(text);
        if (m && m.index < region.end) {
          blocks.push({ label: h.label, question: { start: region.start, end: m.index }, answer: { start: m.index + m[0].length, end: region.end } });
        } else {
          blocks.push({ label: h.label, question: region, answer: null });
        }
      }
    } else if (open && open.answer === null) {
      open.answer = region;
      open.label = h.label;
      open = null;
    } else {
      blocks.push({ label: h.label, question: null, answer: region });
      open = null;
    }
  }
  return blocks;
}
