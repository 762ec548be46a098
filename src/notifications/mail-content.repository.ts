import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { describeSearch, SavedSearch } from '../subscriptions/saved-search';
import { truncate } from '../common/truncate';
import type { DigestCommitment } from './digest-content';

export interface SubscriptionTargetRow {
  targetType: string;
  ministry: string | null;
  search: SavedSearch | null;
  quote: string | null;
  ownerRole: string | null;
}

/** What a subscription follows, in Dutch (plain text; templates escape it). */
export function describeTargetRow(row: SubscriptionTargetRow): string {
  switch (row.targetType) {
    case 'commitment':
      return `de toezegging van ${row.ownerRole ?? 'de bewindspersoon'}: «${truncate(row.quote ?? '', 200)}»`;
    case 'ministry':
      return `alle toezeggingen van het ministerie van ${row.ministry ?? ''}`;
    default:
      return describeSearch(row.search);
  }
}

/** Reads what a mail needs to say about commitments and subscribers. */
@Injectable()
export class MailContentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
              left(c.quote, 300) AS quote, c.owner_role AS "ownerRole"
       FROM subscription s LEFT JOIN commitment c ON c.id = s.commitment_id WHERE s.id = ANY($1::uuid[])`,
      [subscriptionIds],
    )) as (SubscriptionTargetRow & { id: string; active: boolean })[];
    return new Map(rows.map(({ id, ...target }) => [id, target]));
  }

  /** The address is never mailed again (a hard bounce, or "stop everything"), and what waits for it is cancelled. */
  async suppress(subscriberId: string, reason: string, at: Date, em: EntityManager = this.dataSource.manager): Promise<void> {
    await em.query(
      `UPDATE subscriber SET suppressed_at = coalesce(suppressed_at, $2), suppression_reason = coalesce(suppression_reason, $3) WHERE id = $1`,
      [subscriberId, at, reason.slice(0, 200)],
    );
    await em.query(
      `UPDATE notification SET status = 'cancelled', last_error = 'address suppressed' WHERE subscriber_id = $1 AND status = 'pending'`,
      [subscriberId],
    );
  }
}
