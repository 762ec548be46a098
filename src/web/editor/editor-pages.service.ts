import { Injectable } from '@nestjs/common';
import { COMMITMENT_KINDS } from '../../commitments/commitment.entity';
import { CommitmentsService } from '../../commitments/commitments.service';
import { dutchDate, KIND_LABELS, ownerOf, STATUS_LABELS, truncate } from '../view-format';
import { WebQueriesRepository } from '../web-queries.repository';

const QUEUE_SIZE = 100;

@Injectable()
export class EditorPagesService {
  constructor(
    private readonly queries: WebQueriesRepository,
    private readonly commitments: CommitmentsService,
  ) {}

  async queue() {
    const candidates = await this.queries.candidates(QUEUE_SIZE);
    return {
      candidates: candidates.map((c) => ({
        id: c.id,
        quote: truncate(c.quote, 400),
        owner: ownerOf(c),
        ministry: c.ministry,
        confidence: Math.round(c.confidence * 100),
        document: c.document ? { id: c.document.id, title: c.document.title ?? c.document.number ?? 'bron', dateLabel: dutchDate(c.document.date) } : null,
      })),
    };
  }

  async commitment(id: string) {
    const c = await this.commitments.get(id);
    return {
      c,
      statusLabel: STATUS_LABELS[c.status],
      owner: ownerOf({ ownerRole: c.owner.role, ownerName: c.owner.name }),
      dueLabel: dutchDate(c.effectiveDue),
      candidate: c.status === 'candidate',
      deadlineChangeable: c.status === 'open' || c.status === 'candidate',
      kinds: COMMITMENT_KINDS.map((value) => ({ value, label: KIND_LABELS[value], selected: c.kind === value })),
    };
  }
}
