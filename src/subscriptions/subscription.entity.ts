import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Commitment } from '../commitments/commitment.entity';
import type { SavedSearch } from './saved-search';
import { Subscriber } from './subscriber.entity';

export const SUBSCRIPTION_TARGETS = ['commitment', 'ministry', 'search'] as const;
export type SubscriptionTarget = (typeof SUBSCRIPTION_TARGETS)[number];
export const SUBSCRIPTION_STATUSES = ['unconfirmed', 'confirmed', 'unsubscribed'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** What one subscriber follows: a commitment, a ministry or a saved search. */
@Entity()
@Index('UQ_subscription_subscriber_target', ['subscriberId', 'targetKey'], { unique: true })
@Index('IDX_subscription_commitment', ['commitmentId'])
// Ministry and search subscriptions are few next to commitment ones; the planner reads them on their own.
@Index('IDX_subscription_watch', ['targetType', 'subscriberId'], { where: "target_type <> 'commitment'" })
export class Subscription {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  subscriberId!: string;

  @ManyToOne(() => Subscriber, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscriber_id' })
  subscriber?: Relation<Subscriber>;

  @Column({ type: 'enum', enum: SUBSCRIPTION_TARGETS, enumName: 'subscription_target' })
  targetType!: SubscriptionTarget;

  /** `commitment:<id>`, `ministry:<name>` or `search:<canonical query>`: one subscription per target. */
  @Column({ type: 'varchar', length: 500 })
  targetKey!: string;

  @Column({ type: 'uuid', nullable: true })
  commitmentId!: string | null;

  @ManyToOne(() => Commitment, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: Relation<Commitment> | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  ministry!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  search!: SavedSearch | null;

  @Column({ type: 'enum', enum: SUBSCRIPTION_STATUSES, enumName: 'subscription_status', default: 'unconfirmed' })
  status!: SubscriptionStatus;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  /** Days before the due date to send a `due_soon` notice; null = no such notice. */
  @Column({ type: 'int', nullable: true, default: 7 })
  dueSoonDays!: number | null;

  /** Days between `still_overdue` repeats; 0 = only the first overdue notice. */
  @Column({ type: 'int', default: 14 })
  repeatDays!: number;

  @Column({ type: 'boolean', default: false })
  paused!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
