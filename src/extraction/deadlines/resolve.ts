import { parseIso } from './dates';
import { findTimePhrases, pickDeadline } from './phrases';

/** Resolves a Dutch deadline phrase ("voor de zomer", "eind oktober") relative to the document date. */
export function resolveDeadline(phrase: string, documentDate: string): { due: string | null; explanation: string } {
  if (!parseIso(documentDate)) return { due: null, explanation: 'ongeldige documentdatum' };
  const lower = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const best = pickDeadline(findTimePhrases(lower, documentDate));
  if (!best) return { due: null, explanation: 'geen termijn herkend' };
  return { due: best.due, explanation: best.explanation };
}
