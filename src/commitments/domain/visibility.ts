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
