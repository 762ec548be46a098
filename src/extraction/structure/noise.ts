import type { Span } from '../types';

// Page furniture of TK PDFs that can appear anywhere, even glued to text on both sides.
const INLINE_NOISE =
  /Tweede Kamer, vergaderjaar \d{4} ?[–-] ?\d{4}, Aanhangsel \d{1,4}|ah-tk-\d{8}-\d{1,5}|ISSN 0921 ?- ?7398|[’']s-Gravenhage \d{4}|Powered by TCPDF \(www\.tcpdf\.org\)|↩︎?/g;

// A footnote at the start of a line: "1 Kamerstuk 29 383, nr. 406", "2https://…", "3NOS, «…»".
const FOOTNOTE_LINE = /^[ \t]*\d{1,2}[ \t]?(?:https?:|www\.|Kamerstuk|Kamerstukken|Handelingen|Aanhangsel|Zie |Bron|Brief|Kamerbrief|[A-Z][A-Za-z]*,|[A-Z]{2,}\b)/;
const STRONG_FOOTNOTE = /https?:|www\.|Kamerstuk|Handelingen|Aanhangsel|\bnr\. ?\d/;
const DIGITS_ONLY_LINE = /^[ \t]*\d{1,3}(?:[ \t]*,[ \t]*\d{1,3})*[ \t]*$/;
const PANDOC_NOTE = /^[ \t]{2,}\d{1,2}\.[ \t]/;
const NOTES_SECTION = /\n(?:X )?Noten?[ \t]*\n/g;
const BLANK = /^[ \t\u00a0]*$/;

interface Line {
  start: number;
  end: number; // excluding the newline
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  for (;;) {
    const nl = text.indexOf('\n', s);
    if (nl < 0) {
      out.push({ start: s, end: text.length });
      return out;
    }
    out.push({ start: s, end: nl });
    s = nl + 1;
  }
}

/** Ranges of page headers/footers, footnote lines and note sections; sorted, non-overlapping. */
export function findNoise(text: string): Span[] {
  const spans: Span[] = [];
  const footerLines = new Set<number>();
  const lines = linesOf(text);
  let li = 0;

  INLINE_NOISE.lastIndex = 0;
  for (let m = INLINE_NOISE.exec(text); m; m = INLINE_NOISE.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    while (li < lines.length && lines[li].end < m.index) li++;
    if (li < lines.length && m[0][0] !== '↩') footerLines.add(li);
  }

  const isFootStart = (l: Line) => FOOTNOTE_LINE.test(text.slice(l.start, Math.min(l.end, l.start + 80)));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    // every footnote, digits-only or note line starts with a digit after spaces or tabs: skip the rest cheaply
    let c0 = l.start;
    while (c0 < l.end && (text.charCodeAt(c0) === 32 || text.charCodeAt(c0) === 9)) c0++;
    if (c0 >= l.end || text.charCodeAt(c0) < 48 || text.charCodeAt(c0) > 57) continue;
    const head = text.slice(l.start, Math.min(l.end, l.start + 200));
    if (DIGITS_ONLY_LINE.test(head) && l.end - l.start < 20) {
      spans.push({ start: l.start, end: l.end });
    } else if (PANDOC_NOTE.test(head) || (isFootStart(l) && STRONG_FOOTNOTE.test(text.slice(l.start, l.end)))) {
      spans.push({ start: l.start, end: l.end });
    }
  }

  // Footnotes sit just above a page footer: walk up from each footer over footnote lines and their
  // continuation lines (a wrapped URL or title).
  for (const fi of footerLines) {
    let top = -1;
    for (let j = fi - 1, steps = 0; j >= 0 && steps < 14; j--, steps++) {
      const l = lines[j];
      const body = text.slice(l.start, l.end);
      if (BLANK.test(body)) continue;
      if (isFootStart(l)) {
        top = j;
        continue;
      }
      if (/[.?!:;]["»”’)]?[ \t]*$/.test(body) && top < 0) break;
      if (top >= 0 && j < top - 2) break;
    }
    if (top >= 0) spans.push({ start: lines[top].start, end: lines[fi - 1 >= top ? fi - 1 : top].end });
  }

  NOTES_SECTION.lastIndex = 0;
  let notes: RegExpExecArray | null = null;
  for (let m = NOTES_SECTION.exec(text); m; m = NOTES_SECTION.exec(text)) notes = m;
  if (notes && notes.index > text.length / 3) spans.push({ start: notes.index + 1, end: text.length });

  return mergeSpans(spans);
}

export function mergeSpans(spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [{ ...spans[0] }];
  for (let i = 1; i < spans.length; i++) {
    const last = out[out.length - 1];
    if (spans[i].start <= last.end) last.end = Math.max(last.end, spans[i].end);
    else out.push({ ...spans[i] });
  }
  return out;
}

/** Index of the first noise span ending after `pos` (binary search). */
export function noiseIndexAfter(noise: Span[], pos: number): number {
  let lo = 0;
  let hi = noise.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (noise[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
