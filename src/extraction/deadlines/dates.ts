// Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so results never depend on the host time zone.

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number;
}

export function parseIso(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ymd = { y: +m[1], m: +m[2], d: +m[3] };
  if (ymd.m < 1 || ymd.m > 12 || ymd.d < 1 || ymd.d > daysInMonth(ymd.y, ymd.m)) return null;
  return ymd;
}

export function toIso(y: number, m: number, d: number): string {
  const t = new Date(Date.UTC(y, m - 1, d));
  const yy = t.getUTCFullYear();
  const mm = t.getUTCMonth() + 1;
  const dd = t.getUTCDate();
  return `${String(yy).padStart(4, '0')}-${mm < 10 ? '0' : ''}${mm}-${dd < 10 ? '0' : ''}${dd}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function endOfMonth(y: number, m: number): string {
  return toIso(y, m, daysInMonth(y, m));
}

export function addDays(iso: string, days: number): string {
  const p = parseIso(iso)!;
  return toIso(p.y, p.m, p.d + days);
}

export function addMonths(iso: string, months: number): string {
  const p = parseIso(iso)!;
  const target = p.m - 1 + months;
  const y = p.y + Math.floor(target / 12);
  const m = (((target % 12) + 12) % 12) + 1;
  return toIso(y, m, Math.min(p.d, daysInMonth(y, m)));
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(iso: string): number {
  const p = parseIso(iso)!;
  return new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
}

/** The Sunday that ends the (Monday-based) week containing iso. */
export function sundayOf(iso: string): string {
  const wd = weekday(iso);
  return addDays(iso, wd === 0 ? 0 : 7 - wd);
}

/** Third Tuesday of September: Prinsjesdag (Grondwet art. 65). */
export function thirdTuesdayOfSeptember(year: number): string {
  const first = weekday(toIso(year, 9, 1));
  const firstTuesday = 1 + ((2 - first + 7) % 7);
  return toIso(year, 9, firstTuesday + 14);
}

/** The twelve month names, as a regex alternation. */
export const MONTH_NAMES = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';

export const MONTHS: Record<string, number> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8,
  september: 9, oktober: 10, november: 11, december: 12,
  jan: 1, feb: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
};
