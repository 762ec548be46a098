import { MONTHS, toIso } from '../deadlines/dates';

const DATE = /\b(\d{1,2}) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) (\d{4})\b/i;

/** "30 juni 2020" → "2020-06-30" (the first full Dutch date in the string), or null. */
export function parseDutchDate(s: string): string | null {
  const m = DATE.exec(s);
  if (!m) return null;
  const d = +m[1];
  if (d < 1 || d > 31) return null;
  return toIso(+m[3], MONTHS[m[2].toLowerCase()], d);
}
