import type { DeadlineChange, DocumentAnalysis, ExtractedCommitment, Office, Span } from './types';
import { findNoise } from './structure/noise';
import { parseHeader } from './structure/header';
import { regionsOf, type Region } from './structure/regions';
import { makeOffice } from './structure/offices';
import { splitSentences } from './sentences/split';
import { cleanText } from './text/clean';
import { detectCommitment, type Detection } from './detection/detect';
import { detectDeadlineChange } from './detection/deadline-change';
import { findVehicle, reportByVerb, standalonePronoun, vehicleBefore } from './detection/vehicle';
import { yesToReadiness } from './detection/bereid';
import { RECURRING, REPORT_VERB, RHYTHM, testOnce } from './detection/lexicon';
import { findTimePhrases, pickDeadline, type TimePhrase } from './deadlines/phrases';
import { parseIso } from './deadlines/dates';
import { deadlineInName } from './deadlines/dated-name';
import { candidateFeatures, type CandidateFacts } from './learned/features';
import { CueSentence } from './learned/cue-sentence';
import { classify, classifyCandidate, type LinearModel, type Verdict } from './learned/model';
import { mayReach } from './learned/reach';
import { ANSWER_YES_TRIGGER, CANDIDATE_TRIGGER, DEADLINE_CHANGE_TRIGGER, datedPastAct, neverAPromise } from './learned/candidates';
import { mergeRestatements, type Placed } from './learned/restatements';
import { isPublished } from './publication';
import trained from './learned/weights.json';

const TRAINED = trained as unknown as LinearModel & { reviewBelow: number; reviewActionsBelow: number };
/** Published commitments start at this probability unless the caller says otherwise (cross-validated, see bench/extraction-model). */
export const DEFAULT_REVIEW_BELOW: number = TRAINED.reviewBelow;
/** Actions, the kind most often mistaken, start at this one (cross-validated too; never below DEFAULT_REVIEW_BELOW). */
export const DEFAULT_REVIEW_ACTIONS_BELOW: number = TRAINED.reviewActionsBelow;
/** Below this probability a candidate is not reported at all, not even for review. */
export const DEFAULT_MIN_CONFIDENCE = 0.25;

export interface AnalyseOptions {
  /**
   * the document's date, YYYY-MM-DD; undefined falls back to the date in the header, then today;
   * null means "unknown": deadlines are named but get no date
   */
  received?: string | null;
  /** candidates below this probability are left out (default DEFAULT_MIN_CONFIDENCE) */
  minConfidence?: number;
  /** commitments below this probability are marked unpublished: they wait for review */
  reviewBelow?: number;
  /** actions below this probability wait for review too (default DEFAULT_REVIEW_ACTIONS_BELOW) */
  reviewActionsBelow?: number;
  /** another model (cross-validation trains one per fold) */
  model?: LinearModel;
  /** called with every candidate sentence and its features (training reads them) */
  onCandidate?: (candidate: { start: number; end: number; features: string[] }) => void;
  /**
   * also call onCandidate for sentences that hold only deadline-change or answer words ("niet",
   * "tijd", "ja"): never candidates, but negatives that training learns word weights from
   */
  offerNonCandidates?: boolean;
}

// how far back a bare "het wetsvoorstel" looks for the mention that names it
const CONTEXT_CHARS = 3000;
// a date to find time phrases with when the document's own date is unknown (their due dates are dropped)
const NOMINAL_DATE = '2000-01-01';

function ownerFor(actor: Detection['actor'], clean: string, lower: string, office: Office | null): Office | null {
  if (actor === 'self') return office;
  if (actor === 'cabinet') return { role: 'kabinet', ministry: null, name: null };
  const at = lower.indexOf(actor.mention);
  const original = at >= 0 ? clean.slice(at, at + actor.mention.length) : actor.mention;
  const m = /^(minister-president|minister|staatssecretaris)(?: (van|voor) (.+))?$/i.exec(original);
  if (!m) return office;
  const other = makeOffice(m[1], m[3] ?? null, null, m[2]);
  if (office && other.role.toLowerCase() === office.role.toLowerCase()) return office;
  return other;
}

