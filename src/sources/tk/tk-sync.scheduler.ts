import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { CronJob } from 'cron';
import { DataSource } from 'typeorm';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { LOCKS, withAdvisoryLock } from '../../database/advisory-lock';
import { TkSyncService } from './tk-sync.service';
import { DUTCH_TIME_ZONE } from '../../common/time-zone';

/** Runs the TK sync on SYNC_CRON; across instances only the holder of the advisory lock syncs. */
@Injectable()
export class TkSyncScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TkSyncScheduler.name);
  private readonly stop = new AbortController();

  constructor(
    private readonly registry: SchedulerRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
    private readonly sync: TkSyncService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.env.SCHEDULER_ENABLED || this.env.SYNC_CRON === 'off') return;
    const job = CronJob.from({
      cronTime: this.env.SYNC_CRON,
      timeZone: DUTCH_TIME_ZONE,
      start: true,
      onTick: () => {
        this.tick().catch((error: unknown) => this.logger.error(`sync failed: ${String(error)}`));
      },
    });
    this.registry.addCronJob('tk-sync', job);
  }

  onApplicationShutdown(): void {
    // A running sync stops between transactions; its cursor is already saved.
    this.stop.abort(new Error('shutting down'));
  }

  async tick(): Promise<void> {
    const outcome = await withAdvisoryLock(this.dataSource, LOCKS.sync, () => this.sync.run({ signal: this.stop.signal }));
    if (!outcome.ran) {
      this.logger.debug('sync skipped: another instance holds the lock');
      return;
    }
    const s = outcome.result;
    this.logger.log(
      `sync: ${s.entries} entries, ${s.documentsStored} document(s) stored, ${s.commitmentsCreated} new commitment(s), ` +
        `${s.registerCreated} new register entries, ${s.errors} error(s)`,
    );
  }
}
