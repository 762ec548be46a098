import type { ExtractedCommitment } from './types';
import { hash64Hex } from './text/hash';

/**
 * Identifies a commitment across re-imports of the same document: built from what the promise says
 * (whitespace-folded quote), its kind and its answer label, not from offsets, which shift when a
 * header or page footer changes.
 */
export function fingerprintOf(c: ExtractedCommitment): string {
  const quote = c.quote.replace(/\s+/g, ' ').trim().toLowerCase();
  return hash64Hex(`${c.kind}|${c.answer ?? ''}|${quote}`);
}
