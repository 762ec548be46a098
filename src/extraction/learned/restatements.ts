import type { ExtractedCommitment } from '../types';

export function mergeRestatements(commitments: ExtractedCommitment[]): ExtractedCommitment[] {
  return commitments;
}
