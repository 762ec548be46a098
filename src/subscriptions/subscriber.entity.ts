import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const DIGEST_FREQUENCIES = ['immediate', 'daily', 'weekly'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** An e-mail address that subscribed to something. */
@Entity()
export class Subscriber {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 320 })
  email!: string;

  /** Lower-cased address: one subscriber per mailbox. */
  @Index('UQ_subscriber_email_normalized', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  emailNormalized!: string;

  @Column({ type: 'enum', enum: DIGEST_FREQUENCIES, enumName: 'digest_frequency', default: 'immediate' })
  digest!: DigestFrequency;

  /** Hard bounce or an explicit "stop everything": never mailed again. */
  @Column({ type: 'timestamptz', nullable: true })
  suppressedAt!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  suppressionReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
