import { analyse, type AnalyseOptions } from './analyse';
import type { DocumentAnalysis } from './types';

export type {
  CommitmentKind, DeadlineChange, DocumentAnalysis, DocumentHeader, DocumentKind, ExtractedCommitment, Office, QaBlock, Span,
} from './types';
export { DEFAULT_MIN_CONFIDENCE, DEFAULT_REVIEW_ACTIONS_BELOW, DEFAULT_REVIEW_BELOW } from './analyse';
export { resolveDeadline } from './deadlines/resolve';
export { fingerprintOf } from './fingerprint';
export { splitSentences } from './sentences/split';
export { findNoise } from './structure/noise';

/** Reads one answer, letter or notice and returns its structure, commitments and deadline changes. */
export function analyseDocument(
  text: string,
  options?: Pick<AnalyseOptions, 'received' | 'minConfidence' | 'reviewBelow' | 'reviewActionsBelow'>,
): DocumentAnalysis {
  return analyse(text, options);
}
