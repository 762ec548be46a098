import { ministryKey } from '../../ministries/ministry-lineage';
import { answerNumbersOf, appendixNumberOf, askersCited } from './citations';
import type { LetterSignals } from './letter-signals';
import { contentWords, coverage, isGeneric, wordsAmong } from './words';

/** An open commitment as the matcher sees it. */
export interface CandidateCommitment {
  id: string;
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
    title: string | null;
    date: string | null;
    askers: string[];
  };
  /** Share of the commitment's words (Dutch stems) found in the letter, from PostgreSQL; 0..1. */
  topic: number;
}

export type EvidenceKind = 'citation' | 'answer' | 'other_answer' | 'self_label' | 'vehicle' | 'ministry' | 'topic';

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
  appendix: 0.6,
  caseNumber: 0.5,
  registerNumber: 0.7,
  questionsWithSubject: 0.5,
  askersOnly: 0.2,
  answerNumber: 0.15,
  otherAnswer: -0.25,
  selfLabel: 0.15,
  vehicle: 0.2,
  genericVehicle: 0.08,
  sameMinistry: 0.05,
  otherMinistry: -0.1,
  topic: 0.25,
} as const;

/** Linked without review only with an explicit citation and at least this score. */
export const AUTO_LINK_MIN = 0.8;
/** Kept as a suggestion for the editor from this score on. */
export const SUGGEST_MIN = 0.2;
/** Topic overlap that by itself singles out one promise of a cited document. */
const SPECIFIC_TOPIC = 0.5;

function citationEvidence(letter: LetterSignals, c: CandidateCommitment): Evidence[] {
  const out: Evidence[] = [];
  const cited = letter.citations;
  const source = c.source;
  if (source.number && cited.documentNumbers.includes(source.number.toUpperCase())) {
    out.push({ kind: 'citation', phrase: source.number, weight: WEIGHTS.documentNumber });
  }
  const appendix = appendixNumberOf(source.appendixNumber);
  const hit = appendix && cited.appendix.find((a) => a.number === appendix && (!a.session || !source.sessionYear || a.session === source.sessionYear));
  if (hit) out.push({ kind: 'citation', phrase: hit.phrase, weight: WEIGHTS.appendix });
  if (source.caseNumber && cited.caseNumbers.includes(source.caseNumber.toUpperCase())) {
    out.push({ kind: 'citation', phrase: source.caseNumber, weight: WEIGHTS.caseNumber });
  }
  if (c.registerNumber && cited.registerNumbers.includes(c.registerNumber.toUpperCase())) {
    out.push({ kind: 'citation', phrase: c.registerNumber, weight: WEIGHTS.registerNumber });
  }
  if (source.askers.length > 0) {
    for (const q of cited.questions) {
      const askers = askersCited(source.askers, q.askers);
      if (askers.length < Math.min(2, source.askers.length)) continue;
      const subjectMatches = q.subject && source.title ? coverage(source.title, q.subject) >= 0.5 : false;
      out.push({
        kind: 'citation',
        phrase: q.phrase,
        weight: subjectMatches ? WEIGHTS.questionsWithSubject : WEIGHTS.askersOnly,
      });
      break;
    }
  }
  return out;
}

function answerEvidence(letter: LetterSignals, c: CandidateCommitment): Evidence | null {
  const mine = answerNumbersOf(c.answerLabel);
  const named = letter.citations.answerNumbers;
  if (mine.length === 0 || named.length === 0) return null;
  const shared = mine.filter((n) => named.includes(n));
  if (shared.length > 0) return { kind: 'answer', phrase: `vraag/antwoord ${shared.join(', ')}`, weight: WEIGHTS.answerNumber };
  return { kind: 'other_answer', phrase: `noemt vraag ${named.join(', ')}, niet ${mine.join(', ')}`, weight: WEIGHTS.otherAnswer };
}

