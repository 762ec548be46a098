import { daysBetween } from '../common/clock';
import { deadlineKindOf } from '../commitments/domain/lateness';
import { currentMinistry, MinistryChange, ministryKey, MINISTRY_CHANGES } from '../ministries/ministry-lineage';
import type { MinistryScore } from './web-queries.repository';

/** A promise of a ministry or of one of its predecessors, as the ministry page needs it. */
export interface LineageRow {
  id: string;
  quote: string;
  vehicle: string | null;
  ownerRole: string | null;
  ownerName: string | null;
  ministry: string;
  status: string;
  deadlinePhrase: string | null;
  effectiveDue: string | null;
  dueSource: string;
  recurring: boolean;
  /** The Dutch calendar day it was kept. */
  keptDay: string | null;
  fulfilledAt: Date | null;
  fulfillingLetter: string | null;
  documentDate: string | null;
  repeatsCommitmentId: string | null;
}

// A name can come back ("Economische Zaken" in 2024): only changes after its latest creation concern it.
function createdOn(key: string, changes: readonly MinistryChange[]): string {
  return changes.filter((c) => c.to.some((t) => ministryKey(t) === key)).reduce((last, c) => (c.date > last ? c.date : last), '');
}

/** A ministry that still exists: no change since it was (last) created renamed it away or merged it into another. */
export function isCurrentMinistry(name: string, changes: readonly MinistryChange[] = MINISTRY_CHANGES): boolean {
  const key = ministryKey(name);
  const since = createdOn(key, changes);
  return !changes.some((c) => c.date > since && c.from.some((f) => ministryKey(f) === key) && !c.to.some((t) => ministryKey(t) === key));
}

/** The ministries of today that carry a former ministry's promises: "Economische Zaken en Klimaat" → EZ and KGG. */
export function successorsOf(name: string, changes: readonly MinistryChange[] = MINISTRY_CHANGES): string[] {
  if (isCurrentMinistry(name, changes)) return [];
  const since = createdOn(ministryKey(name), changes);
  const holders = new Map([[ministryKey(name), name]]);
  for (const change of [...changes].sort((a, b) => a.date.localeCompare(b.date))) {
    if (change.date <= since || !change.from.some((f) => holders.has(ministryKey(f)))) continue;
    for (const from of change.from) if (!change.to.some((t) => ministryKey(t) === ministryKey(from))) holders.delete(ministryKey(from));
    for (const to of change.to) holders.set(ministryKey(to), to);
  }
  return [...holders.values()].filter((m) => ministryKey(m) !== ministryKey(name));
}

/** The ministries with promises plus the current ministries that carry them, so every successor has a page. */
export function withSuccessors(names: string[], changes: readonly MinistryChange[] = MINISTRY_CHANGES): string[] {
  const all = new Map(names.map((n) => [ministryKey(n), n]));
  for (const name of names) {
    for (const successor of successorsOf(name, changes)) if (!all.has(ministryKey(successor))) all.set(ministryKey(successor), successor);
  }
  return [...all.values()].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** The changes a promise recorded under this name can go through: those reachable from it, in date order. */
function changesReachableFrom(key: string, changes: readonly MinistryChange[]): MinistryChange[] {
  const names = new Set([key]);
  const reachable = new Set<MinistryChange>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const change of changes) {
      if (reachable.has(change) || !change.from.some((f) => names.has(ministryKey(f)))) continue;
      reachable.add(change);
      change.to.forEach((t) => names.add(ministryKey(t)));
      grew = true;
    }
  }
  return changes.filter((c) => reachable.has(c));
}

/**
 * Which promises a ministry's page shows: a current ministry shows what it answers for today (its own and
 * its predecessors', splits by topic); a former ministry shows the promises made under its name.
 * Returns a filter that remembers per recorded name which changes matter, so thousands of rows stay cheap.
 */
export function pageMembership(ministry: string, changes: readonly MinistryChange[] = MINISTRY_CHANGES): (row: LineageRow) => boolean {
  const key = ministryKey(ministry);
  const keys = new Map<string, string>();
  const keyOf = (name: string) => keys.get(name) ?? keys.set(name, ministryKey(name)).get(name) as string;
  if (!isCurrentMinistry(ministry, changes)) return (row) => keyOf(row.ministry) === key;
  const paths = new Map<string, { path: MinistryChange[]; keywords: string[] }>();
  const byDate = new Map<string, boolean>();
  return (row) => {
    const rowKey = keyOf(row.ministry);
    let known = paths.get(rowKey);
    if (!known) {
      const path = changesReachableFrom(rowKey, changes);
      known = { path, keywords: path.flatMap((c) => Object.values(c.portfolios ?? {}).flat()) };
      paths.set(rowKey, known);
    }
    if (known.path.length === 0) return rowKey === key;
    const topic = `${row.quote} ${row.vehicle ?? ''}`;
    // Splits look for portfolio keywords; without any in the text only the date matters, so remember the answer.
    const lower = topic.toLowerCase();
    if (known.keywords.some((k) => lower.includes(k))) return ministryKey(currentMinistry(row.ministry, row.documentDate, topic, known.path)) === key;
    const memo = `${rowKey}|${row.documentDate ?? ''}`;
    let belongs = byDate.get(memo);
    if (belongs === undefined) {
      belongs = ministryKey(currentMinistry(row.ministry, row.documentDate, '', known.path)) === key;
      byDate.set(memo, belongs);
    }
    return belongs;
  };
}

const KEPT = new Set(['fulfilled', 'partially_fulfilled']);

/** Days late: open past its promised date, or kept after it; null when on time or when no date was promised. */
export function daysLate(row: LineageRow, today: string): number | null {
  if (!row.effectiveDue || deadlineKindOf(row) !== 'promised') return null;
  if (row.status === 'open' && row.effectiveDue < today) return daysBetween(row.effectiveDue, today);
  if (KEPT.has(row.status) && row.keptDay && row.keptDay > row.effectiveDue) return daysBetween(row.effectiveDue, row.keptDay);
  return null;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  return Math.round((sorted[Math.floor(mid)] + sorted[Math.ceil(mid)]) / 2);
}

/** The scoreboard of one ministry; a restated promise (`repeatsCommitmentId`) is counted once, as its original. */
export function scoreOf(ministry: string, rows: LineageRow[], today: string): MinistryScore {
  const counted = rows.filter((r) => r.repeatsCommitmentId === null);
  const late = counted.map((r) => ({ r, days: daysLate(r, today) }));
  const kept = late.filter(({ r }) => KEPT.has(r.status));
  return {
    ministry,
    open: counted.filter((r) => r.status === 'open').length,
    overdue: counted.filter((r) => r.status === 'open' && daysLate(r, today) !== null).length,
    pastDefaultTerm: counted.filter((r) => r.status === 'open' && deadlineKindOf(r) === 'default' && r.effectiveDue !== null && r.effectiveDue < today).length,
    fulfilled: kept.length,
    keptOnTime: kept.filter(({ days }) => days === null).length,
    keptLate: kept.filter(({ days }) => days !== null).length,
    lapsed: counted.filter((r) => r.status === 'lapsed').length,
    medianDaysLate: median(late.map(({ days }) => days).filter((d): d is number => d !== null)),
  };
}