function forward(p: TimePhrase, doc: string): boolean {
  if (p.due && p.due < doc) return false;
  return !/^(?:op|van) /.test(p.text) || p.due !== null;
}

interface DocumentContext {
  input: string;
  noise: Span[];
  /** the date time phrases are resolved against */
  doc: string;
  dateKnown: boolean;
  office: Office | null;
  model: LinearModel;
  minConfidence: number;
  reviewBelow: number;
  reviewActionsBelow: number;
  onCandidate: AnalyseOptions['onCandidate'];
  offerNonCandidates: boolean;
  commitments: Placed[];
  deadlineChanges: DeadlineChange[];
}

/** The sentences of one answer or letter, cleaned on demand, with the text before them for vehicle names. */
class RegionText {
  readonly sentences: Span[];
  private readonly cleaned: string[] = [];
  private lead: string | undefined;
  private questionLower: string[] | null = null;

  constructor(private readonly ctx: DocumentContext, readonly region: Region, readonly index: number) {
    this.sentences = splitSentences(ctx.input, region.start, region.end, ctx.noise);
  }

  clean(i: number): string {
    const s = this.sentences[i];
    return (this.cleaned[i] ??= cleanText(this.ctx.input, s.start, s.end, this.ctx.noise));
  }

  /** Up to CONTEXT_CHARS of cleaned text before sentence `upTo`: an answer is read with its question, a letter with all before it. */
  before(upTo: number): string {
    const parts: string[] = [];
    let n = 0;
    for (let i = upTo - 1; i >= 0 && n < CONTEXT_CHARS; i--) {
      const c = this.clean(i);
      parts.push(c);
      n += c.length + 1;
    }
    if (n < CONTEXT_CHARS) {
      const { region } = this;
      const contextStart = region.question ? region.question.start : region.label === null ? 0 : region.start;
      this.lead ??= region.start > contextStart ? cleanText(this.ctx.input, Math.max(contextStart, region.start - CONTEXT_CHARS), region.start, this.ctx.noise) : '';
      if (this.lead) parts.push(this.lead);
    }
    return parts.reverse().join(' ');
  }

  questionSentences(): string[] {
    const q = this.region.question;
    if (!q) return [];
    return (this.questionLower ??= splitSentences(this.ctx.input, q.start, q.end, this.ctx.noise).map((s) =>
      cleanText(this.ctx.input, s.start, s.end, this.ctx.noise).toLowerCase(),
    ));
  }
}

/** What the hand-written rules say about a sentence: a rule detection, or "Ja." to "Bent u bereid …?". */
function ruleDetection(rt: RegionText, si: number, lower: string, phrases: () => TimePhrase[], doc: string): Detection | null {
  const det = detectCommitment(lower, {
    hasTimePhrase: () => phrases().length > 0,
    hasForwardTime: () => phrases().some((p) => forward(p, doc)),
  });
  if (det || si !== 0 || !rt.region.question) return det;
  const yes = yesToReadiness(lower, rt.questionSentences());
  return yes ? { kind: yes.kind, confidence: yes.confidence, rule: 'yes-to-readiness', actor: 'self' } : null;
}

function vehicleOf(rt: RegionText, si: number, clean: string, lower: string, phrases: TimePhrase[]): string | null {
  const timeStarts = phrases.map((p) => p.index);
  const vehicle = findVehicle(clean, { before: () => rt.before(si), timeStarts }) ?? reportByVerb(clean, { timeStarts });
  // only a sentence that sends or reports something uses a pronoun for a document
  if (vehicle || si === 0 || !standalonePronoun(lower) || !testOnce(REPORT_VERB, lower)) return vehicle;
  // "Die wordt voor de zomer gestuurd": the document of the sentence before, or the fullest one named shortly before
  const named = findVehicle(rt.clean(si - 1), { before: () => rt.before(si - 1) });
  return named && / /.test(named) ? named : vehicleBefore(rt.before(si)) ?? named;
}

