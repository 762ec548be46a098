import { Injectable } from '@nestjs/common';
import { COMMITMENT_KINDS } from '../../commitments/commitment.entity';
import { CommitmentsService } from '../../commitments/commitments.service';
import { FulfilmentReviewService } from '../../fulfilment/fulfilment-review.service';
import { LinkingQueriesRepository } from '../linking-queries.repository';
import { candidateView } from '../linking-view';
import { dutchDate, KIND_LABELS, ownerOf, STATUS_LABELS } from '../view-format';
import { truncate } from '../../common/truncate';
import { WebQueriesRepository } from '../web-queries.repository';
import { titleOf } from '../web-pages.service';

const QUEUE_SIZE = 100;
const SUGGESTIONS_PAGE_SIZE = 20;

@Injectable()
export class EditorPagesService {
  constructor(
    private readonly queries: WebQueriesRepository,
    private readonly commitments: CommitmentsService,
    private readonly review: FulfilmentReviewService,
    private readonly linking: LinkingQueriesRepository,
  ) {}

  /** Letters that may keep open promises, most certain first (so the least certain come last). */
  async suggestions(page: number, accepted: string | null, rejected: string | null = null) {
    const result = await this.review.suggestions('suggested', page, SUGGESTIONS_PAGE_SIZE);
    const pages = Math.max(1, Math.ceil(result.total / SUGGESTIONS_PAGE_SIZE));
    const done = accepted ? await this.commitments.get(accepted, 'editor').catch(() => null) : null;
    const declined = rejected ? await this.commitments.get(rejected, 'editor').catch(() => null) : null;
    return {
      total: result.total,
      suggestions: result.items.map((s) => ({ ...candidateView(s), commitmentStatusLabel: STATUS_LABELS[s.commitment.status] ?? s.commitment.status })),
      page,
      pages,
      previousUrl: page > 1 ? `/redactie/suggesties?pagina=${page - 1}` : null,
      nextUrl: page < pages ? `/redactie/suggesties?pagina=${page + 1}` : null,
      accepted: done ? { id: done.id, quote: truncate(done.quote, 200), statusLabel: STATUS_LABELS[done.status] } : null,
      rejected: declined ? { id: declined.id, quote: truncate(declined.quote, 200), statusLabel: STATUS_LABELS[declined.status] } : null,
    };
  }

  /** The review queue; `reviewed` is the candidate just accepted or rejected, so the page can say what happened. */
  async queue(reviewed: string | null = null, kindChanged: string | null = null) {
    const [candidates, suggestions, done, changed] = await Promise.all([
      this.queries.candidates(QUEUE_SIZE),
      this.linking.suggestionCount(),
      reviewed ? this.commitments.get(reviewed, 'editor').catch(() => null) : Promise.resolve(null),
      kindChanged ? this.commitments.get(kindChanged, 'editor').catch(() => null) : Promise.resolve(null),
    ]);
    return {
      reviewed: done ? { id: done.id, quote: truncate(done.quote, 200), rejected: done.status === 'rejected', statusLabel: STATUS_LABELS[done.status] } : null,
      kindChanged: changed ? { id: changed.id, quote: truncate(changed.quote, 200), kindLabel: KIND_LABELS[changed.kind], statusLabel: STATUS_LABELS[changed.status] } : null,
      suggestionCount: suggestions,
      candidates: candidates.map((c) => ({
        id: c.id,
        quote: truncate(c.quote, 400),
        owner: ownerOf(c),
        ministry: c.ministry,
        confidence: Math.round(c.confidence * 100),
        kindLabel: KIND_LABELS[c.kind],
        otherKind: c.kind === 'report' ? 'action' : 'report',
        otherKindLabel: KIND_LABELS[c.kind === 'report' ? 'action' : 'report'],
        document: c.document ? { id: c.document.id, title: titleOf(c.document), dateLabel: dutchDate(c.document.date) } : null,
      })),
    };
  }

  async commitment(id: string) {
    const c = await this.commitments.get(id, 'editor');
    return {
      c,
      statusLabel: STATUS_LABELS[c.status],
      owner: ownerOf({ ownerRole: c.owner.role, ownerName: c.owner.name }),
      dueLabel: dutchDate(c.effectiveDue),
      confidence: Math.round(c.confidence * 100),
      candidate: c.status === 'candidate',
      deadlineChangeable: c.status === 'open' || c.status === 'candidate',
      kinds: COMMITMENT_KINDS.map((value) => ({ value, label: KIND_LABELS[value], selected: c.kind === value })),
    };
  }
}
