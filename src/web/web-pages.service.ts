import { Injectable } from '@nestjs/common';
import { Clock, dutchDay } from '../common/clock';
import { notFound } from '../common/domain-error';
import { COMMITMENT_KINDS, COMMITMENT_ORIGINS, COMMITMENT_STATUSES } from '../commitments/commitment.entity';
import { CommitmentFilters, COMMITMENT_SORTS } from '../commitments/commitments.repository';
import { CommitmentsService } from '../commitments/commitments.service';
import type { CommitmentDetailResponse, CommitmentResponse } from '../commitments/dto/commitment.response';
import { CHART_LEGEND, CHART_WIDTH, ministryChart } from './chart';
import {
  DOCUMENT_KIND_LABELS,
  DUE_SOURCE_LABELS,
  dutchDate,
  EVENT_LABELS,
  filterQuery,
  highlight,
  KIND_LABELS,
  ORIGIN_LABELS,
  ownerOf,
  segmentText,
  slugOf,
  SORT_LABELS,
  STATUS_LABELS,
  truncate,
} from './view-format';
import { RelatedDocument, WebQueriesRepository } from './web-queries.repository';

const MINISTRY_CACHE_MS = 60_000;
export const PAGE_SIZE = 20;

/** Builds the view data of the public pages. Everything returned is plain data; templates escape it. */
@Injectable()
export class WebPagesService {
  private ministryCache: { at: number; list: string[] } | null = null;

  constructor(
    private readonly queries: WebQueriesRepository,
    private readonly commitments: CommitmentsService,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return dutchDay(this.clock.now());
  }

  /** The ministries that own commitments; cached briefly because every list page shows them. */
  async ministries(): Promise<string[]> {
    const now = performance.now();
    if (!this.ministryCache || now - this.ministryCache.at > MINISTRY_CACHE_MS) {
      this.ministryCache = { at: now, list: await this.queries.ministries() };
    }
    return this.ministryCache.list;
  }

  async overview() {
    const today = this.today();
    const [counts, overdue, fulfilled, scores] = await Promise.all([
      this.queries.counts(today),
      this.queries.mostOverdue(today, 10),
      this.queries.recentlyFulfilled(10),
      this.queries.ministryScores(today),
    ]);
    return {
      counts,
      mostOverdue: overdue.map((r) => ({ ...r, owner: ownerOf(r), quote: truncate(r.quote, 220), dueLabel: dutchDate(r.effectiveDue), slug: r.ministry ? slugOf(r.ministry) : null })),
      recentlyFulfilled: fulfilled.map((r) => ({ ...r, quote: truncate(r.quote, 220), fulfilledLabel: dutchDate(r.fulfilledAt), statusLabel: STATUS_LABELS[r.status] })),
      chart: { rows: ministryChart(scores), width: CHART_WIDTH, legend: CHART_LEGEND },
    };
  }

