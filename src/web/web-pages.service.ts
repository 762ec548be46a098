import { documentExcerpt } from './document-excerpt';
import { Inject, Injectable } from '@nestjs/common';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { termLabel } from '../commitments/domain/lateness';
import { formatKamerstuk } from '../extraction/structure/kamerstuk';
import { Clock, dutchDay } from '../common/clock';
import { notFound } from '../common/domain-error';
import { CommitmentListCache, listCacheKey } from '../commitments/commitment-list-cache';
import { COMMITMENT_KINDS, COMMITMENT_ORIGINS, COMMITMENT_STATUSES } from '../commitments/commitment.entity';
import { CommitmentFilters, COMMITMENT_SORTS } from '../commitments/commitments.repository';
import { CommitmentsService } from '../commitments/commitments.service';
import type { CommitmentDetailResponse, CommitmentResponse } from '../commitments/dto/commitment.response';
import type { SuggestionResponse } from '../fulfilment/dto/suggestion.response';
import { FulfilmentReviewService } from '../fulfilment/fulfilment-review.service';
import { currentOffice, ministryKey, ministryWithPredecessors } from '../ministries/ministry-lineage';
import { CHART_LEGEND, CHART_WIDTH, ministryChart } from './chart';
import { DocumentTitleRow, LinkingQueriesRepository } from './linking-queries.repository';
import { actorLabel, candidateView, percent, reasonsView } from './linking-view';
import { isPublished } from '../commitments/domain/visibility';
import type { CommitmentStatus } from '../commitments/commitment.entity';
import { daysLate, LineageRow, pageMembership, scoreOf, successorsOf, withSuccessors } from './ministry-board';
import {
  dayCount,
  deadlineNote,
  DOCUMENT_KIND_LABELS,
  DUE_SOURCE_LABELS,
  dutchDate,
  EVENT_LABELS,
  filterQuery,
  highlight,
  KIND_LABELS,
  ORIGIN_LABELS,
  ownerOf,
  slugOf,
  SORT_LABELS,
  statusBadge,
  STATUS_LABELS,
} from './view-format';
import { truncate } from '../common/truncate';
import { MinistryScore, RelatedDocument, WebQueriesRepository } from './web-queries.repository';
import { SearchExplainer, SearchExplanation } from './search-explanation';
import { askersOf } from './askers';
import { cleanText, displayTitle, fromSentenceStart, toSentenceEnd } from './clean-text';
import { officialSourceOf } from './official-source';
import type { Document } from '../documents/document.entity';

export const PAGE_SIZE = 20;

/** Builds the view data of the public pages. Everything returned is plain data; templates escape it. */
@Injectable()
export class WebPagesService {
  constructor(
    private readonly queries: WebQueriesRepository,
    private readonly commitments: CommitmentsService,
    private readonly linking: LinkingQueriesRepository,
    private readonly review: FulfilmentReviewService,
    private readonly clock: Clock,
    private readonly listCache: CommitmentListCache,
    private readonly search: SearchExplainer,
    @Inject(ENV) private readonly env: Env,
  ) {}

  private today(): string {
    return dutchDay(this.clock.now());
  }

  /** The ministries that own commitments and the current ministries that carry them; in the list cache because every list page shows them. */
  async ministries(): Promise<string[]> {
    return this.listCache.get(listCacheKey({ ministries: true }), async () => withSuccessors(await this.queries.ministries()));
  }

  async overview() {
    const today = this.today();
    const [counts, overdue, fulfilled, scores] = await Promise.all([
      this.linking.countedTotals(today),
      this.queries.mostOverdue(today, 10),
      this.queries.recentlyFulfilled(10),
      this.linking.countedScores(today),
    ]);
    return {
      counts,
      defaultTerm: termLabel(this.env.DEFAULT_TERM_DAYS),
      mostOverdue: overdue.map((r) => ({ ...r, owner: ownerOf(r), quote: truncate(cleanText(r.quote), 220), dueLabel: dutchDate(r.effectiveDue), slug: r.ministry ? slugOf(r.ministry) : null, daysLateLabel: dayCount(r.daysLate) })),
      recentlyFulfilled: fulfilled.map((r) => ({ ...r, quote: truncate(cleanText(r.quote), 220), fulfilledLabel: r.keptOn ? dutchDate(r.keptOn) : dutchDate(r.fulfilledAt), statusLabel: STATUS_LABELS[r.status] })),
      chart: chartOf(scores),
    };
  }

