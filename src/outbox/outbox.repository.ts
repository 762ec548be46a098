import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { dutchDay } from '../common/clock';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { digestSlots } from './digest-slots';
import type { NotificationEvent, NotificationStatus } from './notification.entity';
import { ministryMatches, SEARCH_QUERY, searchMatches } from './subscription-match';
import { DUTCH_TIME_ZONE } from '../common/time-zone';

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
  new_commitment: number;
}

export interface NotificationListItem {
  id: string;
  subscriberId: string;
  subscriptionId: string | null;
  commitmentId: string | null;
  event: NotificationEvent;
  status: NotificationStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  createdAt: Date;
  sentAt: Date | null;
  messageId: string | null;
}

/** How far back the planner looks for new commitments and fresh overdue ones of ministry/search subscriptions. */
const WATCH_LOOKBACK_DAYS = 14;

/** The most days ahead a due_soon notice can be asked for (the manage page's limit). */
const DUE_SOON_MAX_DAYS = 60;

/** Planning sorts and hashes a few hundred thousand rows: in memory, not in temporary files. */
const PLANNING_WORK_MEM = '64MB';

/** Planning at least this many rows refreshes the outbox's planner statistics. */
const ANALYZE_AFTER_ROWS = 10_000;

const INSERT = `INSERT INTO notification (subscriber_id, subscription_id, commitment_id, event, dedupe_key, payload, next_attempt_at, created_at)`;

/** Daily and weekly subscribers get their notices held until their digest slot ($3, $4). */
const SEND_AT = `CASE sub.digest WHEN 'daily' THEN $3::timestamptz WHEN 'weekly' THEN $4::timestamptz ELSE $2::timestamptz END`;

// Still owed: open, and not withdrawn at the source (a TK register entry that was deleted).
const OPEN_COMMITMENT = "c.status = 'open' AND NOT c.withdrawn";

const ACTIVE_COMMITMENT_SUBSCRIPTIONS = `
  FROM subscription s
  JOIN subscriber sub ON sub.id = s.subscriber_id AND sub.suppressed_at IS NULL
  JOIN commitment c ON c.id = s.commitment_id
  WHERE s.target_type = 'commitment' AND s.status = 'confirmed' AND NOT s.paused
    AND ${OPEN_COMMITMENT} AND c.effective_due IS NOT NULL`;

/**
 * Ministry and saved-search subscriptions joined to a small set of candidate commitments.
 * Both sides are materialised once, so the full-text work is per row, not per pair.
 * Parameters: $1 today, $2 now, $3 daily slot, $4 weekly slot.
 */
function watchPairs(candidates: string, watches = 'TRUE'): string {
  const columns = `w.id AS subscription_id, w.subscriber_id, w.due_soon_days, w.repeat_days, w.confirmed_on, w.digest AS digest,
           c.id AS commitment_id, c.effective_due, c.created_at AS commitment_created_at`;
  // Candidates are read only when some watch qualifies; ministry pairs join on equality (hashed),
  // only search pairs test every candidate, against its stored search_vector.
  return `
  watch AS MATERIALIZED (
    SELECT s.id, s.subscriber_id, s.target_type, s.ministry, s.search, s.due_soon_days, s.repeat_days,
           (s.confirmed_at AT TIME ZONE '${DUTCH_TIME_ZONE}')::date AS confirmed_on, sub.digest, ${SEARCH_QUERY} AS query
    FROM subscription s JOIN subscriber sub ON sub.id = s.subscriber_id AND sub.suppressed_at IS NULL
    WHERE s.target_type IN ('ministry', 'search') AND s.status = 'confirmed' AND NOT s.paused AND ${watches}),
  cand AS MATERIALIZED (
    SELECT c.id, c.ministry, c.owner_name, c.owner_role, c.status, c.effective_due, c.document_id, c.created_at, c.recurring, c.due_source,
           c.search_vector AS doc
    FROM commitment c WHERE ${candidates} AND EXISTS (SELECT 1 FROM watch)),
  pairs AS (
    SELECT ${columns} FROM watch w JOIN cand c ON ${ministryMatches('w', 'c')}
    UNION ALL
    SELECT ${columns} FROM watch w JOIN cand c ON ${searchMatches('w', 'c', '$1')})`;
}

