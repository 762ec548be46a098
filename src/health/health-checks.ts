import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';

/** A database that does not answer within this long counts as down. */
export const DATABASE_TIMEOUT_MS = 2000;

class TimedOut extends Error {}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The checks behind GET /health. A failure says what is wrong in words a monitor can show, never
 * the driver's message (which names hosts, ports and databases).
 */
@Injectable()
export class HealthChecks {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async database(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check('database');
    const started = Date.now();
    try {
      await within(this.dataSource.query('SELECT 1'), DATABASE_TIMEOUT_MS);
      return indicator.up({ latencyMs: Date.now() - started });
    } catch (error) {
      return indicator.down({ message: error instanceof TimedOut ? `no answer within ${DATABASE_TIMEOUT_MS / 1000} s` : 'unreachable' });
    }
  }

  /** How long the oldest due notification has waited: a sender that stopped shows here first. */
  async outbox(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check('outbox');
    try {
      const rows = (await within(
        this.dataSource.query(
          `SELECT count(*)::int AS pending,
                  extract(epoch FROM $1::timestamptz - min(next_attempt_at))::int AS "oldestPendingSeconds"
           FROM notification WHERE status = 'pending' AND next_attempt_at <= $1`,
          [this.clock.now()],
        ),
        DATABASE_TIMEOUT_MS,
      )) as { pending: number; oldestPendingSeconds: number | null }[];
      return indicator.up({ pending: rows[0].pending, oldestPendingSeconds: rows[0].oldestPendingSeconds ?? 0 });
    } catch {
      return indicator.down({ message: 'unknown: the database did not answer' });
    }
  }
}
