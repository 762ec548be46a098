import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';

export interface RateLimit {
  /** Counter family, e.g. `subscribe-address`. */
  name: string;
  limit: number;
  windowMs: number;
}

/** Counters older than this are deleted now and then. */
const PURGE_AFTER_MS = 24 * 3_600_000;
const PURGE_EVERY_HITS = 500;

/**
 * Fixed-window rate limits shared by all instances through PostgreSQL (table rate_limit). Each
 * counter starts its window at its first hit; the subject (an address, an IP) is stored hashed.
 */
@Injectable()
export class RateLimiter {
  private hitsSincePurge = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Counts one hit; false when it goes over the limit (the hit is still counted). */
  async hit(rule: RateLimit, subject: string): Promise<boolean> {
    const now = this.clock.now();
    const [row] = (await this.dataSource.query(
      `INSERT INTO rate_limit (key, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limit.window_start <= $2::timestamptz - make_interval(secs => $3 / 1000.0) THEN 1 ELSE rate_limit.hits + 1 END,
         window_start = CASE WHEN rate_limit.window_start <= $2::timestamptz - make_interval(secs => $3 / 1000.0) THEN $2 ELSE rate_limit.window_start END
       RETURNING hits`,
      [keyOf(rule, subject), now, rule.windowMs],
    )) as { hits: number }[];
    await this.purgeNowAndThen(now);
    return row.hits <= rule.limit;
  }

  /** Whether the subject used up its budget already (nothing is counted). */
  async exhausted(rule: RateLimit, subject: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM rate_limit WHERE key = $1 AND hits >= $3 AND window_start > $2::timestamptz - make_interval(secs => $4 / 1000.0)`,
      [keyOf(rule, subject), this.clock.now(), rule.limit, rule.windowMs],
    )) as unknown[];
    return rows.length > 0;
  }

  private async purgeNowAndThen(now: Date): Promise<void> {
    if (++this.hitsSincePurge < PURGE_EVERY_HITS) return;
    this.hitsSincePurge = 0;
    await this.dataSource.query(`DELETE FROM rate_limit WHERE window_start < $1`, [new Date(now.getTime() - PURGE_AFTER_MS)]);
  }
}

function keyOf(rule: RateLimit, subject: string): string {
  return `${rule.name}:${createHash('sha256').update(subject).digest('base64url')}`;
}