const WATCH_SEND_AT = SEND_AT.replace('sub.digest', 'p.digest');

/** Every planning statement's parameters: $1 today, $2 now, $3 daily slot, $4 weekly slot. */
type PlanParams = [today: string, now: Date, daily: Date, weekly: Date];

/**
 * The outbox, the only writer of the notification table. All planning is set-based SQL; the
 * dedupe key makes every plan idempotent.
 */
@Injectable()
export class OutboxRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Plans due_soon, overdue, still_overdue and new_commitment notices as of `today` (a Dutch calendar day). */
  async planReminders(today: string, now: Date): Promise<PlanCounts> {
    const slots = digestSlots(now, this.env.DIGEST_HOUR);
    const params: PlanParams = [today, now, slots.daily, slots.weekly];
    const counts = await this.dataSource.transaction(async (em): Promise<PlanCounts> => {
      // Row estimates of these statements are rough; compiling them (JIT) costs more than it saves.
      await em.query(`SET LOCAL work_mem = '${PLANNING_WORK_MEM}'; SET LOCAL jit = off`);
      const direct = await this.planDirect(em, params);
      return {
        due_soon: direct.due_soon + (await this.planWatchedDueSoon(em, params)),
        overdue: direct.overdue + (await this.planWatchedOverdue(em, params)),
        still_overdue: (await this.planDirectStillOverdue(em, params)) + (await this.planWatchedStillOverdue(em, params)),
        new_commitment: await this.planNewCommitments(em, params),
      };
    });
    // A big plan changes the outbox faster than autovacuum notices: without fresh statistics the
    // claim query sorts every pending row instead of walking its index.
    if (counts.due_soon + counts.overdue + counts.still_overdue + counts.new_commitment >= ANALYZE_AFTER_ROWS) {
      await this.dataSource.query('ANALYZE notification');
    }
    return counts;
  }

  /** due_soon of ministry and search subscriptions: commitments due within the subscriber's days. */
  private planWatchedDueSoon(em: EntityManager, params: PlanParams): Promise<number> {
    const candidates = `${OPEN_COMMITMENT} AND c.effective_due >= $1::date AND c.effective_due <= $1::date + ${DUE_SOON_MAX_DAYS}`;
    return this.insertPlanned(em, watchPairs(candidates, 's.due_soon_days IS NOT NULL'), `
      ${INSERT}
      SELECT p.subscriber_id, p.subscription_id, p.commitment_id, 'due_soon',
             'due_soon:' || p.subscription_id || ':' || p.commitment_id || ':' || p.effective_due,
             jsonb_build_object('effectiveDue', p.effective_due), ${WATCH_SEND_AT}, $2
      FROM pairs p WHERE p.effective_due <= $1::date + p.due_soon_days
      ON CONFLICT (dedupe_key) DO NOTHING`, params);
  }

  /**
   * overdue of ministry and search subscriptions: about commitments that became late after
   * subscribing, not the backlog; one notice per run listing those late since the previous list
   * ("through"). Counts the commitments listed.
   */
  private planWatchedOverdue(em: EntityManager, params: PlanParams): Promise<number> {
    const candidates = `${OPEN_COMMITMENT} AND c.effective_due < $1::date AND c.effective_due >= $1::date - ${WATCH_LOOKBACK_DAYS}`;
    return this.insertPlanned(em, `${watchPairs(candidates)},
      covered AS MATERIALIZED (
        SELECT w.id, (SELECT coalesce((n.payload->>'through')::date, (n.created_at AT TIME ZONE '${DUTCH_TIME_ZONE}')::date)
                      FROM notification n WHERE n.subscription_id = w.id AND n.event = 'overdue'
                      ORDER BY n.created_at DESC LIMIT 1) AS through
        FROM watch w)`, `
      ${INSERT}
      SELECT p.subscriber_id, p.subscription_id, NULL, 'overdue', 'overdue:' || p.subscription_id || ':through:' || $1::text,
             jsonb_build_object('through', $1::date, 'commitments',
               jsonb_agg(jsonb_build_object('id', p.commitment_id, 'effectiveDue', p.effective_due) ORDER BY p.effective_due, p.commitment_id)),
             ${WATCH_SEND_AT}, $2
      FROM pairs p JOIN covered ON covered.id = p.subscription_id
      WHERE p.effective_due >= p.confirmed_on AND (covered.through IS NULL OR p.effective_due >= covered.through)
      GROUP BY p.subscriber_id, p.subscription_id, p.digest
      ON CONFLICT (dedupe_key) DO NOTHING`, params, `jsonb_array_length(payload->'commitments')`);
  }

  /** A repeat every repeat_days while still overdue, never sooner than repeat_days after the last notice. */
  private planDirectStillOverdue(em: EntityManager, params: PlanParams): Promise<number> {
    return this.insertPlanned(em, '', `
      ${INSERT}
      SELECT s.subscriber_id, s.id, c.id, 'still_overdue',
             'still_overdue:' || s.id || ':' || c.effective_due || ':' || (($1::date - c.effective_due) / s.repeat_days),
             jsonb_build_object('effectiveDue', c.effective_due), ${SEND_AT}, $2
      ${ACTIVE_COMMITMENT_SUBSCRIPTIONS}
        AND s.repeat_days > 0 AND c.effective_due < $1::date
        AND $1::date - c.effective_due >= s.repeat_days
        AND NOT EXISTS (
          SELECT 1 FROM notification n
          WHERE n.subscription_id = s.id AND n.event IN ('overdue', 'still_overdue')
            AND n.created_at > $2::timestamptz - make_interval(days => s.repeat_days))
      ON CONFLICT (dedupe_key) DO NOTHING`, params);
  }

  /** The same repeat for ministry and search subscriptions, per commitment that became late after subscribing. */
  private planWatchedStillOverdue(em: EntityManager, params: PlanParams): Promise<number> {
    return this.insertPlanned(em, watchPairs(`${OPEN_COMMITMENT} AND c.effective_due < $1::date`, 's.repeat_days > 0'), `
      ${INSERT}
      SELECT p.subscriber_id, p.subscription_id, p.commitment_id, 'still_overdue',
             'still_overdue:' || p.subscription_id || ':' || p.commitment_id || ':' || p.effective_due || ':' || (($1::date - p.effective_due) / p.repeat_days),
             jsonb_build_object('effectiveDue', p.effective_due), ${WATCH_SEND_AT}, $2
      FROM pairs p
      WHERE p.effective_due >= p.confirmed_on AND $1::date - p.effective_due >= p.repeat_days
        AND NOT EXISTS (
          SELECT 1 FROM notification n
          WHERE n.subscription_id = p.subscription_id AND n.commitment_id = p.commitment_id
            AND n.event IN ('overdue', 'still_overdue')
            AND n.created_at > $2::timestamptz - make_interval(days => p.repeat_days))
      ON CONFLICT (dedupe_key) DO NOTHING`, params);
  }

  /** new_commitment of ministry and search subscriptions: commitments stored after the subscription was confirmed. */
  private planNewCommitments(em: EntityManager, params: PlanParams): Promise<number> {
    const candidates = `${OPEN_COMMITMENT} AND c.created_at >= $2::timestamptz - interval '${WATCH_LOOKBACK_DAYS} days'`;
    return this.insertPlanned(em, watchPairs(candidates, 's.confirmed_at IS NOT NULL'), `
      ${INSERT}
      SELECT p.subscriber_id, p.subscription_id, p.commitment_id, 'new_commitment',
             'new_commitment:' || p.subscription_id || ':' || p.commitment_id || ':' || coalesce(p.effective_due::text, 'none'),
             jsonb_build_object('effectiveDue', p.effective_due), ${WATCH_SEND_AT}, $2
      FROM pairs p JOIN subscription s ON s.id = p.subscription_id
      WHERE p.commitment_created_at >= s.confirmed_at
      ON CONFLICT (dedupe_key) DO NOTHING`, params);
  }

  /** due_soon and overdue notices of subscriptions to one commitment, in one pass over the subscriptions. */
  private async planDirect(em: EntityManager, params: PlanParams): Promise<Pick<PlanCounts, 'due_soon' | 'overdue'>> {
    const event = `CASE WHEN c.effective_due < $1::date THEN 'overdue' ELSE 'due_soon' END`;
    const [row] = (await em.query(
      `WITH planned AS (
         ${INSERT}
         SELECT s.subscriber_id, s.id, c.id, (${event})::notification_event, ${event} || ':' || s.id || ':' || c.effective_due,
                jsonb_build_object('effectiveDue', c.effective_due), ${SEND_AT}, $2
         ${ACTIVE_COMMITMENT_SUBSCRIPTIONS}
           AND (c.effective_due < $1::date
                OR (s.due_soon_days IS NOT NULL AND c.effective_due <= $1::date + ${DUE_SOON_MAX_DAYS}
                    AND c.effective_due <= $1::date + s.due_soon_days))
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING event)
       SELECT count(*) FILTER (WHERE event = 'due_soon')::int AS due_soon, count(*) FILTER (WHERE event = 'overdue')::int AS overdue
       FROM planned`,
      params,
    )) as Pick<PlanCounts, 'due_soon' | 'overdue'>[];
    return row;
  }

  /**
   * Plans one event about a commitment for everyone following it (directly, via its ministry or
   * a matching saved search), inside the caller's transaction.
   */
  async planCommitmentEvent(
    em: EntityManager,
    commitmentId: string,
    event: NotificationEvent,
    eventKey: string,
    payload: Record<string, unknown>,
    now: Date,
  ): Promise<number> {
    const slots = digestSlots(now, this.env.DIGEST_HOUR);
    const today = dutchDay(now);
    return this.insertPlanned(
      em,
      `${watchPairs('c.id = $5')},
      targets AS (
        SELECT s.subscriber_id, s.id AS subscription_id, sub.digest FROM subscription s
        JOIN subscriber sub ON sub.id = s.subscriber_id AND sub.suppressed_at IS NULL
        WHERE s.commitment_id = $5 AND s.target_type = 'commitment' AND s.status = 'confirmed' AND NOT s.paused
        UNION
        SELECT p.subscriber_id, p.subscription_id, p.digest FROM pairs p)`,
      `
      ${INSERT}
      SELECT p.subscriber_id, p.subscription_id, $5, $6::notification_event,
             $6::text || ':' || p.subscription_id || ':' || $5::text || ':' || $7::text, $8::jsonb, ${WATCH_SEND_AT}, $2
      FROM targets p
      ON CONFLICT (dedupe_key) DO NOTHING`,
      [today, now, slots.daily, slots.weekly, commitmentId, event, eventKey, JSON.stringify(payload)],
    );
  }

  /**
   * Cancels unsent notices about these commitments: of one event (an undone automatic link withdraws
   * its `fulfilled` notices), or all of them (commitments sent back to review are no longer public).
   */
  async cancelCommitmentNotices(em: EntityManager, commitmentIds: string[], reason: string, event?: NotificationEvent): Promise<number> {
    if (commitmentIds.length === 0) return 0;
    const [, count] = (await em.query(
      `UPDATE notification SET status = 'cancelled', last_error = $2
       WHERE commitment_id = ANY($1::uuid[]) AND status = 'pending' AND ($3::notification_event IS NULL OR event = $3)`,
      [commitmentIds, reason, event ?? null],
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

  /** After a subscriber changes digest frequency: their waiting notices move to the new slot. */
  async rescheduleHeld(em: EntityManager, subscriberId: string, now: Date): Promise<void> {
    const slots = digestSlots(now, this.env.DIGEST_HOUR);
    await em.query(
      `UPDATE notification n SET next_attempt_at = ${SEND_AT}
       FROM subscriber sub
       WHERE sub.id = n.subscriber_id AND n.subscriber_id = $1 AND n.status = 'pending' AND n.attempts = 0 AND n.event <> 'confirmation'`,
      [subscriberId, now, slots.daily, slots.weekly],
    );
  }

  /** Cancels queued notices of subscriptions that were stopped or paused. */
  async cancelSubscriptionNotices(em: EntityManager, subscriptionIds: string[], reason: string): Promise<void> {
    if (subscriptionIds.length === 0) return;
    await em.query(
      `UPDATE notification SET status = 'cancelled', last_error = $2
       WHERE subscription_id = ANY($1::uuid[]) AND status = 'pending' AND event <> 'confirmation'`,
      [subscriptionIds, reason],
    );
  }

  /** Cancels everything still waiting for one subscriber (the address is suppressed). */
  async cancelSubscriberNotices(em: EntityManager, subscriberId: string, reason: string): Promise<void> {
    await em.query(`UPDATE notification SET status = 'cancelled', last_error = $2 WHERE subscriber_id = $1 AND status = 'pending'`, [
      subscriberId,
      reason,
    ]);
  }

  /**
   * Rows a crashed sender left in `sending`: their claim already counted an attempt, so they go back
   * to the queue with that error recorded, or are `dead` once they used their last attempt (a row
   * that crashes every sender that claims it must not do so forever).
   */
  async sweepStale(now: Date, staleAfterMinutes: number, maxAttempts: number): Promise<{ requeued: number; dead: number }> {
    const [row] = (await this.dataSource.query(
      `WITH swept AS (
         UPDATE notification
         SET status = CASE WHEN attempts >= $3 THEN 'dead'::notification_status ELSE 'pending'::notification_status END,
             next_attempt_at = $1, last_error = 'the sender stopped before this notification was marked sent (attempt ' || attempts || ')'
         WHERE status = 'sending' AND claimed_at < $1::timestamptz - make_interval(mins => $2)
         RETURNING status)
       SELECT count(*) FILTER (WHERE status = 'pending')::int AS requeued, count(*) FILTER (WHERE status = 'dead')::int AS dead FROM swept`,
      [now, staleAfterMinutes, maxAttempts],
    )) as { requeued: number; dead: number }[];
    return row;
  }

  /**
   * Claims about `limit` due rows for this sender: whole subscribers (one digest each), in
   * subscriber order after `afterSubscriber`. A sender first locks the subscriber rows (other
   * senders skip locked ones), so two senders never split one subscriber's notices into two mails.
   * Committed at once: no lock is held while sending. Returns the claimed rows and where the next
   * claim continues (null: nothing due after `afterSubscriber`).
   */
  async claim(now: Date, limit: number, afterSubscriber: string | null): Promise<{ rows: ClaimedNotification[]; next: string | null }> {
    const [row] = (await this.dataSource.query(
      `WITH candidates AS (
         SELECT DISTINCT subscriber_id FROM (
           SELECT subscriber_id FROM notification
           WHERE status = 'pending' AND next_attempt_at <= $1 AND ($3::uuid IS NULL OR subscriber_id > $3::uuid)
           ORDER BY subscriber_id, id
           LIMIT $2) first_rows),
       owners AS (
         SELECT sub.id FROM subscriber sub WHERE sub.id IN (SELECT subscriber_id FROM candidates)
         FOR NO KEY UPDATE SKIP LOCKED),
       due AS (
         SELECT n.id FROM notification n
         WHERE n.subscriber_id IN (SELECT id FROM owners) AND n.status = 'pending' AND n.next_attempt_at <= $1
         FOR UPDATE OF n SKIP LOCKED),
       claimed AS (
         UPDATE notification SET status = 'sending', claimed_at = $1, attempts = attempts + 1
         WHERE id IN (SELECT id FROM due)
         RETURNING id::text AS id, subscriber_id AS "subscriberId", subscription_id AS "subscriptionId",
                   commitment_id AS "commitmentId", event, payload, attempts)
       SELECT (SELECT max(subscriber_id::text) FROM candidates) AS next,
              (SELECT coalesce(json_agg(claimed), '[]') FROM claimed) AS rows`,
      [now, limit, afterSubscriber],
    )) as { next: string | null; rows: ClaimedNotification[] }[];
    return row;
  }

  /** Marks delivered rows, each group with the message id of the mail that carried it. */
  async markSent(groups: { ids: string[]; messageId: string }[], now: Date): Promise<void> {
    if (groups.length === 0) return;
    const ids = groups.flatMap((g) => g.ids);
    const messageIds = groups.flatMap((g) => g.ids.map(() => g.messageId));
    await this.dataSource.query(
      `UPDATE notification n SET status = 'sent', sent_at = $2, message_id = v.message_id, last_error = NULL
       FROM unnest($1::bigint[], $3::text[]) AS v(id, message_id)
       WHERE n.id = v.id AND n.status = 'sending'`,
      [ids, now, messageIds],
    );
  }

  async markCancelled(ids: string[], reason: string): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE notification SET status = 'cancelled', last_error = $2 WHERE id = ANY($1::bigint[]) AND status = 'sending'`,
      [ids, reason],
    );
  }

  /** A failed attempt: back to the queue at `retryAt`, or `dead` once attempts reach `maxAttempts` (or no retry). */
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
      `SELECT count(*) FILTER (WHERE status = 'pending' AND next_attempt_at <= $1)::int AS pending,
              count(*) FILTER (WHERE status = 'pending' AND next_attempt_at > $1 AND attempts = 0)::int AS "heldForDigest",
              count(*) FILTER (WHERE status = 'sending')::int AS sending,
              count(*) FILTER (WHERE status = 'sent' AND sent_at > $1::timestamptz - interval '24 hours')::int AS "sentLast24h",
              count(*) FILTER (WHERE status = 'pending' AND attempts > 0)::int AS failed,
              count(*) FILTER (WHERE status = 'dead')::int AS dead,
              count(*) FILTER (WHERE status = 'cancelled' AND created_at > $1::timestamptz - interval '24 hours')::int AS "cancelledLast24h",
              extract(epoch FROM $1::timestamptz - min(next_attempt_at) FILTER (WHERE status = 'pending' AND next_attempt_at <= $1))::int
                AS "oldestPendingSeconds",
              (SELECT count(*)::int FROM subscriber WHERE suppressed_at IS NOT NULL) AS "suppressedAddresses"
       FROM notification`,
      [now],
    )) as Record<string, number | null>[];
    return row;
  }

  /** Outbox rows in one status, newest first (the admin's view of what is stuck or dead). */
  async list(status: NotificationStatus, limit: number, beforeId: string | null): Promise<NotificationListItem[]> {
    return (await this.dataSource.query(
      `SELECT id, subscriber_id AS "subscriberId", subscription_id AS "subscriptionId", commitment_id AS "commitmentId",
              event, status, attempts, last_error AS "lastError", next_attempt_at AS "nextAttemptAt",
              created_at AS "createdAt", sent_at AS "sentAt", message_id AS "messageId"
       FROM notification WHERE status = $1 AND ($3::bigint IS NULL OR id < $3::bigint)
       ORDER BY id DESC LIMIT $2`,
      [status, limit, beforeId],
    )) as NotificationListItem[];
  }

  /** Runs one planning INSERT; returns how many notices it planned (`notices`: per inserted row). */
  private async insertPlanned(em: EntityManager, ctes: string, insert: string, parameters: unknown[], notices = '1'): Promise<number> {
    const [row] = (await em.query(
      `WITH ${ctes ? `${ctes},` : ''} planned AS (${insert} RETURNING ${notices} AS notices) SELECT coalesce(sum(notices), 0)::int AS n FROM planned`,
      parameters,
    )) as { n: number }[];
    return row.n;
  }
}
