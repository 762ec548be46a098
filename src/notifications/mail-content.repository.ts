import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OutboxRepository } from '../outbox/outbox.repository';
import type { SubscriptionTargetRow } from '../subscriptions/subscription-description';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository';
import type { DigestCommitment } from './digest-content';

/** Reads what a mail needs to say about commitments and subscribers. */
@Injectable()
export class MailContentRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly outbox: OutboxRepository,
  ) {}

  async commitments(ids: string[]): Promise<Map<string, DigestCommitment>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT c.id, c.status, c.quote, c.owner_role AS "ownerRole", c.owner_name AS "ownerName", c.ministry,
              c.vehicle, c.deadline_phrase AS "deadlinePhrase", to_char(c.effective_due, 'YYYY-MM-DD') AS "effectiveDue",
              c.due_source AS "dueSource", c.fulfilling_letter AS "fulfillingLetter",
              d.id AS "documentId", d.title AS "documentTitle", d.number AS "documentNumber",
              to_char(d.date, 'YYYY-MM-DD') AS "documentDate", d.url AS "documentUrl"
       FROM commitment c LEFT JOIN document d ON d.id = c.document_id
       WHERE c.id = ANY($1::uuid[])`,
      [ids],
    )) as DigestCommitment[];
    return new Map(rows.map((row) => [row.id, row]));
  }

  async subscribers(ids: string[]): Promise<Map<string, { email: string; suppressed: boolean }>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT id, email, suppressed_at IS NOT NULL AS suppressed FROM subscriber WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as { id: string; email: string; suppressed: boolean }[];
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** What each subscription follows (described per notice when composing) and whether it may still be mailed (confirmed, not paused). */
  async subscriptionTargets(subscriptionIds: string[]): Promise<Map<string, SubscriptionTargetRow & { active: boolean }>> {
    if (subscriptionIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT s.id, s.target_type AS "targetType", s.ministry, s.search, s.status = 'confirmed' AND NOT s.paused AS active,
              left(c.quote, 300) AS quote, c.owner_role AS "ownerRole", s.commitment_id AS "commitmentId"
       FROM subscription s LEFT JOIN commitment c ON c.id = s.commitment_id WHERE s.id = ANY($1::uuid[])`,
      [subscriptionIds],
    )) as (SubscriptionTargetRow & { id: string; active: boolean })[];
    return new Map(rows.map(({ id, ...target }) => [id, target]));
  }

  /** The address is never mailed again (a hard bounce), and what waits for it is cancelled. */
  async suppress(subscriberId: string, reason: string, at: Date): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await this.subscriptions.suppressSubscriber(em, subscriberId, reason, at);
      await this.outbox.cancelSubscriberNotices(em, subscriberId, 'address suppressed');
    });
  }
}
