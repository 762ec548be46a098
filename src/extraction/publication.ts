/** The confidences from which extracted commitments are published; below them they wait for review. */
export interface ReviewThresholds {
  reviewBelow: number;
  /** actions, the kind most often mistaken, wait below this one too */
  reviewActionsBelow: number;
}

/** Whether an extracted commitment is published at once: an action only at or above both thresholds. */
export function isPublished(c: { kind: string; confidence: number }, t: ReviewThresholds): boolean {
  return c.confidence >= (c.kind === 'action' ? Math.max(t.reviewBelow, t.reviewActionsBelow) : t.reviewBelow);
}
