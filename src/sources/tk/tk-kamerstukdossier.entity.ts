import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A Kamerstukdossier: the dossier number (with its part) a TK document's `kamerstukdossier` ref points at. */
@Entity({ name: 'tk_kamerstukdossier' })
export class TkKamerstukdossier {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_tk_kamerstukdossier' })
  id!: string;

  /** e.g. `30218`. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  number!: string | null;

  /** The part, e.g. `X` of 35300-X; null for most dossiers. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  addition!: string | null;

  @Column({ type: 'boolean', default: false })
  deleted!: boolean;
}