  async list(filters: CommitmentFilters, page: number) {
    const [result, ministries] = await Promise.all([this.commitments.list(filters, page, PAGE_SIZE), this.ministries()]);
    const matches = filters.q ? await this.search.explain(result.items, filters.q) : new Map<string, SearchExplanation>();
    const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    const query = filterQuery(filters);
    const currentYear = Number(this.today().slice(0, 4));
    return {
      filters: { ...filters, status: filters.status?.[0] ?? '' },
      query,
      // A capped count is a lower bound: "meer dan 10.000 toezeggingen".
      total: result.totalCapped ? `meer dan ${result.total.toLocaleString('nl-NL')}` : result.total,
      totalCapped: result.totalCapped,
      items: result.items.map((c) => ({ ...this.listItem(c), match: matches.get(c.id) ?? null })),
      page,
      pages,
      previousUrl: page > 1 ? `/toezeggingen?${filterQuery(filters, { page: page - 1 })}` : null,
      nextUrl: page < pages ? `/toezeggingen?${filterQuery(filters, { page: page + 1 })}` : null,
      options: {
        statuses: COMMITMENT_STATUSES.filter((value) => isPublished(value)).map((value) => ({ value, label: STATUS_LABELS[value], selected: filters.status?.[0] === value })),
        ministries: ministries.map((value) => ({ value, selected: filters.ministry?.toLowerCase() === value.toLowerCase() })),
        kinds: COMMITMENT_KINDS.map((value) => ({ value, label: KIND_LABELS[value], selected: filters.kind === value })),
        origins: COMMITMENT_ORIGINS.map((value) => ({ value, label: ORIGIN_LABELS[value], selected: filters.origin === value })),
        deadlines: DEADLINE_OPTIONS.map((o) => ({ ...o, selected: filters.deadline === o.value })),
        sorts: COMMITMENT_SORTS.map((value) => ({ value, label: SORT_LABELS[value], selected: (filters.sort ?? 'due') === value })),
        years: Array.from({ length: currentYear - 2009 }, (_, i) => currentYear - i).map((value) => ({ value, selected: filters.year === value })),
      },
      feeds: feedLinks(query),
    };
  }

  private listItem(c: CommitmentResponse) {
    const today = this.today();
    return {
      badge: statusBadge(c, today),
      deadlineNote: deadlineNote(c, today, this.env.DEFAULT_TERM_DAYS),
      id: c.id,
      quote: truncate(cleanText(c.quote), 300),
      owner: ownerOf({ ownerRole: c.owner.role, ownerName: c.owner.name }),
      currentOwner: c.owner.current?.role ?? null,
      ministry: c.owner.ministry,
      slug: c.owner.ministry ? slugOf(c.owner.ministry) : null,
      repeats: Boolean(c.repeatsCommitmentId),
      vehicle: c.vehicle,
      status: c.status,
      statusLabel: STATUS_LABELS[c.status],
      overdue: c.overdue,
      daysOverdue: c.daysOverdue,
      dueLabel: dutchDate(c.effectiveDue),
      deadlinePhrase: c.deadlinePhrase,
      document: c.document ? { ...c.document, title: titleOf(c.document), dateLabel: dutchDate(c.document.date) } : null,
    };
  }

