import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { DomainError, notFound } from '../common/domain-error';
import { CommitmentsService } from '../commitments/commitments.service';
import { DocumentsRepository } from '../documents/documents.repository';
import type { Page } from '../commitments/commitments.service';
import { SuggestionResponse, toSuggestionResponse } from './dto/suggestion.response';
import type { CandidateStatus } from './fulfilment-candidate.entity';
import { FulfilmentCandidatesRepository } from './fulfilment-candidates.repository';
import { FulfilmentService } from './fulfilment.service';

/** The editor's side of automatic linking: the review queue, accepting, rejecting, undoing. */
@Injectable()
export class FulfilmentReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: FulfilmentCandidatesRepository,
    private readonly documents: DocumentsRepository,
    private readonly fulfilment: FulfilmentService,
    private readonly commitmentViews: CommitmentsService,
    private readonly clock: Clock,
  ) {}

  async suggestions(status: CandidateStatus, page: number, pageSize: number): Promise<Page<SuggestionResponse>> {
    const { items, total } = await this.candidates.listByStatus(status, page, pageSize);
    return { items: items.map(toSuggestionResponse), total, page, pageSize };
  }

  async candidatesFor(commitmentId: string): Promise<SuggestionResponse[]> {
    return (await this.candidates.listForCommitment(commitmentId)).map(toSuggestionResponse);
  }

  /** The editor agrees: the letter keeps the promise (fully unless told otherwise). */
  async accept(candidateId: string, editor: string, input: { status?: 'fulfilled' | 'partially_fulfilled'; note?: string }): Promise<SuggestionResponse> {
    const planned = await this.dataSource.transaction(async (em) => {
      const candidate = await this.candidates.lockById(em, candidateId);
      if (!candidate) throw notFound('suggestion');
      if (candidate.status !== 'suggested') throw new DomainError('conflict', `this suggestion is already ${candidate.status}`);
      const letter = await this.documents.findById(candidate.documentId);
      if (!letter) throw notFound('letter');
      const status = input.status ?? (candidate.partial ? 'partially_fulfilled' : 'fulfilled');
      const queued = await this.fulfilment.decideWithin(
        em,
        candidate.commitmentId,
        { status, letter: letter.number ?? letter.url ?? null, letterDocumentId: letter.id, note: input.note ?? null, details: { candidateId } },
        `editor:${editor}`,
      );
      await this.candidates.markDecided(em, candidateId, 'accepted', `editor:${editor}`, this.clock.now());
      return queued;
    });
    this.fulfilment.deliverIf(planned);
    return this.view(candidateId);
  }

  async reject(candidateId: string, editor: string): Promise<SuggestionResponse> {
    await this.dataSource.transaction(async (em) => {
      const candidate = await this.candidates.lockById(em, candidateId);
      if (!candidate) throw notFound('suggestion');
      if (candidate.status !== 'suggested') throw new DomainError('conflict', `this suggestion is already ${candidate.status}`);
      await this.candidates.markDecided(em, candidateId, 'rejected', `editor:${editor}`, this.clock.now());
    });
    return this.view(candidateId);
  }

  /** Reverses an automatic link; the letter goes back to the queue as `undone` and the promise is open again. */
  async undoAutoLink(commitmentId: string, editor: string, note: string | null) {
    await this.dataSource.transaction(async (em) => {
      const link = await this.candidates.autoLinkOf(em, commitmentId);
      await this.fulfilment.undoAutoLink(em, commitmentId, editor, note);
      if (link) await this.candidates.markDecided(em, link.id, 'undone', `editor:${editor}`, this.clock.now());
    });
    return this.commitmentViews.get(commitmentId, 'editor');
  }

  private async view(candidateId: string): Promise<SuggestionResponse> {
    const row = await this.candidates.findRow(candidateId);
    if (!row) throw notFound('suggestion');
    return toSuggestionResponse(row);
  }
}