  async list(filters: CommitmentFilters, page: number) {
    const [result, ministries] = await Promise.all([this.commitments.list(filters, page, PAGE_SIZE), this.ministries()]);
    const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    const query = filterQuery(filters);
    const currentYear = Number(this.today().slice(0, 4));
    return {
      filters: { ...filters, status: filters.status?.[0] ?? '' },
      query,
      // A capped count is a lower bound: "meer dan 10.000 toezeggingen".
      total: result.totalCapped ? `meer dan ${result.total.toLocaleString('nl-NL')}` : result.total,
      totalCapped: result.totalCapped,
      items: result.items.map((c) => this.listItem(c)),
      page,
      pages,
      previousUrl: page > 1 ? `/toezeggingen?${filterQuery(filters, { page: page - 1 })}` : null,
      nextUrl: page < pages ? `/toezeggingen?${filterQuery(filters, { page: page + 1 })}` : null,
      options: {
        statuses: COMMITMENT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value], selected: filters.status?.[0] === value })),
        ministries: ministries.map((value) => ({ value, selected: filters.ministry?.toLowerCase() === value.toLowerCase() })),
        kinds: COMMITMENT_KINDS.map((value) => ({ value, label: KIND_LABELS[value], selected: filters.kind === value })),
        origins: COMMITMENT_ORIGINS.map((value) => ({ value, label: ORIGIN_LABELS[value], selected: filters.origin === value })),
        sorts: COMMITMENT_SORTS.map((value) => ({ value, label: SORT_LABELS[value], selected: (filters.sort ?? 'due') === value })),
        years: Array.from({ length: currentYear - 2009 }, (_, i) => currentYear - i).map((value) => ({ value, selected: filters.year === value })),
      },
      feeds: feedLinks(query),
    };
  }

  private listItem(c: CommitmentResponse) {
    return {
      id: c.id,
      quote: truncate(c.quote, 300),
      owner: ownerOf({ ownerRole: c.owner.role, ownerName: c.owner.name }),
      ministry: c.owner.ministry,
      slug: c.owner.ministry ? slugOf(c.owner.ministry) : null,
      vehicle: c.vehicle,
      status: c.status,
      statusLabel: STATUS_LABELS[c.status],
      overdue: c.overdue,
      daysOverdue: c.daysOverdue,
      dueLabel: dutchDate(c.effectiveDue),
      deadlinePhrase: c.deadlinePhrase,
      document: c.document ? { ...c.document, dateLabel: dutchDate(c.document.date) } : null,
    };
  }

  async commitment(id: string) {
    const c = await this.commitments.get(id);
    const chain = await this.chainOf(c);
    const context = c.context ? { question: c.context.question, ...highlight(c.context.answer ?? '', c.context.quoteStart, c.context.quoteEnd) } : null;
    return {
      c,
      title: `Toezegging van ${ownerOf({ ownerRole: c.owner.role, ownerName: c.owner.name })}`,
      owner: ownerOf({ ownerRole: c.owner.role, ownerName: c.owner.name }),
      slug: c.owner.ministry ? slugOf(c.owner.ministry) : null,
      statusLabel: STATUS_LABELS[c.status],
      kindLabel: KIND_LABELS[c.kind],
      originLabel: ORIGIN_LABELS[c.origin],
      dueLabel: dutchDate(c.effectiveDue),
      promisedDueLabel: dutchDate(c.due),
      dueSourceLabel: DUE_SOURCE_LABELS[c.dueSource],
      fulfilledLabel: c.fulfilledAt ? dutchDate(new Date(c.fulfilledAt)) : null,
      letterUrl: letterUrl(c),
      context,
      chain,
      history: c.history.map((e) => ({ ...e, label: EVENT_LABELS[e.type] ?? e.type, when: dutchDate(new Date(e.occurredAt)), text: describeEvent(e.type, e.details) })),
      document: c.document ? { ...c.document, dateLabel: dutchDate(c.document.date), kindLabel: DOCUMENT_KIND_LABELS[c.document.kind] } : null,
    };
  }

  /** question → uitstel → antwoord → brief, from documents sharing the case number; missing links are shown as unknown. */
  private async chainOf(c: CommitmentDetailResponse) {
    const document = c.document ? await this.queries.findDocument(c.document.id) : null;
    const related: RelatedDocument[] = document?.caseNumber ? await this.queries.relatedByCase(document.caseNumber) : [];
    const ofKind = (kind: RelatedDocument['kind']) => related.filter((d) => d.kind === kind);
    const step = (label: string, docs: RelatedDocument[], optional = false) => ({
      label,
      optional,
      docs: docs.map((d) => ({ id: d.id, title: d.title ?? d.number ?? label, number: d.number, dateLabel: dutchDate(d.date), url: d.url })),
    });
    const answer = related.length ? ofKind('answer') : document ? [{ id: document.id, kind: document.kind, number: document.number, title: document.title, date: document.date, url: document.url }] : [];
    const letters = c.fulfillingDocument ? [{ ...c.fulfillingDocument, kind: 'letter' as const }] : ofKind('letter');
    return {
      caseNumber: document?.caseNumber ?? null,
      steps: [
        step('Vragen', ofKind('questions')),
        step('Uitstel', ofKind('postponement'), true),
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

  async ministry(slug: string) {
    const ministry = await this.ministryBySlug(slug);
    const today = this.today();
    const [scores, overdue, fulfilled, open] = await Promise.all([
      this.queries.ministryScores(today, ministry),
      this.queries.mostOverdue(today, 50, ministry),
      this.queries.recentlyFulfilled(20, ministry),
      this.commitments.list({ ministry, status: ['open'], overdue: false }, 1, 50),
    ]);
    const score = scores[0] ?? { ministry, open: 0, overdue: 0, fulfilled: 0, keptOnTime: 0, keptLate: 0, lapsed: 0, medianDaysLate: null };
    const query = filterQuery({ ministry });
    return {
      ministry,
      slug,
      score,
      chart: { rows: ministryChart(scores), width: CHART_WIDTH, legend: CHART_LEGEND },
      overdue: overdue.map((r) => ({ ...r, owner: ownerOf(r), quote: truncate(r.quote, 220), dueLabel: dutchDate(r.effectiveDue) })),
      open: open.items.map((c) => this.listItem(c)),
      openTotal: open.total,
      fulfilled: fulfilled.map((r) => ({ ...r, quote: truncate(r.quote, 220), fulfilledLabel: dutchDate(r.fulfilledAt), statusLabel: STATUS_LABELS[r.status] })),
      listUrl: `/toezeggingen?${query}`,
      feeds: feedLinks(query),
    };
  }

  async document(id: string) {
    const document = await this.queries.findDocument(id);
    if (!document) throw notFound('document');
    const commitments = await this.queries.commitmentsOfDocument(id);
    return {
      document: { ...document, dateLabel: dutchDate(document.date), kindLabel: DOCUMENT_KIND_LABELS[document.kind] },
      segments: segmentText(document.text, commitments.map((c) => ({ id: c.id, status: c.status, start: c.startOffset, end: c.endOffset }))),
      commitments: commitments.map((c) => ({ id: c.id, quote: truncate(c.quote, 200), statusLabel: STATUS_LABELS[c.status], status: c.status, owner: ownerOf(c) })),
    };
  }
}

export function feedLinks(query: string) {
  const suffix = query ? `?${query}` : '';
  return [
    { type: 'application/atom+xml', label: 'Nieuwe toezeggingen (Atom)', href: `/feeds/nieuw.atom${suffix}` },
    { type: 'application/atom+xml', label: 'Over tijd (Atom)', href: `/feeds/over-tijd.atom${suffix}` },
    { type: 'application/atom+xml', label: 'Nagekomen (Atom)', href: `/feeds/nagekomen.atom${suffix}` },
    { type: 'text/calendar', label: 'Termijnen in uw agenda (iCalendar)', href: `/feeds/termijnen.ics${suffix}` },
  ];
}

function letterUrl(c: CommitmentResponse): string | null {
  if (c.fulfillingDocument) return `/documenten/${c.fulfillingDocument.id}`;
  if (!c.fulfillingLetter) return null;
  if (/^https?:\/\//.test(c.fulfillingLetter)) return c.fulfillingLetter;
  return `https://www.tweedekamer.nl/kamerstukken/detail?id=${encodeURIComponent(c.fulfillingLetter)}`;
}

function describeEvent(type: string, details: Record<string, unknown>): string {
  const text = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : JSON.stringify(v));
  switch (type) {
    case 'status_changed':
      return `${STATUS_LABELS[text(details.from)] ?? text(details.from)} → ${STATUS_LABELS[text(details.to)] ?? text(details.to)}${details.note ? `: ${text(details.note)}` : ''}`;
    case 'due_changed':
      return `${dutchDate(text(details.from)) || 'geen termijn'} → ${dutchDate(text(details.to)) || 'geen termijn'}${details.reason ? ` (${text(details.reason)})` : ''}`;
    case 'letter_linked':
      return `Brief ${text(details.letter)}`;
    case 'edited':
      return `Gewijzigd: ${Object.keys((details.changes as Record<string, unknown>) ?? {}).join(', ')}`;
    default:
      return '';
  }
}
