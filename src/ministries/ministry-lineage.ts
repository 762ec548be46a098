import data from './ministry-changes.json';

/** One rename, merge or split of ministries, as kept in ministry-changes.json. */
export interface MinistryChange {
  date: string;
  kind: 'rename' | 'merge' | 'split';
  from: string[];
  to: string[];
  /** For splits: successor → keywords (lower case) that send a commitment there instead of to `to[0]`. */
  portfolios?: Record<string, string[]>;
  cabinet?: string;
  note?: string;
  certain: boolean;
}

export const MINISTRY_CHANGES: readonly MinistryChange[] = (data.changes as MinistryChange[])
  .filter((change) => change.certain)
  .sort((a, b) => a.date.localeCompare(b.date));

/** "Ministerie van Justitie en Veiligheid" → "Justitie en Veiligheid"; case and spacing folded for comparison. */
export function ministryKey(name: string): string {
  return name
    .replace(/^\s*(?:het\s+)?ministerie\s+van\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// Short keywords ("ind", "coa") must stand alone; longer ones also match as a prefix ("woningbouw…").
function mentions(lower: string, keyword: string): boolean {
  const tail = keyword.length >= 5 ? '' : '(?![\\p{L}])';
  return new RegExp(`(?<![\\p{L}])${keyword}${tail}`, 'u').test(lower);
}

function successorFor(change: MinistryChange, topic: string): string {
  if (change.kind !== 'split' || !change.portfolios) return change.to[0];
  const lower = topic.toLowerCase();
  for (const [successor, keywords] of Object.entries(change.portfolios)) {
    if (keywords.some((keyword) => mentions(lower, keyword))) return successor;
  }
  return change.to[0];
}

/**
 * The ministry that holds a promise today: follows every rename, merge and split after `since`
 * (the date of the promise). For splits the topic (quote, vehicle) decides which successor.
 */
export function currentMinistry(ministry: string, since: string | null, topic = '', changes: readonly MinistryChange[] = MINISTRY_CHANGES): string {
  let current = ministry.replace(/^\s*(?:het\s+)?ministerie\s+van\s+/i, '').trim();
  for (const change of changes) {
    if (since && change.date <= since) continue;
    if (!change.from.some((name) => ministryKey(name) === ministryKey(current))) continue;
    const next = successorFor(change, topic);
    if (ministryKey(next) !== ministryKey(current) || change.kind !== 'split') current = next;
  }
  return current;
}

/** Every name whose promises a ministry carries today: itself and, transitively, its predecessors (lower-cased keys). */
export function ministryWithPredecessors(ministry: string, changes: readonly MinistryChange[] = MINISTRY_CHANGES): string[] {
  const found = new Set([ministryKey(ministry)]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const change of changes) {
      if (!change.to.some((name) => found.has(ministryKey(name)))) continue;
      for (const name of change.from) {
        if (!found.has(ministryKey(name))) {
          found.add(ministryKey(name));
          grew = true;
        }
      }
    }
  }
  return [...found];
}

/**
 * The office that answers for a promise today, or null when nothing changed:
 * "Minister van Landbouw, Natuur en Voedselkwaliteit" → "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur".
 */
export function currentOffice(
  office: { role: string | null; ministry: string | null },
  since: string | null,
  topic = '',
  changes: readonly MinistryChange[] = MINISTRY_CHANGES,
): { role: string; ministry: string } | null {
  if (!office.ministry) return null;
  const now = currentMinistry(office.ministry, since, topic, changes);
  if (ministryKey(now) === ministryKey(office.ministry)) return null;
  const role = office.role ?? 'Minister';
  const at = role.toLowerCase().indexOf(ministryKey(office.ministry));
  const newRole = at >= 0 ? `${role.slice(0, at)}${now}${role.slice(at + office.ministry.length)}` : `${role.split(' ')[0]} van ${now}`;
  return { role: newRole, ministry: now };
}
