import { currentOffice } from '../../ministries/ministry-lineage';
import type { SuggestionRow } from '../fulfilment-candidates.repository';

export interface SuggestionResponse {
  id: string;
  status: string;
  score: number;
  explicitCitation: boolean;
  partial: boolean;
  /** The evidence, e.g. `{ kind: 'citation', phrase: 'Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 3349', weight: 0.6 }`. */
  reasons: { kind: string; phrase: string; weight: number }[];
  decidedBy: string | null;
  commitment: { id: string; quote: string; status: string; ownerRole: string | null; ministry: string | null; currentOwnerRole: string | null; vehicle: string | null };
  letter: { id: string; number: string | null; title: string | null; date: string | null; url: string | null };
}

export function toSuggestionResponse(row: SuggestionRow): SuggestionResponse {
  const now = currentOffice({ role: row.ownerRole, ministry: row.ministry }, row.sourceDate, `${row.quote} ${row.vehicle ?? ''}`);
  return {
    id: row.id,
    status: row.status,
    score: Number(row.score),
    explicitCitation: row.explicitCitation,
    partial: row.partial,
    reasons: row.reasons,
    decidedBy: row.decidedBy,
    commitment: {
      id: row.commitmentId,
      quote: row.quote,
      status: row.commitmentStatus,
      ownerRole: row.ownerRole,
      ministry: row.ministry,
      currentOwnerRole: now?.role ?? null,
      vehicle: row.vehicle,
    },
    letter: { id: row.documentId, number: row.letterNumber, title: row.letterTitle, date: row.letterDate, url: row.letterUrl },
  };
}