function commitmentOf(ctx: DocumentContext, rt: RegionText, si: number, det: Detection | null, verdict: Verdict, phrases: TimePhrase[]): ExtractedCommitment {
  const s = rt.sentences[si];
  const clean = rt.clean(si);
  const lower = clean.toLowerCase();
  const vehicle = vehicleOf(rt, si, clean, lower, phrases);
  const deadline = pickDeadline(phrases, lower, det?.at) ?? (ctx.dateKnown ? deadlineInName(vehicle, lower, ctx.doc) : null);
  const due = ctx.dateKnown ? deadline?.due ?? null : null;
  const confidence = Math.round(verdict.confidence * 1000) / 1000;
  return {
    quote: ctx.input.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    kind: verdict.kind,
    owner: ownerFor(det?.actor ?? 'self', clean, lower, ctx.office),
    vehicle,
    deadlinePhrase: deadline ? clean.slice(deadline.index, deadline.index + deadline.text.length) : null,
    due,
    dueSource: due ? deadline!.source : null,
    recurring: RECURRING.test(lower),
    confidence,
    published: isPublished({ kind: verdict.kind, confidence }, ctx),
    answer: rt.region.label,
    also: [],
  };
}

/**
 * What a sentence is read for, from its words (cheap tests on the raw text: most sentences hold no
 * trigger word at all): a candidate promise, a negative for training only, a deadline change only, or nothing.
 */
function readingOf(ctx: DocumentContext, raw: string, firstInAnswer: boolean): 'candidate' | 'negative' | 'deadline-change' | null {
  if (CANDIDATE_TRIGGER.test(raw) || (firstInAnswer && ANSWER_YES_TRIGGER.test(raw))) return 'candidate';
  const deadline = DEADLINE_CHANGE_TRIGGER.test(raw);
  if (ctx.offerNonCandidates && (deadline || ANSWER_YES_TRIGGER.test(raw))) return 'negative';
  return deadline ? 'deadline-change' : null;
}

function readSentence(ctx: DocumentContext, rt: RegionText, si: number): void {
  const s = rt.sentences[si];
  const firstInAnswer = si === 0 && rt.region.question !== null;
  const reading = readingOf(ctx, ctx.input.slice(s.start, s.end), firstInAnswer);
  if (!reading) return;
  const lower = rt.clean(si).toLowerCase();
  let phrasesMemo: TimePhrase[] | undefined;
  const phrases = () => (phrasesMemo ??= findTimePhrases(lower, ctx.doc));
  const change = detectDeadlineChange(lower);
  if (change) {
    const next = pickDeadline(phrases());
    ctx.deadlineChanges.push({
      quote: ctx.input.slice(s.start, s.end), start: s.start, end: s.end,
      newDeadlinePhrase: next ? rt.clean(si).slice(next.index, next.index + next.text.length) : null,
      newDue: ctx.dateKnown ? next?.due ?? null : null,
      ...(change.reason ? { reason: change.reason } : {}),
    });
    return;
  }
  if (reading === 'deadline-change' || neverAPromise(lower)) return;
  const pastAct = datedPastAct(lower);
  if (pastAct && !ctx.onCandidate) return;
  const det = ruleDetection(rt, si, lower, phrases, ctx.doc);
  const facts: CandidateFacts = {
    lower,
    rule: det?.rule ?? null,
    ruleConfidence: det?.confidence ?? 0,
    ruleKind: det?.kind ?? null,
    // getters: a candidate settled before its time features is never searched for time phrases
    get hasTime() {
      return phrases().length > 0;
    },
    get hasForwardTime() {
      return phrases().some((p) => forward(p, ctx.doc));
    },
    firstInAnswer,
    inLetter: rt.region.label === null,
  };
  let verdict: Verdict;
  if (ctx.onCandidate) {
    const features = candidateFeatures(facts);
    ctx.onCandidate({ start: s.start, end: s.end, features });
    if (reading === 'negative' || pastAct) return;
    verdict = classify(ctx.model, features);
  } else {
    const sentence = new CueSentence(lower);
    if (!mayReach(ctx.model, facts, ctx.minConfidence, sentence)) return;
    verdict = classifyCandidate(ctx.model, facts, sentence);
  }
  if (verdict.confidence < ctx.minConfidence) return;
  ctx.commitments.push({ commitment: commitmentOf(ctx, rt, si, det, verdict, phrases()), region: rt.index, sentence: si, lower });
}

