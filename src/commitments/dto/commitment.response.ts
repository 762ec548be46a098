import { daysBetween, dutchDay } from '../../common/clock';
import type { Document } from '../../documents/document.entity';
import { currentOffice } from '../../ministries/ministry-lineage';
import type { Commitment } from '../commitment.entity';
import type { CommitmentEvent } from '../commitment-event.entity';
import { DeadlineKind, deadlineKindOf, latenessOf } from '../domain/lateness';

export interface DocumentSummary {
  id: string;
  number: string | null;
  kind: string;
  title: string | null;
  date: string | null;
  url: string | null;
}

export interface CommitmentResponse {
  id: string;
  quote: string;
  /** Other sentences of the same document that restate this promise, with their offsets in its text (null: not found verbatim). */
  alsoStated: { quote: string; start: number | null; end: number | null }[];
  kind: string;
  status: string;
  /** Open and past a promised date ("over tijd"); a default term or a recurring period never makes a promise overdue. */
  overdue: boolean;
  daysOverdue: number | null;
  /** promised (a date or period was named), default (document date + the default term) or recurring (per period). */
  deadlineKind: DeadlineKind;
  /** Open and past a default term or this period's date of a recurring promise: shown apart from "over tijd". */
  pastTerm: { days: number; since: string; cadence: string | null } | null;
  /** `current`: the office that answers for the promise today ("nu: …"), when renames or splits moved it. */
  owner: { role: string | null; name: string | null; ministry: string | null; current: { role: string; ministry: string } | null };
  vehicle: string | null;
  deadlinePhrase: string | null;
  due: string | null;
  dueSource: string;
  dueExplanation: string | null;
  effectiveDue: string | null;
  recurring: boolean;
  confidence: number;
  origin: string;
  answerLabel: string | null;
  document: DocumentSummary | null;
  fulfillingLetter: string | null;
  fulfillingDocument: DocumentSummary | null;
  fulfilledAt: string | null;
  /** The fulfilling letter's date (YYYY-MM-DD): the day the promise was kept. */
  keptOn: string | null;
  /** Days between the due date and the letter's date when kept after a promised date; 0 when on time; null when unknown. */
  daysLateKept: number | null;
  /** The fulfilling letter was linked automatically (an editor can undo it). */
  autoLinked: boolean;
  /** The older open promise this one restates, if any. */
  repeatsCommitmentId: string | null;
  /** False for a restatement: scoreboards count the original only. */
  countsInScoreboard: boolean;
}

export interface CommitmentDetailResponse extends CommitmentResponse {
  /** The answer the quote sits in, and the question it answers. */
  context: { question: string | null; answer: string | null; quoteStart: number | null; quoteEnd: number | null } | null;
  history: { type: string; actor: string; occurredAt: string; details: Record<string, unknown> }[];
}

export function isOverdue(commitment: Commitment, today: string): boolean {
  return commitment.status === 'open' && commitment.effectiveDue !== null && commitment.effectiveDue < today && deadlineKindOf(commitment) === 'promised';
}

function daysLateKept(commitment: Commitment): number | null {
  const kept = commitment.keptOn ?? (commitment.fulfilledAt ? dutchDay(commitment.fulfilledAt) : null);
  if (!kept || !commitment.effectiveDue || deadlineKindOf(commitment) !== 'promised') return null;
  if (commitment.status !== 'fulfilled' && commitment.status !== 'partially_fulfilled') return null;
  return Math.max(0, daysBetween(commitment.effectiveDue, kept));
}

function pastTermOf(commitment: Commitment, today: string): CommitmentResponse['pastTerm'] {
  const lateness = latenessOf({ ...commitment, text: `${commitment.deadlinePhrase ?? ''} ${commitment.vehicle ?? ''} ${commitment.quote}` }, today);
  if (lateness.kind === 'promised' || !lateness.past || lateness.days === null || !lateness.countedFrom) return null;
  return { days: lateness.days, since: lateness.countedFrom, cadence: lateness.cadence };
}

export function toDocumentSummary(document: Document | null | undefined): DocumentSummary | null {
  if (!document) return null;
  return { id: document.id, number: document.number, kind: document.kind, title: document.title, date: document.date, url: document.url };
}

export function toCommitmentResponse(commitment: Commitment, now: Date): CommitmentResponse {
  const today = dutchDay(now);
  const overdue = isOverdue(commitment, today);
  return {
    id: commitment.id,
    quote: commitment.quote,
    alsoStated: (commitment.alsoStated ?? []).map(({ quote, start, end }) => ({ quote, start, end })),
    kind: commitment.kind,
    status: commitment.status,
    overdue,
    daysOverdue: overdue && commitment.effectiveDue ? daysBetween(commitment.effectiveDue, today) : null,
    deadlineKind: deadlineKindOf(commitment),
    pastTerm: pastTermOf(commitment, today),
    owner: {
      role: commitment.ownerRole,
      name: commitment.ownerName,
      ministry: commitment.ministry,
      current: currentOffice(
        { role: commitment.ownerRole, ministry: commitment.ministry },
        commitment.document?.date ?? null,
        `${commitment.quote} ${commitment.vehicle ?? ''}`,
      ),
    },
    vehicle: commitment.vehicle,
    deadlinePhrase: commitment.deadlinePhrase,
    due: commitment.due,
    dueSource: commitment.dueSource,
    dueExplanation: commitment.dueExplanation,
    effectiveDue: commitment.effectiveDue,
    recurring: commitment.recurring,
    confidence: commitment.confidence,
    origin: commitment.origin,
    answerLabel: commitment.answerLabel,
    document: toDocumentSummary(commitment.document),
    fulfillingLetter: commitment.fulfillingLetter,
    fulfillingDocument: toDocumentSummary(commitment.fulfillingDocument),
    fulfilledAt: commitment.fulfilledAt?.toISOString() ?? null,
    keptOn: commitment.keptOn ?? null,
    daysLateKept: daysLateKept(commitment),
    autoLinked: commitment.autoLinked,
    repeatsCommitmentId: commitment.repeatsCommitmentId,
    countsInScoreboard: commitment.repeatsCommitmentId === null,
  };
}

export function toCommitmentDetail(commitment: Commitment, history: CommitmentEvent[], now: Date): CommitmentDetailResponse {
  return { ...toCommitmentResponse(commitment, now), context: contextOf(commitment), history: history.map(toHistoryEntry) };
}

function toHistoryEntry(event: CommitmentEvent) {
  return { type: event.type, actor: event.actor, occurredAt: event.occurredAt.toISOString(), details: event.details };
}

function contextOf(commitment: Commitment): CommitmentDetailResponse['context'] {
  const document = commitment.document;
  if (!document || commitment.startOffset === null) return null;
  const start = commitment.startOffset;
  const block = document.blocks.find((b) => b.answer && b.answer.start <= start && start < b.answer.end);
  if (!block?.answer) {
    const from = Math.max(0, start - 400);
    const to = Math.min(document.text.length, (commitment.endOffset ?? start) + 400);
    return { question: null, answer: document.text.slice(from, to), quoteStart: start - from, quoteEnd: (commitment.endOffset ?? start) - from };
  }
  return {
    question: block.question ? document.text.slice(block.question.start, block.question.end) : null,
    answer: document.text.slice(block.answer.start, block.answer.end),
    quoteStart: start - block.answer.start,
    quoteEnd: (commitment.endOffset ?? start) - block.answer.start,
  };
}

