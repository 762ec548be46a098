import { Injectable, Logger } from '@nestjs/common';
import { dutchDay } from '../common/clock';
import { retryOnConnectionLoss } from '../database/connection-loss';
import { OutboxRepository, PlanCounts } from '../outbox/outbox.repository';

@Injectable()
export class ReminderPlanner {
  private readonly logger = new Logger(ReminderPlanner.name);

  constructor(private readonly notifications: OutboxRepository) {}

  /** Plans every reminder due at `now`; running it twice the same day plans nothing new. */
  async plan(now: Date): Promise<PlanCounts> {
    const started = Date.now();
    // Planning is one transaction and idempotent: after a lost connection it simply runs again.
    const counts = await retryOnConnectionLoss(
      () => this.notifications.planReminders(dutchDay(now), now),
      (error) => this.logger.warn(`planning lost its database connection, running again: ${String(error)}`),
    );
    this.logger.log(
      `planning: ${counts.due_soon} due_soon, ${counts.overdue} overdue, ${counts.still_overdue} still_overdue, ` +
        `${counts.new_commitment} new_commitment in ${Date.now() - started} ms`,
    );
    return counts;
  }
}
