import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A TK case (Zaak), e.g. one set of written questions with its postponement and answer. */
@Entity({ name: 'tk_zaak' })
@Index('IDX_tk_zaak_number', ['number'])
export class TkZaak {
  /** The TK GUID. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_tk_zaak' })
  id!: string;

  /** e.g. 2019Z05743. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  number!: string | null;

  /** Soort: `Schriftelijke vragen`, `Brief regering`, … */
  @Column({ type: 'varchar', length: 100, nullable: true })
  kind!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'date', nullable: true })
  startedOn!: string | null;

  @Column({ type: 'boolean', default: false })
  deleted!: boolean;
}
