import type { QaBlock, Span } from '../types';
import { buildBlocks, findHeadings, type Heading } from './blocks';

/** A stretch of text read as one: an answer (with its label and question), a notice, or a letter. */
export interface Region extends Span {
  label: string | null;
  question: Span | null;
}

const SALUTATION = /Geachte (?:heer |mevrouw )?(?:[Vv]oorzitter|[Ll]eden)[,.]?/;
// the letter's voice: the minister speaking ("ik", "wij") or addressing the Kamer ("u", "uw Kamer")
const LETTER_VOICE = /(?<![\p{L}\d])(?:[Ii]k|[Ww]ij|[Ww]e|[Uu]|[Uu]w)(?![\p{L}\d])/gu;
const OPENING = new Set(['«', '“', '„']);
const CLOSING = new Set(['»', '”']);

/** The first word in the letter's voice outside quotation marks (a title may quote a headline: «De Croo: «We dreigen …»»). */
function firstVoice(text: string): number {
  let depth = 0;
  let straight = false;
  let scanned = 0;
  LETTER_VOICE.lastIndex = 0;
  for (let m = LETTER_VOICE.exec(text); m; m = LETTER_VOICE.exec(text)) {
    for (; scanned < m.index; scanned++) {
      const c = text[scanned];
      if (OPENING.has(c)) depth++;
      else if (CLOSING.has(c)) depth = Math.max(0, depth - 1);
      else if (c === '"') straight = !straight;
    }
    if (depth === 0 && !straight) return m.index;
  }
  return -1;
}
const SENTENCE_END = /[.!?]\s|\n\s*\n/g;

/**
 * The minister's letter that sends the answers ("Geachte Voorzitter, Hierbij stuur ik … De overige
 * vragen zal ik …"): read like a letter up to the first question, from its salutation or else from
 * the first sentence in the letter's voice. Before that stand the document's title and the
 * questions' titles, which speak of the minister in the third person and are never read.
 */
function coveringLetter(text: string, bodyStart: number, headings: Heading[]): Region | null {
  const first = headings.find((h) => h.kind === 'question');
  if (!first || first.start <= bodyStart) return null;
  const before = text.slice(bodyStart, first.start);
  const salutation = SALUTATION.exec(before);
  if (salutation) return { start: bodyStart + salutation.index + salutation[0].length, end: first.start, label: null, question: null };
  const voice = firstVoice(before);
  if (voice < 0) return null;
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(before); m && m.index < voice; m = SENTENCE_END.exec(before)) start = m.index + m[0].length;
  return { start: bodyStart + start, end: first.start, label: null, question: null };
}

/** The stretches of a document that are read for promises: answers, notices and letters, in text order. */
export function regionsOf(text: string, noise: Span[], bodyStart: number): { blocks: QaBlock[]; regions: Region[] } {
  const headings = findHeadings(text, noise);
  const blocks = buildBlocks(text, headings, text.length);
  const regions: Region[] = [];
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    if (h.kind !== 'notice') continue;
    let end = text.length;
    for (let j = i + 1; j < headings.length; j++) if (headings[j].kind === 'question') { end = headings[j].start; break; }
    regions.push({ start: h.textStart, end, label: null, question: null });
  }
  for (const b of blocks) if (b.answer) regions.push({ ...b.answer, label: b.label, question: b.question });
  const letter = coveringLetter(text, bodyStart, headings);
  if (letter && !regions.some((r) => r.start <= letter.start && letter.start < r.end)) regions.push(letter);
  if (regions.length === 0 && !blocks.some((b) => b.question)) regions.push({ start: bodyStart, end: text.length, label: null, question: null });
  regions.sort((a, b) => a.start - b.start);
  return { blocks, regions };
}
