import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const DOCUMENT_KINDS = ['answer', 'letter', 'postponement', 'questions', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface StoredQaBlock {
  label: string;
  question: { start: number; end: number } | null;
  answer: { start: number; end: number } | null;
}

/** A parliamentary document: an answer, a letter, a postponement notice or the questions. */
@Entity()
@Index('UQ_document_source_external_id', ['source', 'externalId'], { unique: true })
@Index('IDX_document_number', ['number'])
@Index('IDX_document_case_number', ['caseNumber'])
@Index('IDX_document_kamerstuk', ['kamerstukDossier', 'kamerstukNumber'])
@Index('IDX_document_ministry_date', ['ministry', 'date'])
// Hidden documents are few: list queries anti-join this tiny index instead of joining every document.
@Index('IDX_document_deleted', ['id'], { where: 'deleted' })
@Index('IDX_document_after_import_pending', ['id'], { where: 'after_import_pending' })
export class Document {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Where it came from: `file` (CLI import) or `tk` (Tweede Kamer open data). */
  @Column({ type: 'varchar', length: 20 })
  source!: string;

  /** The TK GUID, or for imported files the hash of their text. */
  @Column({ type: 'varchar', length: 100 })
  externalId!: string;

  /** The TK document number, e.g. 2020D27320. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  number!: string | null;

  @Column({ type: 'enum', enum: DOCUMENT_KINDS, enumName: 'document_kind' })
  kind!: DocumentKind;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'date', nullable: true })
  date!: string | null;

  @Column({ type: 'varchar', length: 9, nullable: true })
  sessionYear!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  appendixNumber!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  caseNumber!: string | null;

  /** The Kamerstuk dossier with its part, e.g. "31936" or "35300-X" (Kamerstuk 35 300 X, nr. 61). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  kamerstukDossier!: string | null;

  /** The number within the Kamerstuk dossier (ondernummer), e.g. "61". */
  @Column({ type: 'varchar', length: 10, nullable: true })
  kamerstukNumber!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  ministry!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  authorRole!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  authorName!: string | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'char', length: 64 })
  textHash!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  blocks!: StoredQaBlock[];

  /** Withdrawn at the source: hidden from lists, its commitments are kept. */
  @Column({ type: 'boolean', default: false })
  deleted!: boolean;

  /**
   * Stored, but the steps that follow an import (fulfilment linking) have not run yet: set in the
   * import's transaction, cleared after them, so a crash in between is made good on the next run.
   */
  @Column({ type: 'boolean', default: false })
  afterImportPending!: boolean;

  /** Why the source file could not be read (a passing failure is retried on the next sync); null when the text is in. */
  @Column({ type: 'text', nullable: true })
  resourceError!: string | null;

  @Column({ type: 'int', default: 0 })
  resourceAttempts!: number;

  /**
   * The source's version of the document (TK: `bijgewerkt`) whose file could not be read at all:
   * it is not fetched again until the source changes the document. Null for failures that pass.
   */
  @Column({ type: 'varchar', length: 60, nullable: true })
  resourceUnreadableVersion!: string | null;

  /**
   * Dutch full text of title (weight A) and text (question, answer and the asking MPs' heading), so a
   * search finds promises by their surroundings. Kept by the trigger document_search_vector (see its
   * migration), like commitment.search_vector.
   */
  @Index('IDX_document_search_vector', { type: 'gin' })
  @Column({ type: 'tsvector', select: false, insert: false, update: false, nullable: true })
  searchVector?: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
