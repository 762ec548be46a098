import { currentMinistry, ministryKey } from '../../ministries/ministry-lineage';
import { contentWords, isGeneric, stemsOf, wordsAmong } from './words';

export interface PromiseFacts {
  id: string;
  ownerRole: string | null;
  ministry: string | null;
  vehicle: string | null;
  quote: string;
  documentId: string | null;
  documentDate: string | null;
}

const SAME_TOPIC = 0.3;

/** What the comparison needs of a promise, worked out once: a batch compares each new promise with hundreds of old ones. */
interface Traits {
  office: string;
  distinctiveVehicleWords: string[];
  vehicleStems: Set<string>;
  quoteWords: string[];
  quoteStems: Set<string>;
}

const traitsOf = (() => {
  const known = new WeakMap<PromiseFacts, Traits>();
  return (p: PromiseFacts): Traits => {
    let traits = known.get(p);
    if (!traits) {
      traits = {
        office: officeKey(p),
        distinctiveVehicleWords: [...new Set(contentWords(p.vehicle ?? ''))].filter((w) => !isGeneric(w)),
        vehicleStems: stemsOf(p.vehicle ?? ''),
        quoteWords: [...new Set(contentWords(p.quote))],
        quoteStems: stemsOf(p.quote),
      };
      known.set(p, traits);
    }
    return traits;
  };
})();

/** The office today: role word plus the ministry after renames, so a promise survives a new cabinet. */
function officeKey(p: PromiseFacts): string {
  const role = (p.ownerRole ?? '').toLowerCase().split(' ')[0];
  const ministry = p.ministry ? ministryKey(currentMinistry(p.ministry, p.documentDate, `${p.quote} ${p.vehicle ?? ''}`)) : '';
  return `${role}|${ministry}`;
}

function sameVehicle(a: Traits, b: Traits): boolean {
  const da = a.distinctiveVehicleWords;
  const db = b.distinctiveVehicleWords;
  if (da.length === 0 || db.length === 0) return false;
  return wordsAmong(da, b.vehicleStems).length / da.length >= 0.75 && wordsAmong(db, a.vehicleStems).length / db.length >= 0.75;
}

/** Share of the distinct content words of `a`'s quote found in `b`'s (0 when it has none). */
function quoteCoverage(a: Traits, b: Traits): number {
  return a.quoteWords.length === 0 ? 0 : wordsAmong(a.quoteWords, b.quoteStems).length / a.quoteWords.length;
}

/**
 * Whether a newly found promise restates an older open one: same office (after renames), an earlier
 * document, the same named vehicle and overlapping words. Returns the older promise to link to.
 */
export function restatedPromise(fresh: PromiseFacts, open: PromiseFacts[]): { id: string; reason: string } | null {
  if (!fresh.vehicle) return null;
  let best: { id: string; reason: string; topic: number } | null = null;
  const mine = traitsOf(fresh);
  for (const old of open) {
    if (old.id === fresh.id || old.documentId === fresh.documentId || !old.vehicle) continue;
    if (fresh.documentDate && old.documentDate && old.documentDate > fresh.documentDate) continue;
    const theirs = traitsOf(old);
    if (theirs.office !== mine.office) continue;
    if (!sameVehicle(mine, theirs)) continue;
    const topic = Math.max(quoteCoverage(mine, theirs), quoteCoverage(theirs, mine));
    if (topic < SAME_TOPIC) continue;
    if (!best || topic > best.topic) best = { id: old.id, topic, reason: `zelfde ambt en «${old.vehicle}», ${Math.round(topic * 100)}% dezelfde woorden` };
  }
  return best ? { id: best.id, reason: best.reason } : null;
}