// "Ik zal uw Kamer hierover informeren. Naar verwachting is dat voor het kerstreces.": a sentence that
// points back at the promise and names only a time
const POINTS_BACK = /^(?:(?:naar verwachting|waarschijnlijk|vermoedelijk|ik verwacht|wij verwachten|we verwachten)(?![\p{L}])|(?:dit|dat|deze|die|het|hij|ze)(?: [\p{L}]+){0,2} (?:zal|zullen|is|wordt|gebeurt|verwacht)(?![\p{L}]))/u;

/** A commitment without a time of its own takes the deadline of the next sentence when that one points back at it. */
function deadlineFromNext(ctx: DocumentContext, rt: RegionText, found: Placed[]): void {
  for (const p of found) {
    const c = p.commitment;
    const next = p.sentence + 1;
    if (c.deadlinePhrase || next >= rt.sentences.length || found.some((f) => f.sentence === next)) continue;
    const clean = rt.clean(next);
    const lower = clean.toLowerCase();
    if (!POINTS_BACK.test(lower)) continue;
    const deadline = pickDeadline(findTimePhrases(lower, ctx.doc).filter((t) => forward(t, ctx.doc)));
    if (!deadline) continue;
    c.deadlinePhrase = clean.slice(deadline.index, deadline.index + deadline.text.length);
    c.due = ctx.dateKnown ? deadline.due : null;
    c.dueSource = c.due ? deadline.source : null;
  }
}

/** "jaarlijks", "elk kwartaal": what a standing report names instead of a deadline (it sets no date). */
function rhythmOf(clean: string): string | null {
  const m = RHYTHM.exec(clean.toLowerCase());
  return m ? clean.slice(m.index, m.index + m[0].length) : null;
}

export function analyse(text: string, options: AnalyseOptions = {}): DocumentAnalysis {
  const input = typeof text === 'string' ? text : '';
  const noise = findNoise(input);
  const given = typeof options.received === 'string' && parseIso(options.received) ? options.received : undefined;
  const { header, bodyStart } = parseHeader(input, given);
  const known = header.received ?? header.date ?? (options.received === null ? null : new Date().toISOString().slice(0, 10));
  const ctx: DocumentContext = {
    input, noise, doc: known ?? NOMINAL_DATE, dateKnown: known !== null, office: header.office,
    model: options.model ?? TRAINED,
    minConfidence: options.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
    reviewBelow: options.reviewBelow ?? DEFAULT_REVIEW_BELOW,
    reviewActionsBelow: options.reviewActionsBelow ?? DEFAULT_REVIEW_ACTIONS_BELOW,
    onCandidate: options.onCandidate,
    offerNonCandidates: options.offerNonCandidates === true && options.onCandidate !== undefined,
    commitments: [], deadlineChanges: [],
  };
  const { blocks, regions } = regionsOf(input, noise, bodyStart);
  regions.forEach((region, ri) => {
    const rt = new RegionText(ctx, region, ri);
    const from = ctx.commitments.length;
    for (let si = 0; si < rt.sentences.length; si++) readSentence(ctx, rt, si);
    deadlineFromNext(ctx, rt, ctx.commitments.slice(from));
  });
  const commitments = mergeRestatements(ctx.commitments);
  for (const c of commitments) if (!c.deadlinePhrase && c.recurring) c.deadlinePhrase = rhythmOf(cleanText(input, c.start, c.end, noise));
  return { header, blocks, commitments, deadlineChanges: ctx.deadlineChanges };
}
