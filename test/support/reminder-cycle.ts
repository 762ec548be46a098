import { OutboxSender } from '../../src/notifications/outbox-sender.service';
import { ReminderPlanner } from '../../src/notifications/reminder-planner.service';
import type { TestApp } from './test-app';

/** One reminder run at `now`, as the scheduler does it: the clock set, notices planned, the outbox delivered. */
export async function reminderCycle(t: TestApp, now: Date): Promise<void> {
  t.clock.set(now);
  await t.app.get(ReminderPlanner).plan(now);
  await t.app.get(OutboxSender).deliver(now);
}
