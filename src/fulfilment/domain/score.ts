import { ministryKey } from '../../ministries/ministry-lineage';
import { answerNumbersOf, appendixNumberOf, askersCited } from './citations';
import type { LetterSignals } from './letter-signals';
import { familyOf, kindWordsOf } from './offered';
import { contentWords, coverage, isGeneric, stemsOf, wordsAmong } from './words';

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
  const kamerstuk = source.kamerstukDossier && cited.kamerstukken.find((k) => k.dossier === source.kamerstukDossier && k.number === source.kamerstukNumber);
  if (kamerstuk) out.push({ kind: 'citation', phrase: kamerstuk.phrase, weight: WEIGHTS.kamerstuk });
  const dated = source.date && cited.datedLetters.find((d) => d.date === source.date);
  if (dated && (sameMinistry(letter, c) || (source.kamerstukDossier && letter.dossiers.includes(source.kamerstukDossier)))) {
    out.push({ kind: 'citation', phrase: dated.phrase, weight: WEIGHTS.datedLetter });
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

function sameMinistry(letter: LetterSignals, c: CandidateCommitment): boolean {
  return !!c.ministry && letter.ministryFamily.includes(ministryKey(c.ministry));
}

const YEAR = /\b(?:19[5-9]\d|20\d\d)\b/g;

/**
 * The letter sends a paper of the kind the promise names (a "werkprogramma" for a "plan van
 * aanpak", a "kabinetsreactie" for a "reactie"), better still on the same subject; a paper about
 * another year ("Jaarverslag 2024" for a promise on 2019) keeps nothing.
 */
function sendsEvidence(letter: LetterSignals, c: CandidateCommitment): Evidence[] {
  const context = promiseContext(c);
  const family = (c.vehicle && familyOf(c.vehicle)) || familyOf(c.quote) || familyOf(context);
  const promiseYears = new Set(`${c.quote} ${c.vehicle ?? ''} ${c.source.title ?? ''}`.match(YEAR) ?? []);
  const out: Evidence[] = [];
  for (const offered of letter.offered) {
    const years = offered.phrase.match(YEAR) ?? [];
    if (years.length > 0 && promiseYears.size > 0 && !years.some((y) => promiseYears.has(y))) {
      return [{ kind: 'other_year', phrase: `stuurt «${offered.phrase}», de toezegging gaat over ${[...promiseYears].join(', ')}`, weight: WEIGHTS.otherYear }];
    }
    if (!family || offered.kind !== family) continue;
    // On the promise's own subject singles it out; on the subject of its document only adds weight.
    const onPromise = coverage(offered.phrase, `${c.quote} ${c.vehicle ?? ''}`) >= 0.5;
    const onDocument = !!c.source.head && coverage(offered.phrase, c.source.head) >= 0.6;
    const weight = WEIGHTS.sendsKind + (onPromise ? WEIGHTS.sendsTopic : onDocument ? WEIGHTS.sendsTopic / 2 : 0);
    out.push({ kind: 'sends', phrase: `stuurt «${offered.phrase}»`, weight });
  }
  return out.sort((a, b) => b.weight - a.weight).slice(0, 1);
}

const CONTEXT_CHARS = 300;

/** The promise with what leads up to it in its document: "De voorbereiding van de reactie … Wij zijn voornemens u in het najaar nader te berichten." */
function promiseContext(c: CandidateCommitment): string {
  const head = c.source.head;
  const at = head ? head.indexOf(c.quote.slice(0, 60)) : -1;
  if (!head || at < 0) return c.quote;
  return head.slice(Math.max(0, at - CONTEXT_CHARS), at + c.quote.length);
}

const PASSAGE_CHARS = 250;
const PASSAGE_COVERAGE = 0.3;

/**
 * Where the letter cites the source it says what was promised: "Bij brief van 27 november 2019
 * (Kamerstuk 35 300 VII, nr. 85) … dat uw Kamer daartoe een notitie zal ontvangen over de
 * verschillende varianten". The promise whose vehicle or words stand there is the one meant.
 */
function citedPromiseEvidence(letter: LetterSignals, c: CandidateCommitment, citations: Evidence[]): Evidence | null {
  const flat = letter.text.replace(/\s+/g, ' ');
  for (const citation of citations) {
    const at = flat.indexOf(citation.phrase);
    if (at < 0) continue;
    const passage = flat.slice(Math.max(0, at - PASSAGE_CHARS), at + citation.phrase.length + PASSAGE_CHARS);
    const vehicleWords = c.vehicle ? contentWords(c.vehicle) : [];
    const passageStems = stemsOf(passage);
    const vehicleNamed = vehicleWords.length > 0 && wordsAmong(vehicleWords, passageStems).length === vehicleWords.length;
    // The kind of paper the promise names ("de notitie"), named again where the letter cites it ("een notitie zal ontvangen").
    const kindNamed = kindWordsOf(c.quote).find((w) => passageStems.has(w.slice(0, 6)));
    if (vehicleNamed || kindNamed || coverage(c.quote, passage) >= PASSAGE_COVERAGE) {
      const what = vehicleNamed ? c.vehicle : kindNamed;
      return { kind: 'cited_promise', phrase: what ? `noemt «${what}» bij de verwijzing` : 'noemt de toezegging bij de verwijzing', weight: WEIGHTS.citedPromise };
    }
  }
  return null;
}

/** The letter belongs to or cites the dossier of the promise's document: a weak signal, never proof. */
function dossierEvidence(letter: LetterSignals, c: CandidateCommitment, citations: Evidence[]): Evidence | null {
  const dossier = c.source.kamerstukDossier;
  if (!dossier || citations.length > 0 || !letter.dossiers.includes(dossier)) return null;
  return { kind: 'dossier', phrase: `dossier ${dossier}`, weight: WEIGHTS.sameDossier };
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
