import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Subscriber } from './subscriber.entity';
import { Subscription, SubscriptionTarget } from './subscription.entity';

export interface SubscriptionTargetSpec {
  type: SubscriptionTarget;
  key: string;
  commitmentId?: string | null;
  ministry?: string | null;
  search?: Record<string, string> | null;
}

@Injectable()
export class SubscriptionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
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
    const inserted = (await em.query(
      `INSERT INTO subscription (subscriber_id, target_type, target_key, commitment_id, ministry, search)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (subscriber_id, target_key) DO NOTHING RETURNING id`,
      [subscriberId, target.type, target.key, target.commitmentId ?? null, target.ministry ?? null, target.search ? JSON.stringify(target.search) : null],
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
}
