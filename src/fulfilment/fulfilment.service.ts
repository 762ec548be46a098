import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { DomainError, invalidInput, notFound } from '../common/domain-error';
import type { CommitmentStatus } from '../commitments/commitment.entity';
import { CommitmentsRepository } from '../commitments/commitments.repository';
import { CommitmentsService } from '../commitments/commitments.service';
import { DocumentsRepository } from '../documents/documents.repository';
import { OutboxRepository } from '../outbox/outbox.repository';
import { OutboxSignal } from '../outbox/outbox-signal';
import type { FulfilmentStatus } from './dto/record-fulfilment.dto';
import { parseLetterReference } from './letter-reference';

export interface FulfilmentInput {
  status: FulfilmentStatus;
  letter?: string;
  /** The letter's date (YYYY-MM-DD); else the stored letter's date, if it is stored. */
  letterDate?: string;
  note?: string;
}

/** A decision about one commitment, from an editor or from the matcher. */
export interface FulfilmentDecision {
  status: FulfilmentStatus;
  /** As shown to readers: a TK document number or an official URL. */
  letter: string | null;
  letterDocumentId: string | null;
  /** The letter's date (YYYY-MM-DD): the day the promise was kept. Unset: the stored letter's date, if any. */
  letterDate?: string | null;
  note?: string | null;
  /** Extra history details, e.g. the evidence of an automatic link. */
  details?: Record<string, unknown>;
}

/** The actor of automatic links in the history. */
export const AUTO_ACTOR = 'auto';

const DECIDABLE = new Set<CommitmentStatus>(['open', 'candidate', 'partially_fulfilled', 'fulfilled', 'lapsed']);

@Injectable()
export class FulfilmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly commitments: CommitmentsRepository,
    private readonly commitmentViews: CommitmentsService,
    private readonly documents: DocumentsRepository,
    private readonly notifications: OutboxRepository,
    private readonly outboxSignal: OutboxSignal,
    private readonly clock: Clock,
  ) {}

  /**
   * Records that a commitment was kept (fully or partly) by a letter, or lapsed; writes the
   * history and queues one `fulfilled` notice per subscriber. Repeating the same call changes nothing.
   */
  async record(commitmentId: string, input: FulfilmentInput, editor: string) {
    const reference = input.letter ? parseLetterReference(input.letter) : null;
    if (input.status !== 'lapsed' && !reference) throw invalidInput('letter is required for fulfilled and partially_fulfilled');
    const planned = await this.dataSource.transaction(async (em) => {
      const letter = reference ? (reference.kind === 'number' ? reference.number : reference.url) : null;
      const letterDocument = reference?.kind === 'number' ? await this.documents.findByNumber(em, reference.number) : null;
      return this.decideWithin(
        em, commitmentId,
        { status: input.status, letter, letterDocumentId: letterDocument?.id ?? null, letterDate: input.letterDate ?? null, note: input.note },
        `editor:${editor}`,
      );
    });
    this.deliverIf(planned);
    return this.commitmentViews.get(commitmentId, 'editor');
  }

  /**
   * The one way a commitment becomes (partially) fulfilled or lapsed, for editors and the matcher
   * alike, inside the caller's transaction. Returns the number of notices queued, -1 when nothing changed.
   */
  async decideWithin(em: EntityManager, commitmentId: string, decision: FulfilmentDecision, actor: string): Promise<number> {
    const commitment = await this.commitments.lockById(em, commitmentId);
    if (!commitment) throw notFound('commitment');
    if (!DECIDABLE.has(commitment.status)) {
      throw new DomainError('conflict', `a ${commitment.status} commitment cannot be marked ${decision.status}`);
    }
    const keptOn = decision.status === 'lapsed' ? null : await this.letterDateOf(em, decision);
    const sameLetter = commitment.fulfillingLetter === decision.letter && commitment.fulfillingDocumentId === decision.letterDocumentId;
    if (commitment.status === decision.status && sameLetter && (commitment.keptOn === keptOn || !decision.letterDate)) return -1;
    const now = this.clock.now();
    const auto = actor === AUTO_ACTOR;
    await this.commitments.update(em, commitmentId, {
      status: decision.status,
      fulfillingLetter: decision.letter,
      fulfillingDocumentId: decision.letterDocumentId,
      fulfilledAt: decision.status === 'lapsed' ? null : now,
      keptOn,
      autoLinked: auto && decision.status !== 'lapsed',
    });
    await this.commitments.addEvent(em, commitmentId, 'status_changed', actor, now, {
      from: commitment.status,
      to: decision.status,
      note: decision.note ?? null,
      // What an editor's undo restores.
      previous: {
        letter: commitment.fulfillingLetter,
        documentId: commitment.fulfillingDocumentId,
        fulfilledAt: commitment.fulfilledAt?.toISOString() ?? null,
        keptOn: commitment.keptOn,
      },
      letterDate: keptOn,
      ...decision.details,
    });
    if (decision.letter || decision.letterDocumentId) {
      await this.commitments.addEvent(em, commitmentId, 'letter_linked', actor, now, { letter: decision.letter, documentId: decision.letterDocumentId });
    }
    if (decision.status === 'lapsed') return 0;
    const letterKey = decision.letter ?? decision.letterDocumentId;
    return this.notifications.planCommitmentEvent(
      em, commitmentId, 'fulfilled', `${decision.status}:${letterKey}`, { status: decision.status, letter: decision.letter }, now,
    );
  }

  /**
   * Reverses an automatic link: the commitment returns to the status it had, pending `fulfilled`
   * notices that were not sent yet are cancelled, and the history records who undid it.
   */
  async undoAutoLink(em: EntityManager, commitmentId: string, editor: string, note: string | null): Promise<void> {
    const commitment = await this.commitments.lockById(em, commitmentId);
    if (!commitment) throw notFound('commitment');
    if (!commitment.autoLinked) throw new DomainError('conflict', 'this commitment was not linked automatically');
    const linked = await this.commitments.lastEvent(em, commitmentId, 'status_changed', AUTO_ACTOR);
    const previous = (linked?.details.previous ?? {}) as { letter?: string | null; documentId?: string | null; fulfilledAt?: string | null; keptOn?: string | null };
    const from = (linked?.details.from as CommitmentStatus | undefined) ?? 'open';
    const now = this.clock.now();
    await this.commitments.update(em, commitmentId, {
      status: from,
      fulfillingLetter: previous.letter ?? null,
      fulfillingDocumentId: previous.documentId ?? null,
      fulfilledAt: previous.fulfilledAt ? new Date(previous.fulfilledAt) : null,
      keptOn: previous.keptOn ?? null,
      autoLinked: false,
    });
    await this.commitments.addEvent(em, commitmentId, 'status_changed', `editor:${editor}`, now, {
      from: commitment.status,
      to: from,
      undo: 'auto_link',
      letter: commitment.fulfillingLetter,
      documentId: commitment.fulfillingDocumentId,
      note,
    });
    await this.notifications.cancelCommitmentNotices(em, [commitmentId], 'withdrawn', 'fulfilled');
  }

  /** The day the promise was kept: the date given, else the stored letter's date. */
  private async letterDateOf(em: EntityManager, decision: FulfilmentDecision): Promise<string | null> {
    if (decision.letterDate) return decision.letterDate;
    return decision.letterDocumentId ? this.commitments.documentDateOf(em, decision.letterDocumentId) : null;
  }

  deliverIf(planned: number): void {
    if (planned > 0) this.outboxSignal.deliverSoon();
  }
}
