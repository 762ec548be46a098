import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export const NOTIFICATION_EVENTS = [
  'confirmation',
  'due_soon',
  'overdue',
  'still_overdue',
  'fulfilled',
  'deadline_changed',
  'new_commitment',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];
export const NOTIFICATION_STATUSES = ['pending', 'sending', 'sent', 'dead', 'cancelled'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** The outbox: one row per event to tell one subscriber about. Rows of one subscriber go out as one digest. */
@Entity()
@Index('IDX_notification_sending', ['claimedAt'], { where: "status = 'sending'" })
@Index('IDX_notification_subscriber', ['subscriberId'])
// The sender claims pending rows in subscriber order, so one subscriber's rows land in one batch.
@Index('IDX_notification_pending_subscriber', ['subscriberId', 'id'], { where: "status = 'pending'" })
@Index('IDX_notification_subscription', ['subscriptionId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  // Named, not imported: subscriptions sit above the outbox and plan into it.
  @Column({ type: 'uuid' })
  @ForeignKey('Subscriber', { onDelete: 'CASCADE' })
  subscriberId!: string;

  @Column({ type: 'uuid', nullable: true })
  subscriptionId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  commitmentId!: string | null;

  @Column({ type: 'enum', enum: NOTIFICATION_EVENTS, enumName: 'notification_event' })
  event!: NotificationEvent;

  /** Event + subject + the deadline it refers to: planning the same thing twice is a no-op. */
  @Index('UQ_notification_dedupe_key', { unique: true })
  @Column({ type: 'varchar', length: 300 })
  dedupeKey!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload!: Record<string, unknown>;

  @Column({ type: 'enum', enum: NOTIFICATION_STATUSES, enumName: 'notification_status', default: 'pending' })
  status!: NotificationStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz' })
  nextAttemptAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  messageId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
