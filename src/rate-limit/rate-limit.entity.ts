import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One fixed-window counter of a rate limit (`subscribe-ip:…`, `subscribe-address:…`,
 * `editor-auth-ip:…`). Kept in PostgreSQL so every instance shares the same budget.
 */
@Entity('rate_limit')
export class RateLimitCounter {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  @Column({ type: 'timestamptz' })
  windowStart!: Date;

  @Column({ type: 'int' })
  hits!: number;
}
