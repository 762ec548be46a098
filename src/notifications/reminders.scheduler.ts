import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { CronJob } from 'cron';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { LOCKS, withAdvisoryLock } from '../database/advisory-lock';
import { OutboxSender } from './outbox-sender.service';
import { ReminderPlanner } from './reminder-planner.service';
import { DUTCH_TIME_ZONE } from '../common/time-zone';

/**
 * Cron ticks for planning (REMINDER_CRON) and delivery (DELIVERY_CRON). Every instance ticks;
 * only the one that wins the advisory lock does the work.
 */
@Injectable()
export class RemindersScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(RemindersScheduler.name);

  constructor(
    private readonly registry: SchedulerRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
    private readonly clock: Clock,
    private readonly planner: ReminderPlanner,
    private readonly sender: OutboxSender,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.env.SCHEDULER_ENABLED) return;
    this.add('plan-reminders', this.env.REMINDER_CRON, () => this.planAndDeliver());
    this.add('deliver-outbox', this.env.DELIVERY_CRON, () => this.deliver());
  }

  async planAndDeliver(): Promise<void> {
    const outcome = await withAdvisoryLock(this.dataSource, LOCKS.reminders, () => this.planner.plan(this.clock.now()));
    if (!outcome.ran) this.logger.debug('planning skipped: another instance holds the lock');
    await this.deliver();
  }

  /** Every instance delivers: claims use SKIP LOCKED, so senders share the outbox without a lock held while sending. */
  async deliver(): Promise<void> {
    await this.sender.deliver();
  }

  private add(name: string, expression: string, tick: () => Promise<void>): void {
    const job = CronJob.from({
      cronTime: expression,
      timeZone: DUTCH_TIME_ZONE,
      start: true,
      onTick: () => {
        tick().catch((error: unknown) => this.logger.error(`${name} failed: ${String(error)}`));
      },
    });
    this.registry.addCronJob(name, job);
  }
}
