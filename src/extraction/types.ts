export interface Span {
  start: number;
  end: number;
}

export interface Office {
  /** e.g. "Minister van Justitie en Veiligheid", "Staatssecretaris van Financiën", "kabinet" */
  role: string;
  ministry: string | null;
  name: string | null;
}

export type DocumentKind = 'answer' | 'postponement' | 'letter' | 'questions' | 'unknown';

export interface DocumentHeader {
  kind: DocumentKind;
  documentNumber: string | null;
  appendixNumber: string | null;
  sessionYear: string | null;
  caseNumber: string | null;
  /** The Kamerstuk the document is ("31 936, nr. 85"): dossier with its part, and number. */
  kamerstuk: { dossier: string; number: string } | null;
  received: string | null;
  date: string | null;
  title: string | null;
  askers: string[];
  office: Office | null;
  coSigners: Office[];
}

export interface QaBlock {
  label: string;
  question: Span | null;
  answer: Span | null;
}

export type CommitmentKind = 'report' | 'action';

export interface ExtractedCommitment {
  quote: string;
  start: number;
  end: number;
  kind: CommitmentKind;
  owner: Office | null;
  vehicle: string | null;
  deadlinePhrase: string | null;
  due: string | null;
  dueSource: 'explicit' | 'phrase' | null;
  recurring: boolean;
  /** calibrated probability that this is a commitment (the learned layer's verdict) */
  confidence: number;
  /** confidence reaches the review threshold: shown at once; otherwise it waits for an editor */
  published: boolean;
  answer: string | null;
  /** other sentences of the same document that restate this promise */
  also: string[];
}

export interface DeadlineChange {
  quote: string;
  start: number;
  end: number;
  newDeadlinePhrase: string | null;
  newDue: string | null;
  reason?: string;
}

export interface DocumentAnalysis {
  header: DocumentHeader;
  blocks: QaBlock[];
  commitments: ExtractedCommitment[];
  deadlineChanges: DeadlineChange[];
}
