import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { DomainError, invalidInput, notFound } from '../common/domain-error';
import { CommitmentsRepository } from '../commitments/commitments.repository';
import { CommitmentsService } from '../commitments/commitments.service';
import { DocumentsRepository } from '../documents/documents.repository';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { OutboxSender } from '../notifications/outbox-sender.service';
import type { FulfilmentStatus } from './dto/record-fulfilment.dto';
import { parseLetterReference } from './letter-reference';

export interface FulfilmentInput {
  status: FulfilmentStatus;
  letter?: string;
  note?: string;
}

const DECIDABLE = new Set(['open', 'candidate', 'partially_fulfilled', 'fulfilled', 'lapsed']);

@Injectable()
export class FulfilmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly commitments: CommitmentsRepository,
    private readonly commitmentViews: CommitmentsService,
    private readonly documents: DocumentsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly sender: OutboxSender,
    private readonly clock: Clock,
  ) {}

  /**
   * Records that a commitment was kept (fully or partly) by a letter, or lapsed; writes the
   * history and queues one `fulfilled` notice per subscriber. Repeating the same call changes nothing.
   */
  async record(commitmentId: string, input: FulfilmentInput, editor: string) {
    const reference = input.letter ? parseLetterReference(input.letter) : null;
    if (input.status !== 'lapsed' && !reference) throw invalidInput('letter is required for fulfilled and partially_fulfilled');
    const now = this.clock.now();
    const planned = await this.dataSource.transaction(async (em) => {
      const commitment = await this.commitments.lockById(em, commitmentId);
      if (!commitment) throw notFound('commitment');
      if (!DECIDABLE.has(commitment.status)) {
        throw new DomainError('conflict', `a ${commitment.status} commitment cannot be marked ${input.status}`);
      }
      const letter = reference ? (reference.kind === 'number' ? reference.number : reference.url) : null;
      if (commitment.status === input.status && commitment.fulfillingLetter === letter) return 0;
      const letterDocument = reference?.kind === 'number' ? await this.documents.findByNumber(em, reference.number) : null;
      await this.commitments.update(em, commitmentId, {
        status: input.status,
        fulfillingLetter: letter,
        fulfillingDocumentId: letterDocument?.id ?? null,
        fulfilledAt: input.status === 'lapsed' ? null : now,
      });
      const actor = `editor:${editor}`;
      await this.commitments.addEvent(em, commitmentId, 'status_changed', actor, now, {
        from: commitment.status,
        to: input.status,
        note: input.note ?? null,
      });
      if (letter) {
        await this.commitments.addEvent(em, commitmentId, 'letter_linked', actor, now, { letter, documentId: letterDocument?.id ?? null });
      }
      if (input.status === 'lapsed') return 0;
      return this.notifications.planCommitmentEvent(em, commitmentId, 'fulfilled', `${input.status}:${letter}`, { status: input.status, letter }, now);
    });
    if (planned > 0) this.sender.deliverSoon();
    return this.commitmentViews.get(commitmentId);
  }
}