  /**
   * The public commitment page; `editor` adds the fulfilment candidates and the undo form's data,
   * and shows commitments the public may not see (waiting for review, rejected: not found for them).
   */
  async commitment(id: string, editor = false) {
    const reader = editor ? 'editor' : 'public';
    const c = await this.commitments.get(id, reader);
    const sourceIds = c.history.flatMap((e) => [e.details.sourceDocumentId, e.details.documentId]).filter((v): v is string => typeof v === 'string');
    const source = c.document ? await this.queries.findDocument(c.document.id) : null;
    const [chain, candidates, restatements, original, sources] = await Promise.all([
      this.chainOf(c, source),
      // Readers only see the winning candidate of an automatic link; editors see them all.
      editor || c.autoLinked ? this.review.candidatesFor(id) : Promise.resolve([]),
      this.linking.restatementsOf(id),
      // An original the public may not see is not named to them.
      c.repeatsCommitmentId ? this.commitments.get(c.repeatsCommitmentId, reader).catch(() => null) : Promise.resolve(null),
      this.linking.documentTitles([...new Set(sourceIds)]),
    ]);
    const context = c.context ? contextView(c.context, c.answerLabel !== null) : null;
    const history = c.history.map((e) => historyItem(e, sources));
    const moves = history.filter((e) => e.type === 'due_changed');
    const today = this.today();
    return {
      c,
      quote: cleanText(c.quote),
      alsoStated: c.alsoStated.map((a) => cleanText(a.quote)),
      badge: statusBadge(c, today),
      deadlineNote: deadlineNote(c, today, this.env.DEFAULT_TERM_DAYS),
      // Once kept or lapsed there is nothing to be late about: subscribing only hears of changes.
      stillOpen: c.status === 'open' || c.status === 'candidate',
      // Candidates and rejected ones are not public: no subscribe form; editors see how sure the extractor was.
      subscribable: isPublished(c.status as CommitmentStatus),
      confidence: editor ? percent(c.confidence) : null,
      askers: source ? askersOf(source.text) : [],
      official: source ? officialSourceOf(source) : null,
      title: `Toezegging van ${ownerOf({ ownerRole: c.owner.role, ownerName: c.owner.name })}`,
      owner: ownerOf({ ownerRole: c.owner.role, ownerName: c.owner.name }),
      currentOwner: c.owner.current ? { role: c.owner.current.role, ministry: c.owner.current.ministry, slug: slugOf(c.owner.current.ministry) } : null,
      slug: c.owner.ministry ? slugOf(c.owner.ministry) : null,
      statusLabel: STATUS_LABELS[c.status],
      kindLabel: KIND_LABELS[c.kind],
      originLabel: ORIGIN_LABELS[c.origin],
      dueLabel: dutchDate(c.effectiveDue),
      promisedDueLabel: dutchDate(c.due),
      dueSourceLabel: DUE_SOURCE_LABELS[c.dueSource],
      lastMove: moves.at(-1) ?? null,
      firstDueLabel: moves.length ? moves[0].fromLabel : null,
      fulfilledLabel: c.fulfilledAt ? dutchDate(new Date(c.fulfilledAt)) : null,
      keptOnLabel: c.keptOn ? dutchDate(c.keptOn) : null,
      keptLateLabel: c.daysLateKept ? `${dayCount(c.daysLateKept)} na de termijn` : c.daysLateKept === 0 ? 'op tijd' : null,
      letterUrl: letterUrl(c),
      letterLabel: c.fulfillingLetter ?? (c.fulfillingDocument ? titleOf(c.fulfillingDocument) : 'brief'),
      autoLink: c.autoLinked ? autoLinkOf(c, candidates) : null,
      candidates: editor ? candidates.filter((s) => s.status !== 'auto_linked' || !c.autoLinked).map(candidateView) : [],
      repeatsOriginal: original ? { id: original.id, quote: truncate(original.quote, 200), owner: ownerOf({ ownerRole: original.owner.role, ownerName: original.owner.name }), statusLabel: STATUS_LABELS[original.status], dateLabel: dutchDate(original.document?.date) } : null,
      restatements: restatements.map((r) => ({ ...r, quote: truncate(r.quote, 200), owner: ownerOf({ ownerRole: r.ownerRole }), dateLabel: dutchDate(r.documentDate), statusLabel: STATUS_LABELS[r.status] })),
      context,
      chain,
      history,
      document: c.document ? { ...c.document, title: titleOf({ ...c.document, text: source?.text }), dateLabel: dutchDate(c.document.date), kindLabel: DOCUMENT_KIND_LABELS[c.document.kind] } : null,
    };
  }

