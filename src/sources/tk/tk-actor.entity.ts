import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const TK_ACTOR_SUBJECTS = ['document', 'zaak'] as const;
export type TkActorSubject = (typeof TK_ACTOR_SUBJECTS)[number];

/**
 * A DocumentActor or ZaakActor: who signed a document, who asked, to whom questions were
 * addressed (`Gericht aan`, with the minister's Functie). Linked by GUID.
 */
@Entity({ name: 'tk_actor' })
@Index('IDX_tk_actor_subject', ['subjectTkId'])
export class TkActor {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_tk_actor' })
  id!: string;

  @Column({ type: 'enum', enum: TK_ACTOR_SUBJECTS, enumName: 'tk_actor_subject' })
  subjectType!: TkActorSubject;

  @Column({ type: 'uuid' })
  subjectTkId!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  function!: string | null;

  /** e.g. `Indiener`, `Gericht aan`, `Eerste ondertekenaar`. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  relation!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  party!: string | null;

  @Column({ type: 'uuid', nullable: true })
  personTkId!: string | null;

  @Column({ type: 'boolean', default: false })
  deleted!: boolean;
}