function vehicleEvidence(letter: LetterSignals, c: CandidateCommitment): Evidence | null {
  if (!c.vehicle) return null;
  const words = [...new Set(contentWords(c.vehicle))];
  if (words.length === 0) return null;
  const found = wordsAmong(words, letter.headStems);
  const distinctive = words.filter((w) => !isGeneric(w));
  const distinctiveFound = found.filter((w) => !isGeneric(w));
  if (distinctive.length === 0) {
    return found.length === words.length ? { kind: 'vehicle', phrase: found.join(' '), weight: WEIGHTS.genericVehicle } : null;
  }
  if (distinctiveFound.length === 0 || found.length / words.length < 0.6) return null;
  return { kind: 'vehicle', phrase: found.join(' '), weight: WEIGHTS.vehicle };
}

function ministryEvidence(letter: LetterSignals, c: CandidateCommitment): Evidence | null {
  if (!letter.ministry || !c.ministry) return null;
  if (letter.ministryFamily.includes(ministryKey(c.ministry))) return { kind: 'ministry', phrase: letter.ministry, weight: WEIGHTS.sameMinistry };
  return { kind: 'ministry', phrase: `ander ministerie (${letter.ministry})`, weight: WEIGHTS.otherMinistry };
}

/**
 * How strongly a letter looks like the fulfilment of one open commitment, strongest evidence first:
 * explicit citation, self-labelled fulfilment, the promised vehicle, same ministry, topic. Null when
 * the letter predates the promise.
 */
export function scoreCandidate(letter: LetterSignals, c: CandidateCommitment): CandidateScore | null {
  if (letter.date && c.source.date && letter.date < c.source.date) return null;
  const reasons: Evidence[] = [];
  const citations = citationEvidence(letter, c);
  reasons.push(...citations);
  const explicitCitation = citations.some((e) => e.weight >= WEIGHTS.questionsWithSubject);
  if (citations.length > 0) {
    const answer = answerEvidence(letter, c);
    if (answer) reasons.push(answer);
  }
  if (letter.selfLabels.length > 0) reasons.push({ kind: 'self_label', phrase: letter.selfLabels[0], weight: WEIGHTS.selfLabel });
  const vehicle = vehicleEvidence(letter, c);
  if (vehicle) reasons.push(vehicle);
  const ministry = ministryEvidence(letter, c);
  if (ministry) reasons.push(ministry);
  if (c.topic > 0) reasons.push({ kind: 'topic', phrase: `${Math.round(c.topic * 100)}% van de woorden`, weight: round(WEIGHTS.topic * Math.min(1, c.topic)) });
  // Only the strongest citation counts: naming the answer twice is not twice the evidence.
  const strongest = Math.max(0, ...citations.map((e) => e.weight));
  const rest = reasons.filter((e) => e.kind !== 'citation').reduce((sum, e) => sum + e.weight, 0);
  const score = round(Math.max(0, Math.min(1, strongest + rest)));
  return { commitmentId: c.id, score, explicitCitation, specific: isSpecific(reasons), partial: letter.partial.length > 0, reasons };
}

/**
 * Some evidence points at this promise rather than at its document: an answer or register number,
 * the promised vehicle, or a strong topic overlap. Read from the reasons alone, so stored
 * candidates can be judged again.
 */
export function isSpecific(reasons: Pick<Evidence, 'kind' | 'weight'>[]): boolean {
  return reasons.some(
    (e) =>
      e.kind === 'answer' ||
      (e.kind === 'vehicle' && e.weight >= WEIGHTS.vehicle) ||
      (e.kind === 'citation' && e.weight === WEIGHTS.registerNumber) ||
      (e.kind === 'topic' && e.weight >= round(WEIGHTS.topic * SPECIFIC_TOPIC)),
  );
}

export type Decision = 'auto' | 'suggest' | 'drop';

export interface Thresholds {
  autoLinkMin: number;
  suggestMin: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { autoLinkMin: AUTO_LINK_MIN, suggestMin: SUGGEST_MIN };

/** Auto-linking needs the source named AND this promise singled out, so a letter on one answer never closes its neighbours. */
export function decide(score: Pick<CandidateScore, 'score' | 'explicitCitation' | 'specific' | 'reasons'>, thresholds = DEFAULT_THRESHOLDS): Decision {
  const pointsElsewhere = score.reasons.some((e) => e.kind === 'other_answer');
  if (score.explicitCitation && score.specific && !pointsElsewhere && score.score >= thresholds.autoLinkMin) return 'auto';
  return score.score >= thresholds.suggestMin ? 'suggest' : 'drop';
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