  /** question → uitstel → antwoord → brief, from documents sharing the case number; missing links are shown as unknown. */
  private async chainOf(c: CommitmentDetailResponse, document: Document | null) {
    const related: RelatedDocument[] = document?.caseNumber ? await this.queries.relatedByCase(document.caseNumber) : [];
    const ofKind = (kind: RelatedDocument['kind']) => related.filter((d) => d.kind === kind);
    // Letters that moved this promise's deadline belong to its chain whatever their case (they cite it by Kamerstuk or date).
    const movedBy = c.history.filter((e) => e.type === 'due_changed' && typeof e.details.sourceDocumentId === 'string').map((e) => e.details.sourceDocumentId as string);
    const postponing = await this.queries.documentsByIds([...new Set(movedBy)].filter((id) => !related.some((d) => d.id === id)));
    const step = (label: string, docs: RelatedDocument[], optional = false) => ({
      label,
      optional,
      docs: docs.map((d) => ({ id: d.id, title: titleOf({ ...d, text: d.id === document?.id ? document.text : null }), number: d.number, dateLabel: dutchDate(d.date), url: d.url })),
    });
    const answer = related.length ? ofKind('answer') : document ? [{ id: document.id, kind: document.kind, number: document.number, title: document.title, date: document.date, url: document.url }] : [];
    const letters = c.fulfillingDocument ? [{ ...c.fulfillingDocument, kind: 'letter' as const }] : ofKind('letter');
    return {
      caseNumber: document?.caseNumber ?? null,
      steps: [
        step('Vragen', ofKind('questions')),
        step('Uitstel', [...ofKind('postponement'), ...postponing], true),
        step('Antwoord', answer),
        { ...step('Brief', letters), letter: letters.length ? null : c.fulfillingLetter },
      ],
    };
  }

  async ministryBySlug(slug: string): Promise<string> {
    const ministry = (await this.ministries()).find((m) => slugOf(m) === slug);
    if (!ministry) throw notFound('ministerie');
    return ministry;
  }

  /**
   * A ministry with the promises of its predecessors that it carries today (renames, merges; splits
   * by topic), each labelled with the office at the time and "nu: …". Restatements are listed, not counted.
   */
  async ministry(slug: string) {
    const ministry = await this.ministryBySlug(slug);
    const today = this.today();
    const rows = (await this.linking.lineage(ministryWithPredecessors(ministry))).filter(pageMembership(ministry));
    const score = scoreOf(ministry, rows, today);
    const isOverdue = (r: LineageRow) => r.status === 'open' && daysLate(r, today) !== null;
    const isPastTerm = (r: LineageRow) => r.status === 'open' && !isOverdue(r) && statusBadge(r, today).cls === 'past-term';
    const item = (r: LineageRow) => {
      const current = currentOffice({ role: r.ownerRole, ministry: r.ministry }, r.documentDate, `${r.quote} ${r.vehicle ?? ''}`);
      return {
        id: r.id,
        quote: truncate(cleanText(r.quote), 220),
        owner: ownerOf(r),
        formerMinistry: ministryKey(r.ministry) === ministryKey(ministry) ? null : r.ministry,
        currentOwner: current?.role ?? null,
        repeats: r.repeatsCommitmentId !== null,
        vehicle: r.vehicle,
        deadlinePhrase: r.deadlinePhrase,
        status: r.status,
        statusLabel: STATUS_LABELS[r.status],
        badge: statusBadge(r, today),
        deadlineNote: deadlineNote(r, today, this.env.DEFAULT_TERM_DAYS),
        dueLabel: dutchDate(r.effectiveDue),
        fulfilledLabel: r.keptDay ? dutchDate(r.keptDay) : null,
        fulfillingLetter: r.fulfillingLetter,
      };
    };
    const overdue = rows.filter(isOverdue);
    const pastTerm = rows.filter(isPastTerm);
    const open = rows.filter((r) => r.status === 'open' && !isOverdue(r) && !isPastTerm(r));
    const fulfilled = rows
      .filter((r) => (r.status === 'fulfilled' || r.status === 'partially_fulfilled') && r.fulfilledAt)
      .sort((a, b) => new Date(b.fulfilledAt as Date).getTime() - new Date(a.fulfilledAt as Date).getTime());
    const predecessors = [...new Map(rows.filter((r) => ministryKey(r.ministry) !== ministryKey(ministry)).map((r) => [ministryKey(r.ministry), r.ministry])).values()];
    const query = filterQuery({ ministry });
    return {
      ministry,
      slug,
      score,
      successors: successorsOf(ministry).map((m) => ({ ministry: m, slug: slugOf(m) })),
      predecessors: predecessors.map((m) => ({ ministry: m, slug: slugOf(m) })),
      chart: chartOf([score]),
      overdue: overdue.slice(0, 50).map(item),
      pastTerm: pastTerm.slice(0, 50).map(item),
      pastTermTotal: pastTerm.length,
      defaultTerm: termLabel(this.env.DEFAULT_TERM_DAYS),
      open: open.slice(0, 50).map(item),
      openTotal: open.length,
      fulfilled: fulfilled.slice(0, 20).map(item),
      listUrl: `/toezeggingen?${query}`,
      feeds: feedLinks(query),
    };
  }

