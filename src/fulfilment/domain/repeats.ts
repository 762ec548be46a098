import { currentMinistry, ministryKey } from '../../ministries/ministry-lineage';
import { contentWords, coverage, isGeneric, wordsFound } from './words';

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
}

const traitsOf = (() => {
  const known = new WeakMap<PromiseFacts, Traits>();
  return (p: PromiseFacts): Traits => {
    let traits = known.get(p);
    if (!traits) {
      traits = { office: officeKey(p), distinctiveVehicleWords: [...new Set(contentWords(p.vehicle ?? ''))].filter((w) => !isGeneric(w)) };
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

function sameVehicle(a: PromiseFacts, b: PromiseFacts): boolean {
  const da = traitsOf(a).distinctiveVehicleWords;
  const db = traitsOf(b).distinctiveVehicleWords;
  if (da.length === 0 || db.length === 0) return false;
  return wordsFound(da, b.vehicle!).length / da.length >= 0.75 && wordsFound(db, a.vehicle!).length / db.length >= 0.75;
}

/**
 * Whether a newly found promise restates an older open one: same office (after renames), an earlier
 * document, the same named vehicle and overlapping words. Returns the older promise to link to.
 */
export function restatedPromise(fresh: PromiseFacts, open: PromiseFacts[]): { id: string; reason: string } | null {
  if (!fresh.vehicle) return null;
  let best: { id: string; reason: string; topic: number } | null = null;
  for (const old of open) {
    if (old.id === fresh.id || old.documentId === fresh.documentId || !old.vehicle) continue;
    if (fresh.documentDate && old.documentDate && old.documentDate > fresh.documentDate) continue;
    if (traitsOf(old).office !== traitsOf(fresh).office) continue;
    if (!sameVehicle(fresh, old)) continue;
    const topic = Math.max(coverage(fresh.quote, old.quote), coverage(old.quote, fresh.quote));
    if (topic < SAME_TOPIC) continue;
    if (!best || topic > best.topic) best = { id: old.id, topic, reason: `zelfde ambt en «${old.vehicle}», ${Math.round(topic * 100)}% dezelfde woorden` };
  }
  return best ? { id: best.id, reason: best.reason } : null;
}
