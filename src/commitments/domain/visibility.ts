import type { CommitmentStatus } from '../commitment.entity';

/**
 * Statuses the public never sees: a `candidate` waits for an editor (its confidence was below
 * EXTRACTION_REVIEW_BELOW), a `rejected` one was turned down. They are left out of every public
 * list, feed, count and scoreboard, and cannot be subscribed to.
 */
export const UNPUBLISHED_STATUSES: readonly CommitmentStatus[] = ['candidate', 'rejected'];

export function isPublished(status: CommitmentStatus): boolean {
  return !UNPUBLISHED_STATUSES.includes(status);
}

/** The same rule in SQL, for a commitment row aliased `alias`. */
export function publishedSql(alias = 'c'): string {
  return `${alias}.status NOT IN (${UNPUBLISHED_STATUSES.map((s) => `'${s}'`).join(', ')})`;
}

/** Who reads: the public sees published commitments only; an editor (token or session) sees every one. */
export type Reader = 'public' | 'editor';

/** Whether `reader` may see a commitment of this status, by id as in lists: unpublished ones are not found for the public. */
export function visibleTo(status: CommitmentStatus, reader: Reader): boolean {
  return reader === 'editor' || isPublished(status);
}