  /** A document with its commitments: the published ones, and for an editor also those waiting for review or rejected. */
  async document(id: string, editor = false) {
    const document = await this.queries.findDocument(id);
    if (!document) throw notFound('document');
    const commitments = await this.queries.commitmentsOfDocument(id, editor);
    return {
      askers: askersOf(document.text),
      official: officialSourceOf(document),
      title: titleOf(document),
      document: {
        ...document,
        dateLabel: dutchDate(document.date),
        kindLabel: DOCUMENT_KIND_LABELS[document.kind],
        kamerstukLabel: document.kamerstukDossier && document.kamerstukNumber
          ? `Kamerstuk ${formatKamerstuk({ dossier: document.kamerstukDossier, number: document.kamerstukNumber })}`
          : null,
        appendixLabel: appendixLabelOf(document.sessionYear, document.appendixNumber),
      },
      ...documentExcerpt(document.text, commitments.flatMap((c) => [
        { id: c.id, status: c.status, start: c.startOffset, end: c.endOffset },
        ...(c.alsoStated ?? []).map((a) => ({ id: c.id, status: c.status, start: a.start, end: a.end, restates: true })),
      ])),
      commitments: commitments.map((c) => ({ id: c.id, quote: truncate(cleanText(c.quote), 200), badge: statusBadge(c, this.today()), status: c.status, owner: ownerOf(c) })),
    };
  }

  async documentText(id: string): Promise<string> {
    const document = await this.queries.findDocument(id);
    if (!document) throw notFound('document');
    return document.text;
  }
}

/** "Aanhangsel Handelingen, vergaderjaar 2019-2020, nr. 3349", as letters cite an answer. */
function appendixLabelOf(sessionYear: string | null, appendixNumber: string | null): string | null {
  const number = appendixNumber ? /(\d{1,5})$/.exec(appendixNumber)?.[1] : null;
  if (!number) return null;
  return `Aanhangsel Handelingen${sessionYear ? `, vergaderjaar ${sessionYear}` : ''}, nr. ${number}`;
}

const DEADLINE_OPTIONS = [
  { value: 'promised', label: 'Termijn genoemd' },
  { value: 'default', label: 'Geen termijn genoemd (standaardtermijn)' },
  { value: 'recurring', label: 'Terugkerend (per periode)' },
];

export function feedLinks(query: string) {
  const suffix = query ? `?${query}` : '';
  return [
    { type: 'application/atom+xml', label: 'Nieuwe toezeggingen (Atom)', href: `/feeds/nieuw.atom${suffix}` },
    { type: 'application/atom+xml', label: 'Over tijd (Atom)', href: `/feeds/over-tijd.atom${suffix}` },
    { type: 'application/atom+xml', label: 'Nagekomen (Atom)', href: `/feeds/nagekomen.atom${suffix}` },
    { type: 'text/calendar', label: 'Termijnen in uw agenda (iCalendar)', href: `/feeds/termijnen.ics${suffix}` },
  ];
}

/** A document's title as readers see it; never an id (see displayTitle). */
export function titleOf(d: { title: string | null; kind: string; date: string | null; text?: string | null }): string {
  return displayTitle(d, `${DOCUMENT_KIND_LABELS[d.kind] ?? 'Document'}${d.date ? ` van ${dutchDate(d.date)}` : ''}`);
}

