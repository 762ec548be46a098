import { createHash } from 'node:crypto';
import type { CommitmentFilters } from '../commitments/commitments.repository';
import type { DeadlineKind } from '../commitments/domain/lateness';

const DEADLINE_LABELS: Record<DeadlineKind, string> = {
  promised: 'met een genoemde termijn',
  default: 'zonder genoemde termijn (standaardtermijn)',
  recurring: 'terugkerend',
};

/** A saved search: the same filters as the commitment list (GET /api/commitments), minus paging. */
export type SavedSearch = CommitmentFilters;

const KEYS = ['q', 'status', 'overdue', 'deadline', 'ministry', 'owner', 'dueBefore', 'dueAfter', 'documentId'] as const;

/** Drops empty filters and orders keys and statuses, so the same search always has the same key. */
export function canonicalSearch(search: SavedSearch): SavedSearch {
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
    const value = search[key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) out[key] = [...new Set(value)].sort();
    } else {
      out[key] = typeof value === 'string' ? value.trim() : value;
    }
  }
  return out as SavedSearch;
}

/** The column holds 500 characters: a longer key is its SHA-256 plus a readable start. */
const TARGET_KEY_LENGTH = 500;

/**
 * The identity of a saved search. Keys up to 500 characters are the canonical JSON itself (as
 * always); a longer one is identified by the hash of the whole, so two searches that differ only
 * after character 500 stay two.
 */
export function searchTargetKey(search: SavedSearch): string {
  const key = `search:${JSON.stringify(canonicalSearch(search))}`;
  if (key.length <= TARGET_KEY_LENGTH) return key;
  const digest = createHash('sha256').update(key).digest('hex');
  return `search#${digest}:${key.slice(0, TARGET_KEY_LENGTH - digest.length - 8)}`;
}

/** Dutch description of a saved search, for mails and pages (escaped where it is shown). */
export function describeSearch(search: SavedSearch | null): string {
  if (!search) return 'een zoekopdracht';
  const parts: string[] = [];
  if (search.q) parts.push(`«${search.q}»`);
  if (search.ministry) parts.push(`ministerie ${search.ministry}`);
  if (search.owner) parts.push(`bewindspersoon ${search.owner}`);
  // Saved before every field was validated, a status may be a lone string.
  const statuses: unknown = search.status;
  if (Array.isArray(statuses) ? statuses.length : statuses) parts.push(`status ${([] as unknown[]).concat(statuses).join(', ')}`);
  if (search.overdue === true) parts.push('alleen over tijd');
  if (search.overdue === false) parts.push('niet over tijd');
  if (search.deadline) parts.push(DEADLINE_LABELS[search.deadline]);
  if (search.dueAfter) parts.push(`termijn vanaf ${search.dueAfter}`);
  if (search.dueBefore) parts.push(`termijn tot ${search.dueBefore}`);
  if (search.documentId) parts.push(`document ${search.documentId}`);
  return `de zoekopdracht ${parts.join(', ') || '(alles)'}`;
}
