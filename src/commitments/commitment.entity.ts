import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { Document } from '../documents/document.entity';

export const COMMITMENT_STATUSES = ['candidate', 'open', 'fulfilled', 'partially_fulfilled', 'lapsed', 'rejected'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export const COMMITMENT_KINDS = ['report', 'action'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];
export const DUE_SOURCES = ['explicit', 'phrase', 'default', 'manual'] as const;
export type DueSource = (typeof DUE_SOURCES)[number];
/** Another sentence of the same document that restates the promise; offsets into the document text (null when not found). */
export interface AlsoStated {
  quote: string;
  start: number | null;
  end: number | null;
}

export const COMMITMENT_ORIGINS = ['extracted', 'tk_register', 'manual'] as const;
export type CommitmentOrigin = (typeof COMMITMENT_ORIGINS)[number];

/** A promise by a minister to the Kamer. Overdue is derived: open and `effectiveDue` before today. */
@Entity()
@Index('IDX_commitment_status_effective_due', ['status', 'effectiveDue'])
@Index('IDX_commitment_ministry', ['ministry'])
@Index('IDX_commitment_document', ['documentId'])
// The planner looks for commitments created in the last days (new_commitment notices).
@Index('IDX_commitment_created_at', ['createdAt'])
// The list's ministry filter (lower(ministry) IN predecessors) sorted by due date; an expression index, written by hand in its migration.
@Index('IDX_commitment_ministry_status_due', { synchronize: false })
export class Commitment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  documentId!: string | null;

  @ManyToOne(() => Document, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<Document> | null;

  /** The exact sentence as it stands in the document. */
  @Column({ type: 'text' })
  quote!: string;

  @Column({ type: 'int', nullable: true })
  startOffset!: number | null;

  @Column({ type: 'int', nullable: true })
  endOffset!: number | null;

  /**
   * The other sentences of the same document that restate this promise ("… eind 2024 …", later
   * "… eind dit jaar …"): one commitment per promise, its restatements kept with it.
   */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  alsoStated!: AlsoStated[];

  /** The answer the quote sits in, e.g. "5" or "5 en 6". */
  @Column({ type: 'varchar', length: 40, nullable: true })
  answerLabel!: string | null;

  @Column({ type: 'enum', enum: COMMITMENT_KINDS, enumName: 'commitment_kind' })
  kind!: CommitmentKind;

  @Column({ type: 'varchar', length: 200, nullable: true })
  ownerRole!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  ownerName!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  ministry!: string | null;

  @Column({ type: 'text', nullable: true })
  vehicle!: string | null;

  @Column({ type: 'text', nullable: true })
  deadlinePhrase!: string | null;

  /** The promised date, when one was promised. */
  @Column({ type: 'date', nullable: true })
  due!: string | null;

  @Column({ type: 'enum', enum: DUE_SOURCES, enumName: 'due_source' })
  dueSource!: DueSource;

  /** How `due` was resolved, in Dutch ("dag voor het zomerreces 2020"). */
  @Column({ type: 'text', nullable: true })
  dueExplanation!: string | null;

  /** `due`, or the document date plus the default term when no date was promised. */
  @Column({ type: 'date', nullable: true })
  effectiveDue!: string | null;

  @Column({ type: 'boolean', default: false })
  recurring!: boolean;

  @Column({ type: 'real' })
  confidence!: number;

  @Column({ type: 'enum', enum: COMMITMENT_STATUSES, enumName: 'commitment_status' })
  status!: CommitmentStatus;

  @Column({ type: 'uuid', nullable: true })
  fulfillingDocumentId!: string | null;

  @ManyToOne(() => Document, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'fulfilling_document_id' })
  fulfillingDocument?: Relation<Document> | null;

  /** The letter as the editor gave it: a TK document number or an official URL. */
  @Column({ type: 'text', nullable: true })
  fulfillingLetter!: string | null;

  /** When the fulfilment was recorded (the editor's click or the automatic link). */
  @Column({ type: 'timestamptz', nullable: true })
  fulfilledAt!: Date | null;

  /** The date of the letter that kept the promise: lateness is this day minus the due date (null: unknown, then `fulfilledAt`). */
  @Column({ type: 'date', nullable: true })
  keptOn!: string | null;

  /** The fulfilling letter was linked by the matcher, not by an editor; an editor can undo it. */
  @Column({ type: 'boolean', default: false })
  autoLinked!: boolean;

  /** An older open promise this one restates (same office, same vehicle): counted once in scoreboards. */
  @Index('IDX_commitment_repeats')
  @Column({ type: 'uuid', nullable: true })
  repeatsCommitmentId!: string | null;

  @ManyToOne(() => Commitment, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'repeats_commitment_id', foreignKeyConstraintName: 'FK_commitment_repeats' })
  repeatsCommitment?: Relation<Commitment> | null;

  @Column({ type: 'enum', enum: COMMITMENT_ORIGINS, enumName: 'commitment_origin' })
  origin!: CommitmentOrigin;

  /** The status as the source wrote it (TK register), kept verbatim. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  rawStatus!: string | null;

  /** The source's own number for it, e.g. the TK register's TZ202504-057. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  externalRef!: string | null;

  /** Its document (or register entry) was withdrawn at the source; kept, but flagged. */
  @Column({ type: 'boolean', default: false })
  withdrawn!: boolean;

  /** Identity across re-imports: the same promise in the same document never gets a second row. */
  @Index('UQ_commitment_fingerprint', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  fingerprint!: string;

  /**
   * Dutch full-text of quote and vehicle, searched (IDX_commitment_search_vector) and ranked without
   * re-parsing the text per row. Kept by the trigger commitment_search_vector (see its migration):
   * TypeORM records GENERATED expressions per database name, so a generated column would show as
   * drift in every cloned or renamed database.
   */
  @Index('IDX_commitment_search_vector', { type: 'gin' })
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  searchVector?: string;

  /** When an editor last decided on it (accepted, rejected, changed): re-analysis leaves it alone from then on. */
  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  reviewedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
