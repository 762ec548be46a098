import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A logged-in editor's session. The cookie holds a random secret; only its SHA-256 is stored.
 * Logging out deletes the row, and a session only counts while the editor token it was opened
 * with is still in EDITOR_TOKENS: both end the session at once, on every instance, across restarts.
 */
@Entity('editor_session')
@Index('IDX_editor_session_expires', ['expiresAt'])
export class EditorSessionRecord {
  @PrimaryColumn({ type: 'char', length: 64 })
  secretHash!: string;

  @Column({ type: 'varchar', length: 100 })
  editorName!: string;

  /** SHA-256 of the editor token used to log in. */
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
