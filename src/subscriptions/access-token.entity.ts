import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Subscriber } from './subscriber.entity';

export const ACCESS_TOKEN_PURPOSES = ['confirm', 'mail'] as const;
export type AccessTokenPurpose = (typeof ACCESS_TOKEN_PURPOSES)[number];

/**
 * A secret link sent by e-mail. Only the SHA-256 of the token is stored.
 * `confirm` confirms the listed subscriptions; `mail` (one per sent mail) opens the
 * manage page and unsubscribes the listed subscriptions in one click.
 */
@Entity()
@Index('IDX_access_token_subscriber', ['subscriberId'])
export class AccessToken {
  @PrimaryColumn({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  subscriberId!: string;

  @ManyToOne(() => Subscriber, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscriber_id' })
  subscriber?: Relation<Subscriber>;

  @Column({ type: 'enum', enum: ACCESS_TOKEN_PURPOSES, enumName: 'access_token_purpose' })
  purpose!: AccessTokenPurpose;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  subscriptionIds!: string[];

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
