import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Per source and category, the cursor after the last fully processed entry. */
@Entity()
export class SyncState {
  /** e.g. `tk:Document`. */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  source!: string;

  @Column({ type: 'text' })
  cursor!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
