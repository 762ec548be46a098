// What the matcher knows of an open promise, the evidence kinds and their weights.

/** An open commitment as the matcher sees it. */
export interface CandidateCommitment {
  id: string;
  /** An unconfirmed promise (`candidate`) is suggested, never linked automatically. */
  unconfirmed?: boolean;
  quote: string;
  vehicle: string | null;
  answerLabel: string | null;
  ministry: string | null;
  deadlinePhrase: string | null;
  registerNumber: string | null;
  source: {
    documentId: string | null;
    number: string | null;
    appendixNumber: string | null;
    sessionYear: string | null;
    caseNumber: string | null;
    /** The opening of the promise's document, where the promise and what leads up to it usually stand. */
    head?: string | null;
    /** "35300-VII" and "85" for Kamerstuk 35 300 VII, nr. 85. */
    kamerstukDossier?: string | null;
    kamerstukNumber?: string | null;
    title: string | null;
    date: string | null;
    askers: string[];
  };
  /** Share of the commitment's words (Dutch stems) found in the letter, from PostgreSQL; 0..1. */
  topic: number;
}

export type EvidenceKind =
  | 'citation' | 'cited_promise' | 'answer' | 'other_answer' | 'self_label' | 'vehicle' | 'sends' | 'other_year' | 'dossier'
  | 'ministry' | 'topic' | 'doubt' | 'unconfirmed';

export interface Evidence {
  kind: EvidenceKind;
  /** The matched phrase as written, or a short description. */
  phrase: string;
  weight: number;
}

export interface CandidateScore {
  commitmentId: string;
  score: number;
  /** The letter names the source document, its case, its questions or the register number. */
  explicitCitation: boolean;
  /** Some evidence points at this promise rather than its document: answer number, vehicle, register number, strong topic. */
  specific: boolean;
  /** The letter says it answers only partly. */
  partial: boolean;
  reasons: Evidence[];
}

export const WEIGHTS = {
  documentNumber: 0.6,
  kamerstuk: 0.6,
  appendix: 0.6,
  datedLetter: 0.5,
  caseNumber: 0.5,
  registerNumber: 0.7,
  questionsWithSubject: 0.5,
  askersOnly: 0.2,
  answerNumber: 0.15,
  otherAnswer: -0.25,
  selfLabel: 0.15,
  vehicle: 0.2,
  genericVehicle: 0.08,
  sendsKind: 0.15,
  sendsTopic: 0.1,
  otherYear: -0.3,
  sameDossier: 0.1,
  citedPromise: 0.1,
  sameMinistry: 0.05,
  otherMinistry: -0.1,
  topic: 0.25,
} as const;

/** Linked without review only with an explicit citation and at least this score. */
export const AUTO_LINK_MIN = 0.8;
/** Kept as a suggestion for the editor from this score on. */
export const SUGGEST_MIN = 0.2;
/** Topic overlap that by itself singles out one promise of a cited document. */
export const SPECIFIC_TOPIC = 0.5;
