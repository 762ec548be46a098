import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { SavedSearch } from './saved-search';
import { DigestFrequency, Subscriber } from './subscriber.entity';
import { Subscription, SubscriptionTarget } from './subscription.entity';

export interface SubscriptionTargetSpec {
  type: SubscriptionTarget;
  key: string;
  commitmentId?: string | null;
  ministry?: string | null;
  search?: SavedSearch | null;
}

export interface PreferenceChange {
  subscriptionId: string;
  dueSoonDays: number | null;
  repeatDays: number;
  paused: boolean;
}

@Injectable()
export class SubscriptionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The address is never mailed again (a hard bounce, or "stop everything"). */
  async suppressSubscriber(em: EntityManager, subscriberId: string, reason: string, at: Date): Promise<void> {
    await em.query(
      `UPDATE subscriber SET suppressed_at = coalesce(suppressed_at, $2), suppression_reason = coalesce(suppression_reason, $3) WHERE id = $1`,
      [subscriberId, at, reason.slice(0, 200)],
    );
  }

  /** The subscriber for an address, created on first use. */
  async upsertSubscriber(em: EntityManager, email: string): Promise<Subscriber> {
    const normalized = email.trim().toLowerCase();
    await em.query(
      `INSERT INTO subscriber (email, email_normalized) VALUES ($1, $2) ON CONFLICT (email_normalized) DO NOTHING`,
      [email.trim(), normalized],
    );
    return em.findOneOrFail(Subscriber, { where: { emailNormalized: normalized } });
  }

  /** The subscription of this subscriber to this target, created unconfirmed when missing; locked for update. */
  async upsertSubscription(em: EntityManager, subscriberId: string, target: SubscriptionTargetSpec): Promise<{ subscription: Subscription; created: boolean }> {
    // A ministry or search can cover hundreds of commitments: no due_soon notices and no repeats unless asked for.
    const watch = target.type !== 'commitment';
    const inserted = (await em.query(
      `INSERT INTO subscription (subscriber_id, target_type, target_key, commitment_id, ministry, search, due_soon_days, repeat_days)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (subscriber_id, target_key) DO NOTHING RETURNING id`,
      [
        subscriberId,
        target.type,
        target.key,
        target.commitmentId ?? null,
        target.ministry ?? null,
        target.search ? JSON.stringify(target.search) : null,
        watch ? null : 7,
        watch ? 0 : 14,
      ],
    )) as { id: string }[];
    const subscription = await em.findOneOrFail(Subscription, {
      where: { subscriberId, targetKey: target.key },
      lock: { mode: 'pessimistic_write' },
    });
    return { subscription, created: inserted.length > 0 };
  }

  async setStatus(em: EntityManager, ids: string[], status: Subscription['status'], confirmedAt?: Date): Promise<void> {
    if (ids.length === 0) return;
    await em
      .createQueryBuilder()
      .update(Subscription)
      .set(confirmedAt ? { status, confirmedAt } : { status })
      .whereInIds(ids)
      .execute();
  }

  async lastConfirmationAt(em: EntityManager, subscriptionId: string): Promise<Date | null> {
    const [row] = (await em.query(
      `SELECT max(created_at) AS at FROM notification WHERE subscription_id = $1 AND event = 'confirmation'`,
      [subscriptionId],
    )) as { at: Date | null }[];
    return row?.at ?? null;
  }

  findByIds(ids: string[]): Promise<Subscription[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(Subscription)
      .createQueryBuilder('s')
      .leftJoinAndSelect('s.commitment', 'c')
      .whereInIds(ids)
      .getMany();
  }

  findSubscriber(id: string): Promise<Subscriber | null> {
    return this.dataSource.getRepository(Subscriber).findOne({ where: { id } });
  }

  /** The subscriptions a subscriber can still manage (everything not unsubscribed), oldest first. */
  listManageable(subscriberId: string): Promise<Subscription[]> {
    return this.dataSource
      .getRepository(Subscription)
      .createQueryBuilder('s')
      .leftJoinAndSelect('s.commitment', 'c')
      .where('s.subscriber_id = :subscriberId', { subscriberId })
      .andWhere("s.status <> 'unsubscribed'")
      .orderBy('s.created_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  /** Applies preference changes; ids that are not this subscriber's are ignored. */
  async updatePreferences(em: EntityManager, subscriberId: string, changes: PreferenceChange[]): Promise<void> {
    if (changes.length === 0) return;
    await em.query(
      `UPDATE subscription s SET due_soon_days = v.due_soon_days, repeat_days = v.repeat_days, paused = v.paused
       FROM unnest($2::uuid[], $3::int[], $4::int[], $5::boolean[]) AS v(id, due_soon_days, repeat_days, paused)
       WHERE s.id = v.id AND s.subscriber_id = $1`,
      [
        subscriberId,
        changes.map((c) => c.subscriptionId),
        changes.map((c) => c.dueSoonDays),
        changes.map((c) => c.repeatDays),
        changes.map((c) => c.paused),
      ],
    );
  }

  async setDigest(em: EntityManager, subscriberId: string, digest: DigestFrequency): Promise<void> {
    await em.query(`UPDATE subscriber SET digest = $2 WHERE id = $1`, [subscriberId, digest]);
  }

  /** Unsubscribes the given subscriptions of this subscriber (all of them when `ids` is null); returns the ids stopped. */
  async unsubscribeOf(em: EntityManager, subscriberId: string, ids: string[] | null): Promise<string[]> {
    const rows = (await em.query(
      `UPDATE subscription SET status = 'unsubscribed'
       WHERE subscriber_id = $1 AND status <> 'unsubscribed' AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
       RETURNING id`,
      [subscriberId, ids],
    )) as [{ id: string }[], number];
    return rows[0].map((r) => r.id);
  }

  /** Undoes an unsubscribe: only subscriptions that were confirmed before come back, so no one is subscribed without opt-in. */
  async resubscribeOf(em: EntityManager, subscriberId: string, ids: string[]): Promise<string[]> {
    const rows = (await em.query(
      `UPDATE subscription SET status = 'confirmed'
       WHERE subscriber_id = $1 AND status = 'unsubscribed' AND confirmed_at IS NOT NULL AND id = ANY($2::uuid[])
       RETURNING id`,
      [subscriberId, ids],
    )) as [{ id: string }[], number];
    return rows[0].map((r) => r.id);
  }
}
