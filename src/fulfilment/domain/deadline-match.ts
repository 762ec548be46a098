import { resolveDeadline } from '../../extraction';
import type { LetterSignals } from './letter-signals';
import { CandidateCommitment, CandidateScore, scoreCandidate } from './score';
import { coverage, fold, wordsFound, contentWords, isGeneric } from './words';

/** A sentence that moves a promise, as the extractor reports it. */
export interface DeadlineChangeInput {
  quote: string;
  newDeadlinePhrase: string | null;
  newDue: string | null;
}

export interface DeadlineMatch {
  commitmentId: string;
  newDue: string | null;
  newDeadlinePhrase: string | null;
  score: number;
  reasons: CandidateScore['reasons'];
}

/** Applied without review from this score on, and only with a clear winner. */
export const DEADLINE_MATCH_MIN = 0.6;
const MARGIN = 0.1;

const NOT_POSSIBLE = /niet (?:mogelijk|haalbaar|lukken|gelukt|lukt|gaat lukken)|(?:lukt|lukken|kan|kunnen|zal|zullen) .{0,60}?niet|later dan|uitstel|vertraging|meer tijd/;
const EXPECTATION = /verwacht|streef|voornemens|zal|zullen|informeer ik|ontvangt uw kamer|stuur ik|kom ik|wordt/;

/**
 * The date a postponement sentence moves to. "Het is niet mogelijk uw Kamer voor de zomer te
 * informeren; ik verwacht dit na het zomerreces te doen" names the old period first: read the
 * clauses that promise something and skip those that say what is not possible.
 */
export function newDeadlineOf(change: DeadlineChangeInput, documentDate: string | null): { due: string | null; phrase: string | null } {
  if (!documentDate) return { due: change.newDue, phrase: change.newDeadlinePhrase };
  const clauses = change.quote.split(/;|:|\.\s|,\s(?=(?:maar|doch|ik|wij|het kabinet|naar verwachting)\b)/i);
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = fold(clauses[i]);
    if (NOT_POSSIBLE.test(clause) && !EXPECTATION.test(clause.replace(NOT_POSSIBLE, ''))) continue;
    const resolved = resolveDeadline(clauses[i], documentDate);
    if (resolved.due) return { due: resolved.due, phrase: clauses[i].trim() };
  }
  return { due: change.newDue, phrase: change.newDeadlinePhrase };
}

function changeSpecificEvidence(change: DeadlineChangeInput, c: CandidateCommitment, letterText: string): CandidateScore['reasons'] {
  const out: CandidateScore['reasons'] = [];
  const quote = fold(change.quote);
  // The old term in the sentence, or elsewhere in the letter ("dat ik u voor 1 april 2020 een notitie zal doen toekomen").
  if (c.deadlinePhrase && (quote.includes(fold(c.deadlinePhrase)) || fold(letterText).includes(fold(c.deadlinePhrase)))) {
    out.push({ kind: 'vehicle', phrase: `oude termijn «${c.deadlinePhrase}»`, weight: 0.1 });
  }
  if (c.vehicle) {
    const distinctive = contentWords(c.vehicle).filter((w) => !isGeneric(w));
    const found = wordsFound(distinctive, change.quote);
    if (distinctive.length > 0 && found.length / distinctive.length >= 0.6) {
      out.push({ kind: 'vehicle', phrase: found.join(' '), weight: 0.2 });
    }
  }
  const topic = coverage(c.quote, change.quote);
  if (topic >= 0.2) out.push({ kind: 'topic', phrase: `${Math.round(topic * 100)}% van de woorden in de uitstelzin`, weight: Math.min(0.2, topic * 0.4) });
  return out;
}

const FOLLOWING_CHARS = 320;

/**
 * A postponement sentence without a new date, read together with what follows it: "Het is helaas
 * niet mogelijk gebleken om dit binnen de gestelde termijn te doen. De benodigde afstemming vereist
 * nog enige tijd. Ik verwacht u de brief uiterlijk 30 april te doen toekomen."
 */
export function withFollowingSentences<T extends DeadlineChangeInput & { end: number }>(change: T, text: string): T {
  if (change.newDue || change.end <= 0 || change.end > text.length) return change;
  const following = text.slice(change.end, change.end + FOLLOWING_CHARS);
  const cut = following.search(/\n\s*\n|\s(?:De|Het) (?:Minister|Staatssecretaris)\b/);
  return { ...change, quote: `${change.quote} ${cut >= 0 ? following.slice(0, cut) : following}`.replace(/\s+/g, ' ').trim() };
}

/**
 * The open commitment a postponement sentence moves, or null when no promise is clearly meant.
 * Uses the letter-wide evidence (citation, office, topic) plus what the sentence itself names.
 */
export function matchDeadlineChange(
  change: DeadlineChangeInput,
  letter: LetterSignals,
  candidates: CandidateCommitment[],
): DeadlineMatch | null {
  const { due, phrase } = newDeadlineOf(change, letter.date);
  const scored = candidates
    .map((c) => {
      const base = scoreCandidate({ ...letter, selfLabels: [], partial: [] }, c);
      if (!base) return null;
      const extra = changeSpecificEvidence(change, c, letter.text);
      const reasons = [...base.reasons.filter((r) => r.kind !== 'vehicle'), ...extra];
      // Ranked on the unclamped sum: two promises of one cited answer both reach 1.0 otherwise.
      const strongest = Math.max(0, ...reasons.filter((r) => r.kind === 'citation').map((r) => r.weight));
      const score = strongest + reasons.filter((r) => r.kind !== 'citation').reduce((sum, r) => sum + r.weight, 0);
      const pointed = base.explicitCitation || extra.some((r) => r.kind === 'vehicle' && r.weight >= 0.2);
      return { c, score: Math.round(score * 1000) / 1000, reasons, pointed };
    })
    .filter((x): x is NonNullable<typeof x> => x !== null && x.pointed)
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < DEADLINE_MATCH_MIN) return null;
  if (second && best.score - second.score < MARGIN) return null;
  if (due && best.c.source.date && due <= best.c.source.date) return null;
  return { commitmentId: best.c.id, newDue: due, newDeadlinePhrase: phrase, score: Math.min(1, best.score), reasons: best.reasons };
}
