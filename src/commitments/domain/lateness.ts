import { daysBetween } from '../../common/clock';

/**
 * What a deadline is worth when judging lateness:
 * - `promised`: the minister named a date or period (or an editor set one);
 * - `default`: nothing was named, the date is document date + DEFAULT_TERM_DAYS: a reminder, not a broken promise;
 * - `recurring`: a promise per period (a yearly progress letter): late per period, never "late for years".
 */
export const DEADLINE_KINDS = ['promised', 'default', 'recurring'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export function deadlineKindOf(c: { dueSource: string; recurring: boolean }): DeadlineKind {
  if (c.recurring) return 'recurring';
  return c.dueSource === 'default' ? 'default' : 'promised';
}

/** The same classification in SQL, for a commitment row aliased `alias`. */
export function deadlineKindSql(alias = 'c'): string {
  return `(CASE WHEN ${alias}.recurring THEN 'recurring' WHEN ${alias}.due_source = 'default' THEN 'default' ELSE 'promised' END)`;
}

/** "Over tijd" in SQL: open, past its date, and the date was promised. */
export function overdueSql(alias: string, today: string, kind: DeadlineKind = 'promised'): string {
  return `(${alias}.status = 'open' AND ${alias}.effective_due < ${today} AND ${deadlineKindSql(alias)} = '${kind}')`;
}

const CADENCES: { pattern: RegExp; months: number; label: string }[] = [
  { pattern: /\bmaandelijks|\belke maand|\biedere maand/i, months: 1, label: 'maandelijks' },
  { pattern: /\bkwartaal|\bper kwartaal/i, months: 3, label: 'elk kwartaal' },
  { pattern: /\bhalfjaarlijks|\belk half jaar|\btwee keer per jaar|\b2 keer per jaar|\btweemaal per jaar/i, months: 6, label: 'halfjaarlijks' },
];

/** The period of a recurring promise, read from its words; a year when nothing narrower is named. */
export function cadenceOf(text: string): { months: number; label: string } {
  return CADENCES.find((c) => c.pattern.test(text)) ?? { months: 12, label: 'jaarlijks' };
}

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(d, last));
  return date.toISOString().slice(0, 10);
}

/** The deadline of the period a recurring promise is in today: its first date moved on by whole periods, at most to today. */
export function currentPeriodDue(firstDue: string, months: number, today: string): string {
  let due = firstDue;
  for (let next = addMonths(due, months); next <= today; next = addMonths(next, months)) due = next;
  return due;
}

export interface Lateness {
  kind: DeadlineKind;
  /** Past the date that counts (the promised one, the default term, or this period's date) and still open. */
  past: boolean;
  /** Days past that date, or null. */
  days: number | null;
  /** The date lateness is counted from (this period's for a recurring promise). */
  countedFrom: string | null;
  cadence: string | null;
}

/** How late an open promise is, by the kind of its deadline. Only `promised` lateness is "over tijd". */
export function latenessOf(
  c: { status: string; effectiveDue: string | null; dueSource: string; recurring: boolean; text: string },
  today: string,
): Lateness {
  const kind = deadlineKindOf(c);
  const cadence = kind === 'recurring' ? cadenceOf(c.text) : null;
  const countedFrom = c.effectiveDue && cadence ? currentPeriodDue(c.effectiveDue, cadence.months, today) : c.effectiveDue;
  const past = c.status === 'open' && countedFrom !== null && countedFrom < today;
  return { kind, past, days: past && countedFrom ? daysBetween(countedFrom, today) : null, countedFrom, cadence: cadence?.label ?? null };
}

/** "3 maanden" for 90 days, "1 maand" for 30, "45 dagen" otherwise. */
export function termLabel(days: number): string {
  if (days % 30 === 0) return days === 30 ? '1 maand' : `${days / 30} maanden`;
  return days === 1 ? '1 dag' : `${days} dagen`;
}
