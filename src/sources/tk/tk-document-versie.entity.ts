import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A DocumentVersie: one published version of a TK document. Kept for its ExterneIdentifier, the
 * document's id on officielebekendmakingen (`ah-tk-…` for an answer), which the sync prefers over
 * one derived from the Aanhangsel number.
 */
@Entity({ name: 'tk_document_versie' })
@Index('IDX_tk_document_versie_document', ['documentTkId'])
export class TkDocumentVersie {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_tk_document_versie' })
  id!: string;

  @Column({ type: 'uuid' })
  documentTkId!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  externalIdentifier!: string | null;

  @Column({ type: 'int', nullable: true })
  versionNumber!: number | null;

  @Column({ type: 'boolean', default: false })
  deleted!: boolean;
}
