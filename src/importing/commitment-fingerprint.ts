import type { Document } from '../documents/document.entity';
import { fingerprintOf } from '../extraction';
import type { ExtractedCommitment } from '../extraction';

/** Identity of an extracted commitment across re-imports and re-analysis: its document's source id and the promise. */
export function commitmentFingerprint(document: Pick<Document, 'source' | 'externalId'>, extracted: ExtractedCommitment): string {
  return `${document.source}:${document.externalId.slice(0, 40)}:${fingerprintOf(extracted)}`;
}
