import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Commitment } from './commitment.entity';

export const COMMITMENT_EVENT_TYPES = ['created', 'status_changed', 'due_changed', 'letter_linked', 'edited'] as const;
export type CommitmentEventType = (typeof COMMITMENT_EVENT_TYPES)[number];

/** Append-only history of a commitment. */
@Entity()
@Index('IDX_commitment_event_commitment', ['commitmentId', 'occurredAt'])
export class CommitmentEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  commitmentId!: string;

  @ManyToOne(() => Commitment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: Relation<Commitment>;

  @Column({ type: 'enum', enum: COMMITMENT_EVENT_TYPES, enumName: 'commitment_event_type' })
  type!: CommitmentEventType;

  /** What changed, e.g. `{ from: 'open', to: 'fulfilled', letter: '2021D12345', note: '…' }`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;

  /** Who did it: `import`, `sync`, `editor:<name>`. */
  @Column({ type: 'varchar', length: 100 })
  actor!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;
}
