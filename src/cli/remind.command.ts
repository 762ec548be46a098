import { Command } from 'commander';
import { Clock } from '../common/clock';
import { OutboxSender } from '../notifications/outbox-sender.service';
import { ReminderPlanner } from '../notifications/reminder-planner.service';
import { CliInputError, failCli, withAppContext } from './app-context';

export function registerRemindCommand(program: Command): void {
  program
    .command('remind')
    .description('run one reminder cycle: plan due notices into the outbox, then deliver it')
    .option('--now <iso>', 'pretend it is this moment (ISO 8601), e.g. 2021-01-15T07:00:00+01:00')
    .action(async (options: { now?: string }) => {
      try {
        const now = options.now ? parseNow(options.now) : new Date();
        const report = await withAppContext(async (app) => {
          app.get(Clock).set(now);
          const planned = await app.get(ReminderPlanner).plan(now);
          const delivered = await app.get(OutboxSender).deliver(now);
          return { now: now.toISOString(), planned, delivered };
        });
        process.stdout.write(`${JSON.stringify(report)}\n`);
        const p = report.planned;
        const d = report.delivered;
        process.stderr.write(
          `planned: ${p.due_soon} due soon, ${p.overdue} overdue, ${p.still_overdue} still overdue, ${p.new_commitment} new; ` +
            `delivered: ${d.mails} mail(s) with ${d.notificationsSent} notice(s), ${d.failed} failed, ${d.cancelled} cancelled\n`,
        );
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
