import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, Clock } from '../common/clock';
import { DomainError, notFound } from '../common/domain-error';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { OutboxRepository } from '../outbox/outbox.repository';
import { OutboxSignal } from '../outbox/outbox-signal';
import { CommitmentsRepository } from './commitments.repository';

export interface DeadlineChange {
  /** The new promised date, or null when the new promise names no date (the default term applies). */
  due: string | null;
  reason: string;
  deadlinePhrase?: string | null;
  /** The document that moved the deadline (a postponement or letter), when known. */
  sourceDocumentId?: string | null;
}

/**
 * Moves a commitment's deadline: keeps the old date in the history, and tells subscribers
 * (`deadline_changed`). Reminders are keyed on the effective due date, so old ones stop and new
 * ones arm at the new date.
 */
@Injectable()
export class DeadlineChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly commitments: CommitmentsRepository,
    private readonly notifications: OutboxRepository,
    private readonly outboxSignal: OutboxSignal,
    private readonly clock: Clock,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async change(commitmentId: string, change: DeadlineChange, actor: string): Promise<{ changed: boolean }> {
    const now = this.clock.now();
    const planned = await this.dataSource.transaction(async (em) => {
      const commitment = await this.commitments.lockById(em, commitmentId);
      if (!commitment) throw notFound('commitment');
      if (commitment.status !== 'open' && commitment.status !== 'candidate') {
        throw new DomainError('conflict', `the deadline of a ${commitment.status} commitment cannot change`);
      }
      const document = commitment.documentId ? await this.commitments.documentDateOf(em, commitment.documentId) : null;
      const effectiveDue = change.due ?? (document ? addDays(document, this.env.DEFAULT_TERM_DAYS) : commitment.effectiveDue);
      if (commitment.due === change.due && commitment.effectiveDue === effectiveDue) return -1;
      await this.commitments.update(em, commitmentId, {
        due: change.due,
        dueSource: change.due ? 'manual' : 'default',
        effectiveDue,
        deadlinePhrase: change.deadlinePhrase ?? commitment.deadlinePhrase,
        dueExplanation: change.reason,
      });
      await this.commitments.addEvent(em, commitmentId, 'due_changed', actor, now, {
        from: commitment.effectiveDue,
        to: effectiveDue,
        reason: change.reason,
        sourceDocumentId: change.sourceDocumentId ?? null,
      });
      if (commitment.status !== 'open' || !effectiveDue) return 0;
      return this.notifications.planCommitmentEvent(em, commitmentId, 'deadline_changed', `${commitment.effectiveDue}->${effectiveDue}`, {
        effectiveDue,
        previousDue: commitment.effectiveDue,
        reason: change.reason,
      }, now);
    });
    if (planned > 0) this.outboxSignal.deliverSoon();
    return { changed: planned !== -1 };
  }
}
