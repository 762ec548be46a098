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

/** The office today: role word plus the ministry after renames, so a promise survives a new cabinet. */
function officeKey(p: PromiseFacts): string {
  const role = (p.ownerRole ?? '').toLowerCase().split(' ')[0];
  const ministry = p.ministry ? ministryKey(currentMinistry(p.ministry, p.documentDate, `${p.quote} ${p.vehicle ?? ''}`)) : '';
  return `${role}|${ministry}`;
}

function sameVehicle(a: string, b: string): boolean {
  const wa = [...new Set(contentWords(a))];
  const wb = [...new Set(contentWords(b))];
  const da = wa.filter((w) => !isGeneric(w));
  const db = wb.filter((w) => !isGeneric(w));
  if (da.length === 0 || db.length === 0) return false;
  return wordsFound(da, b).length / da.length >= 0.75 && wordsFound(db, a).length / db.length >= 0.75;
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
    if (officeKey(old) !== officeKey(fresh)) continue;
    if (!sameVehicle(fresh.vehicle, old.vehicle)) continue;
    const topic = Math.max(coverage(fresh.quote, old.quote), coverage(old.quote, fresh.quote));
    if (topic < SAME_TOPIC) continue;
    if (!best || topic > best.topic) best = { id: old.id, topic, reason: `zelfde ambt en «${old.vehicle}», ${Math.round(topic * 100)}% dezelfde woorden` };
  }
  return best ? { id: best.id, reason: best.reason } : null;
}
