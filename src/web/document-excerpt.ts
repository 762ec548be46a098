import { segmentText, TextSegment, type TextSpan } from './view-format';

/** A document page shows at most this much text; a longer text is cut to windows around its promises. */
export const MAX_PAGE_TEXT = 20_000;
/** Characters of context on each side of a promise. */
export const CONTEXT_CHARS = 600;

/**
 * The text of a document page, bounded: the whole text when short; otherwise a window of context
 * around each promise and restatement (at most MAX_PAGE_TEXT characters in all), with `gap` segments where text was
 * left out. `cut` tells the page to link to the full text.
 */
export function documentExcerpt(text: string, spans: TextSpan[]): { segments: (TextSegment & { gap?: boolean })[]; cut: boolean } {
  if (text.length <= MAX_PAGE_TEXT) return { segments: segmentText(text, spans), cut: false };
  const placed = spans
    .filter((s): s is TextSpan & { start: number; end: number } => s.start !== null && s.end !== null && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const windows: { start: number; end: number }[] = [];
  let budget = MAX_PAGE_TEXT;
  for (const span of placed) {
    const start = Math.max(0, span.start - CONTEXT_CHARS);
    const end = Math.min(text.length, span.end + CONTEXT_CHARS, start + budget);
    if (end <= start || end < span.end) break;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) {
      budget -= Math.max(0, end - last.end);
      last.end = Math.max(last.end, end);
    } else {
      budget -= end - start;
      windows.push({ start, end });
    }
    if (budget <= 0) break;
  }
  if (windows.length === 0) windows.push({ start: 0, end: MAX_PAGE_TEXT });
  const segments: (TextSegment & { gap?: boolean })[] = [];
  for (const window of windows) {
    if (window.start > 0) segments.push({ text: ' … ', gap: true });
    const inside = placed
      .filter((s) => s.start >= window.start && s.end <= window.end)
      .map((s) => ({ ...s, start: s.start - window.start, end: s.end - window.start }));
    segments.push(...segmentText(text.slice(window.start, window.end), inside));
  }
  if (windows[windows.length - 1].end < text.length) segments.push({ text: ' … ', gap: true });
  return { segments, cut: true };
}
