import { Command } from 'commander';
import { Clock } from '../common/clock';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { deliverWithWorkers } from '../notifications/delivery-workers';
import { deliveryImpossible, OutboxSender } from '../notifications/outbox-sender.service';
import { PlanCounts } from '../outbox/outbox.repository';
import { ReminderPlanner } from '../notifications/reminder-planner.service';
import { CliInputError, failCli, withAppContext } from './app-context';

const NOTHING_PLANNED: PlanCounts = { due_soon: 0, overdue: 0, still_overdue: 0, new_commitment: 0 };

export function registerRemindCommand(program: Command): void {
  program
    .command('remind')
    .description('run one reminder cycle: plan due notices into the outbox, then deliver it')
    .option('--now <iso>', 'pretend it is this moment (ISO 8601), e.g. 2021-01-15T07:00:00+01:00')
    .option('--workers <n>', 'deliver with this many sender processes side by side (1-16)', '1')
    .option('--deliver-only', 'skip planning: only deliver what the outbox holds')
    .action(async (options: { now?: string; workers: string; deliverOnly?: boolean }) => {
      try {
        const now = options.now ? parseNow(options.now) : new Date();
        const workers = parseWorkers(options.workers);
        const report = await withAppContext(async (app) => {
          app.get(Clock).set(now);
          const planned = options.deliverOnly ? NOTHING_PLANNED : await app.get(ReminderPlanner).plan(now);
          const env = app.get<Env>(ENV);
          const delivered =
            workers > 1
              ? await deliverWithWorkers(workers, now, { ...process.env, DATABASE_URL: env.DATABASE_URL ?? process.env.DATABASE_URL }, env.SMTP_RATE_PER_SECOND)
              : await app.get(OutboxSender).deliver(now);
          return { now: now.toISOString(), planned, delivered };
        });
        process.stdout.write(`${JSON.stringify(report)}\n`);
        const p = report.planned;
        const d = report.delivered;
        const summary =
          `planned: ${p.due_soon} due soon, ${p.overdue} overdue, ${p.still_overdue} still overdue, ${p.new_commitment} new; ` +
          `delivered: ${d.mails} mail(s) with ${d.notificationsSent} notice(s), ${d.failed} failed, ${d.dead} dead, ${d.cancelled} cancelled`;
        // One bad notification is recorded on its row and does not fail the run; a mail server that takes nothing does.
        if (deliveryImpossible(d)) {
          process.stderr.write(`toezegd: delivery impossible: none of ${d.failed - d.uncomposable} mail(s) could be sent, all are retried later (${summary})\n`);
          process.exitCode = 1;
        } else {
          process.stderr.write(`${summary}\n`);
        }
      } catch (error) {
        failCli(error);
      }
    });
}

function parseNow(value: string): Date {
  const at = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(at.getTime())) {
    throw new CliInputError(`--now must be an ISO 8601 date or date-time, got "${value}"`);
  }
  return at;
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 16) throw new CliInputError(`--workers must be a whole number from 1 to 16, got "${value}"`);
  return n;
}
