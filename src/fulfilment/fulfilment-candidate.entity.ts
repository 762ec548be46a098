import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Commitment } from '../commitments/commitment.entity';
import { Document } from '../documents/document.entity';

export const CANDIDATE_STATUSES = ['suggested', 'auto_linked', 'accepted', 'rejected', 'undone'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export interface CandidateReason {
  kind: string;
  phrase: string;
  weight: number;
}

/** A letter that may keep an open commitment: found on import, scored, linked or queued for review. */
@Entity()
@Index('UQ_fulfilment_candidate_pair', ['commitmentId', 'documentId'], { unique: true })
@Index('IDX_fulfilment_candidate_queue', ['status', 'score'])
@Index('IDX_fulfilment_candidate_document', ['documentId'])
export class FulfilmentCandidate {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_fulfilment_candidate' })
  id!: string;

  @Column({ type: 'uuid' })
  commitmentId!: string;

  @ManyToOne(() => Commitment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id', foreignKeyConstraintName: 'FK_fulfilment_candidate_commitment' })
  commitment?: Relation<Commitment>;

  /** The letter (or answer) that may keep the promise. */
  @Column({ type: 'uuid' })
  documentId!: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'FK_fulfilment_candidate_document' })
  document?: Relation<Document>;

  @Column({ type: 'real' })
  score!: number;

  @Column({ type: 'boolean' })
  explicitCitation!: boolean;

  /** The letter says it answers only partly ("deels", "in een volgende brief"). */
  @Column({ type: 'boolean', default: false })
  partial!: boolean;

  /** The evidence, strongest first: `{ kind, phrase, weight }`. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  reasons!: CandidateReason[];

  @Column({ type: 'enum', enum: CANDIDATE_STATUSES, enumName: 'fulfilment_candidate_status', default: 'suggested' })
  status!: CandidateStatus;

  /** `auto` or `editor:<name>`. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
