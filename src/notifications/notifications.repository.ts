import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { NotificationEvent } from './notification.entity';

export interface ClaimedNotification {
  id: string;
  subscriberId: string;
  subscriptionId: string | null;
  commitmentId: string | null;
  event: NotificationEvent;
  payload: Record<string, unknown>;
  attempts: number;
}

export interface PlanCounts {
  due_soon: number;
  overdue: number;
  still_overdue: number;
}

const ACTIVE_COMMITMENT_SUBSCRIPTIONS = `
  FROM subscription s
  JOIN subscriber sub ON sub.id = s.subscriber_id AND sub.suppressed_at IS NULL
  JOIN commitment c ON c.id = s.commitment_id
  WHERE s.target_type = 'commitment' AND s.status = 'confirmed' AND NOT s.paused
    AND c.status = 'open' AND c.effective_due IS NOT NULL`;

/** The outbox. All planning is set-based SQL; the dedupe key makes every plan idempotent. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Plans due_soon, overdue and still_overdue notices as of `today` (a Dutch calendar day). */
  async planReminders(today: string, now: Date): Promise<PlanCounts> {
    return this.dataSource.transaction(async (em) => {
      const dueSoon = await this.insertPlanned(em, `
        INSERT INTO notification (subscriber_id, subscription_id, commitment_id, event, dedupe_key, payload, next_attempt_at, created_at)
        SELECT s.subscriber_id, s.id, c.id, 'due_soon', 'due_soon:' || s.id || ':' || c.effective_due,
               jsonb_build_object('effectiveDue', c.effective_due), $2, $2
        ${ACTIVE_COMMITMENT_SUBSCRIPTIONS}
          AND s.due_soon_days IS NOT NULL
          AND c.effective_due >= $1::date AND c.effective_due <= $1::date + s.due_soon_days
        ON CONFLICT (dedupe_key) DO NOTHING`, [today, now]);
      const overdue = await this.insertPlanned(em, `
        INSERT INTO notification (subscriber_id, subscription_id, commitment_id, event, dedupe_key, payload, next_attempt_at, created_at)
        SELECT s.subscriber_id, s.id, c.id, 'overdue', 'overdue:' || s.id || ':' || c.effective_due,
               jsonb_build_object('effectiveDue', c.effective_due), $2, $2
        ${ACTIVE_COMMITMENT_SUBSCRIPTIONS}
          AND c.effective_due < $1::date
        ON CONFLICT (dedupe_key) DO NOTHING`, [today, now]);
      // A repeat every repeat_days while still overdue, never sooner than repeat_days after the last notice.
      const stillOverdue = await this.insertPlanned(em, `
        INSERT INTO notification (subscriber_id, subscription_id, commitment_id, event, dedupe_key, payload, next_attempt_at, created_at)
        SELECT s.subscriber_id, s.id, c.id, 'still_overdue',
               'still_overdue:' || s.id || ':' || c.effective_due || ':' || (($1::date - c.effective_due) / s.repeat_days),
               jsonb_build_object('effectiveDue', c.effective_due), $2, $2
        ${ACTIVE_COMMITMENT_SUBSCRIPTIONS}
          AND s.repeat_days > 0
          AND $1::date - c.effective_due >= s.repeat_days
          AND NOT EXISTS (
            SELECT 1 FROM notification n
            WHERE n.subscription_id = s.id AND n.event IN ('overdue', 'still_overdue')
              AND n.created_at > $2::timestamptz - make_interval(days => s.repeat_days))
        ON CONFLICT (dedupe_key) DO NOTHING`, [today, now]);
      return { due_soon: dueSoon, overdue, still_overdue: stillOverdue };
    });
  }

  /** Plans one event about a commitment for each of its confirmed subscribers, inside the caller's transaction. */
  async planCommitmentEvent(
    em: EntityManager,
    commitmentId: string,
    event: NotificationEvent,
    eventKey: string,
    payload: Record<string, unknown>,
    now: Date,
  ): Promise<number> {
    return this.insertPlanned(em, `
      INSERT INTO notification (subscriber_id, subscription_id, commitment_id, event, dedupe_key, payload, next_attempt_at, created_at)
      SELECT s.subscriber_id, s.id, s.commitment_id, $2::notification_event, $2::text || ':' || s.id || ':' || $3::text, $4::jsonb, $5, $5
      FROM subscription s
      JOIN subscriber sub ON sub.id = s.subscriber_id AND sub.suppressed_at IS NULL
      WHERE s.commitment_id = $1 AND s.target_type = 'commitment' AND s.status = 'confirmed' AND NOT s.paused
      ON CONFLICT (dedupe_key) DO NOTHING`, [commitmentId, event, eventKey, JSON.stringify(payload), now]);
  }

  /** Cancels notices about a commitment that were not sent yet (an undone automatic link). */
  async cancelPendingFor(em: EntityManager, commitmentId: string, event: NotificationEvent): Promise<number> {
    const [, count] = (await em.query(
      `UPDATE notification SET status = 'cancelled', last_error = 'withdrawn' WHERE commitment_id = $1 AND event = $2 AND status = 'pending'`,
      [commitmentId, event],
    )) as [unknown, number];
    return count;
  }

  /** Queues the confirmation mail of a fresh subscription (the token itself is made at send time). */
  async planConfirmation(em: EntityManager, subscriberId: string, subscriptionId: string, now: Date): Promise<void> {
    await em.query(
      `INSERT INTO notification (subscriber_id, subscription_id, event, dedupe_key, payload, next_attempt_at, created_at)
       VALUES ($1, $2::uuid, 'confirmation', 'confirmation:' || $2::text || ':' || $3::text, '{}', $4, $4)
       ON CONFLICT (dedupe_key) DO NOTHING`,
      [subscriberId, subscriptionId, now.toISOString(), now],
    );
  }

  /** Returns rows a crashed sender left in `sending` to the queue. */
  async sweepStale(now: Date, staleAfterMinutes: number): Promise<number> {
    const [, count] = (await this.dataSource.query(
      `UPDATE notification SET status = 'pending', next_attempt_at = $1
       WHERE status = 'sending' AND claimed_at < $1::timestamptz - make_interval(mins => $2)`,
      [now, staleAfterMinutes],
    )) as [unknown, number];
    return count;
  }

  /** Claims a batch of due rows for this sender; other senders skip them. Committed at once: no lock is held while sending. */
  async claim(now: Date, limit: number): Promise<ClaimedNotification[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE notification SET status = 'sending', claimed_at = $1, attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM notification
         WHERE status = 'pending' AND next_attempt_at <= $1
         ORDER BY subscriber_id, id
         LIMIT $2
         FOR UPDATE SKIP LOCKED)
       RETURNING id, subscriber_id AS "subscriberId", subscription_id AS "subscriptionId",
                 commitment_id AS "commitmentId", event, payload, attempts`,
      [now, limit],
    )) as [ClaimedNotification[], number];
    return rows;
  }

  async markSent(ids: string[], messageId: string, now: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification SET status = 'sent', sent_at = $2, message_id = $3, last_error = NULL
       WHERE id = ANY($1::bigint[]) AND status = 'sending'`,
      [ids, now, messageId],
    );
  }

  async markCancelled(ids: string[], reason: string): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE notification SET status = 'cancelled', last_error = $2 WHERE id = ANY($1::bigint[]) AND status = 'sending'`,
      [ids, reason],
    );
  }

  /** A failed attempt: back to the queue at `retryAt`, or `dead` once attempts reach `maxAttempts`. */
  async markFailed(ids: string[], error: string, retryAt: Date | null, maxAttempts: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification
       SET status = CASE WHEN $3::timestamptz IS NULL OR attempts >= $4 THEN 'dead'::notification_status ELSE 'pending'::notification_status END,
           next_attempt_at = COALESCE($3, next_attempt_at), last_error = left($2, 2000)
       WHERE id = ANY($1::bigint[]) AND status = 'sending'`,
      [ids, error, retryAt, maxAttempts],
    );
  }

  async stats(now: Date): Promise<Record<string, number | null>> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
              count(*) FILTER (WHERE status = 'sending')::int AS sending,
              count(*) FILTER (WHERE status = 'sent' AND sent_at > $1::timestamptz - interval '24 hours')::int AS "sentLast24h",
              count(*) FILTER (WHERE status = 'pending' AND attempts > 0)::int AS failed,
              count(*) FILTER (WHERE status = 'dead')::int AS dead,
              extract(epoch FROM $1::timestamptz - min(created_at) FILTER (WHERE status = 'pending'))::int AS "oldestPendingSeconds"
       FROM notification`,
      [now],
    )) as Record<string, number | null>[];
    return row;
  }

  private async insertPlanned(em: EntityManager, insert: string, parameters: unknown[]): Promise<number> {
    const [row] = (await em.query(`WITH planned AS (${insert} RETURNING 1) SELECT count(*)::int AS n FROM planned`, parameters)) as {
      n: number;
    }[];
    return row.n;
  }
}