/** The answer around a quote, cleaned; a window cut out of a text without blocks starts and ends at sentence boundaries. */
function contextView(context: NonNullable<CommitmentDetailResponse['context']>, inBlock: boolean) {
  const { before, quote, after } = highlight(context.answer ?? '', context.quoteStart, context.quoteEnd);
  const cleanBefore = cleanText(before);
  return {
    question: context.question ? cleanText(context.question).trim() : null,
    before: inBlock ? cleanBefore.trimStart() : fromSentenceStart(cleanBefore),
    quote: cleanText(quote),
    after: inBlock ? cleanText(after).trimEnd() : toSentenceEnd(cleanText(after)),
  };
}

function letterUrl(c: CommitmentResponse): string | null {
  if (c.fulfillingDocument) return `/documenten/${c.fulfillingDocument.id}`;
  if (!c.fulfillingLetter) return null;
  if (/^https?:\/\//.test(c.fulfillingLetter)) return c.fulfillingLetter;
  return `https://www.tweedekamer.nl/kamerstukken/detail?id=${encodeURIComponent(c.fulfillingLetter)}`;
}

function chartOf(scores: MinistryScore[]) {
  const rows = ministryChart(scores).map((row) => ({ ...row, now: successorsOf(row.ministry).join(' / ') || null }));
  return { rows, width: CHART_WIDTH, legend: CHART_LEGEND };
}

/** The evidence of an automatic link: its candidate when still stored, else what the history recorded. */
function autoLinkOf(c: CommitmentDetailResponse, candidates: SuggestionResponse[]) {
  const candidate = candidates.find((s) => s.status === 'auto_linked');
  const event = [...c.history].reverse().find((e) => e.type === 'status_changed' && e.actor === 'auto');
  const reasons = candidate?.reasons ?? (Array.isArray(event?.details.reasons) ? (event.details.reasons as SuggestionResponse['reasons']) : []);
  const score = candidate?.score ?? (typeof event?.details.score === 'number' ? event.details.score : null);
  return {
    score: score === null ? null : percent(score),
    reasons: reasonsView(reasons),
    when: event ? dutchDate(new Date(event.occurredAt)) : null,
  };
}

function historyItem(e: CommitmentDetailResponse['history'][number], sources: Map<string, DocumentTitleRow>) {
  const sourceId = e.details.sourceDocumentId ?? (e.type === 'letter_linked' ? e.details.documentId : undefined);
  const source = typeof sourceId === 'string' ? sources.get(sourceId) : undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    type: e.type,
    label: EVENT_LABELS[e.type] ?? e.type,
    actor: actorLabel(e.actor),
    when: dutchDate(new Date(e.occurredAt)),
    text: describeEvent(e.type, e.details),
    fromLabel: e.type === 'due_changed' ? dutchDate(text(e.details.from)) || 'geen termijn' : null,
    toLabel: e.type === 'due_changed' ? dutchDate(text(e.details.to)) || 'geen termijn' : null,
    reason: e.type === 'due_changed' ? text(e.details.reason) || null : null,
    repeatsId: e.type === 'edited' && typeof e.details.repeats === 'string' ? e.details.repeats : null,
    source: source ? { id: source.id, title: titleOf({ ...source, kind: 'other' }), number: source.number, dateLabel: dutchDate(source.date) } : null,
  };
}

function describeEvent(type: string, details: Record<string, unknown>): string {
  const text = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : JSON.stringify(v));
  switch (type) {
    case 'status_changed': {
      const change = `${STATUS_LABELS[text(details.from)] ?? text(details.from)} → ${STATUS_LABELS[text(details.to)] ?? text(details.to)}${details.note ? `: ${text(details.note)}` : ''}`;
      return details.undo === 'auto_link' ? `Automatische koppeling ongedaan gemaakt${details.letter ? ` (brief ${text(details.letter)})` : ''}. ${change}` : change;
    }
    case 'due_changed':
      return `${dutchDate(text(details.from)) || 'geen termijn'} → ${dutchDate(text(details.to)) || 'geen termijn'}${details.reason ? ` (${text(details.reason)})` : ''}`;
    case 'letter_linked':
      return details.letter ? `Brief ${text(details.letter)}` : '';
    case 'edited':
      if (typeof details.repeats === 'string') return `Herhaalt een eerdere toezegging${details.reason ? ` (${text(details.reason)})` : ''}`;
      return `Gewijzigd: ${Object.keys((details.changes as Record<string, unknown>) ?? {}).join(', ')}`;
    default:
      return '';
  }
}
