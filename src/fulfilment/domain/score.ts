import {
  answerEvidence, citationEvidence, citedPromiseEvidence, dossierEvidence, ministryEvidence, sendsEvidence, vehicleEvidence,
} from './evidence';
import type { LetterSignals } from './letter-signals';
import { AUTO_LINK_MIN, CandidateCommitment, CandidateScore, Evidence, EvidenceKind, SPECIFIC_TOPIC, SUGGEST_MIN, WEIGHTS } from './weights';

export * from './weights';

/**
 * How strongly a letter looks like the fulfilment of one open commitment: explicit citation (of the
 * document, its Kamerstuk, Aanhangsel, case, date), signs of keeping (self-label, the promised kind
 * of paper sent), the vehicle, same dossier and ministry, topic; counter-signs after the cap. Null
 * when the letter predates the promise.
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
    const named = citedPromiseEvidence(letter, c, citations);
    if (named) reasons.push(named);
  }
  if (letter.selfLabels.length > 0) reasons.push({ kind: 'self_label', phrase: letter.selfLabels[0], weight: WEIGHTS.selfLabel });
  if (letter.doubts.length > 0) reasons.push({ kind: 'doubt', phrase: letter.doubts[0].slice(0, 200), weight: 0 });
  if (c.unconfirmed) reasons.push({ kind: 'unconfirmed', phrase: 'toezegging nog niet bevestigd', weight: 0 });
  const vehicle = vehicleEvidence(letter, c);
  if (vehicle) reasons.push(vehicle);
  reasons.push(...sendsEvidence(letter, c));
  const dossier = dossierEvidence(letter, c, citations);
  if (dossier) reasons.push(dossier);
  const ministry = ministryEvidence(letter, c);
  if (ministry) reasons.push(ministry);
  if (c.topic > 0) reasons.push({ kind: 'topic', phrase: `${Math.round(c.topic * 100)}% van de woorden`, weight: round(WEIGHTS.topic * Math.min(1, c.topic)) });
  // Only the strongest citation counts: naming the answer twice is not twice the evidence.
  const strongest = Math.max(0, ...citations.map((e) => e.weight));
  const rest = reasons.filter((e) => e.kind !== 'citation');
  const gains = rest.filter((e) => e.weight > 0).reduce((sum, e) => sum + e.weight, 0);
  const losses = rest.filter((e) => e.weight < 0).reduce((sum, e) => sum + e.weight, 0);
  // Counter-signs count after the cap: a strongly cited answer that points at another question still ranks below the one it names.
  const score = round(Math.max(0, Math.min(1, strongest + gains) + losses));
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
      (e.kind === 'sends' && e.weight >= WEIGHTS.sendsKind + WEIGHTS.sendsTopic) ||
      e.kind === 'cited_promise' ||
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

/** Evidence that the letter keeps something rather than mentions it: it says so, it sends the promised kind of paper, or it answers the promise's question. */
const KEEPING: EvidenceKind[] = ['self_label', 'sends', 'answer'];

/**
 * Auto-linking needs the source named, this promise singled out, AND a sign that the letter keeps
 * it: a letter on one answer never closes its neighbours, and a letter that only cites a promise
 * (to restate it, or to doubt its date) closes nothing.
 */
export function decide(score: Pick<CandidateScore, 'score' | 'explicitCitation' | 'specific' | 'reasons'>, thresholds = DEFAULT_THRESHOLDS): Decision {
  const pointsElsewhere = score.reasons.some((e) => e.kind === 'other_answer' || e.kind === 'other_year' || e.kind === 'doubt' || e.kind === 'unconfirmed');
  const keeps = score.reasons.some((e) => KEEPING.includes(e.kind));
  if (score.explicitCitation && score.specific && keeps && !pointsElsewhere && score.score >= thresholds.autoLinkMin) return 'auto';
  return score.score >= thresholds.suggestMin ? 'suggest' : 'drop';
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
