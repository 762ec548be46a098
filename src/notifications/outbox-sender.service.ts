import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Clock, dutchDay } from '../common/clock';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { MailRenderer } from '../mail/mail-renderer';
import { MailDeliveryError, MailTransport } from '../mail/mail-transport';
import { digestItem, DigestItemInput, isStillRelevant } from './digest-content';
import { MailContentRepository } from './mail-content.repository';
import { MailLinks } from './mail-links.service';
import { ClaimedNotification, NotificationsRepository } from './notifications.repository';

export interface DeliveryReport {
  mails: number;
  notificationsSent: number;
  cancelled: number;
  failed: number;
  requeued: number;
}

const BATCH_SIZE = 100;
const STALE_SENDING_MINUTES = 10;

/** Retry delay after the n-th failed attempt: 1, 2, 4 … minutes, at most 6 hours. */
export function backoffMs(attempt: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempt - 1), 6 * 3_600_000);
}

/**
 * Delivers the outbox: claims rows with SKIP LOCKED, sends one digest per subscriber, and
 * marks the rows. Claiming commits before sending, so no lock is held while talking SMTP.
 */
@Injectable()
export class OutboxSender implements OnModuleDestroy {
  private readonly logger = new Logger(OutboxSender.name);
  private running: Promise<DeliveryReport> | null = null;

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly content: MailContentRepository,
    private readonly links: MailLinks,
    private readonly renderer: MailRenderer,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** A CLI run (import that auto-links) closes the app right after: let a started delivery finish. */
  async onModuleDestroy(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  /** Starts a delivery run in the background (after a subscribe or a fulfilment); errors are logged. */
  deliverSoon(): void {
    this.deliver().catch((error: unknown) => this.logger.error(`background delivery failed: ${String(error)}`));
  }

  /** Sends everything due now. Concurrent calls in one process share a run. */
  async deliver(now?: Date): Promise<DeliveryReport> {
    if (this.running) await this.running.catch(() => undefined);
    this.running = this.deliverAll(now);
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  private async deliverAll(at?: Date): Promise<DeliveryReport> {
    const report: DeliveryReport = { mails: 0, notificationsSent: 0, cancelled: 0, failed: 0, requeued: 0 };
    const now = at ?? this.clock.now();
    report.requeued = await this.notifications.sweepStale(now, STALE_SENDING_MINUTES);
    for (;;) {
      const batch = await this.notifications.claim(now, BATCH_SIZE);
      if (batch.length === 0) break;
      await this.sendBatch(batch, now, report);
      if (batch.length < BATCH_SIZE) break;
    }
    if (report.mails + report.failed + report.cancelled > 0) {
      this.logger.log(`delivery: ${report.mails} mail(s), ${report.notificationsSent} notice(s), ${report.failed} failed, ${report.cancelled} cancelled`);
    }
    return report;
  }

  private async sendBatch(batch: ClaimedNotification[], now: Date, report: DeliveryReport): Promise<void> {
    const subscribers = await this.content.subscribers([...new Set(batch.map((n) => n.subscriberId))]);
    const commitments = await this.content.commitments([...new Set(batch.flatMap((n) => (n.commitmentId ? [n.commitmentId] : [])))]);
    const bySubscriber = new Map<string, ClaimedNotification[]>();
    for (const row of batch) bySubscriber.set(row.subscriberId, [...(bySubscriber.get(row.subscriberId) ?? []), row]);

    for (const [subscriberId, rows] of bySubscriber) {
      const subscriber = subscribers.get(subscriberId);
      if (!subscriber || subscriber.suppressed) {
        await this.notifications.markCancelled(rows.map((r) => r.id), 'address suppressed');
        report.cancelled += rows.length;
        continue;
      }
      for (const confirmation of rows.filter((r) => r.event === 'confirmation')) {
        await this.sendConfirmation(subscriberId, subscriber.email, confirmation, now, report);
      }
      const items: { row: ClaimedNotification; input: DigestItemInput }[] = [];
      const stale: string[] = [];
      for (const row of rows.filter((r) => r.event !== 'confirmation')) {
        const commitment = row.commitmentId ? commitments.get(row.commitmentId) : undefined;
        const input = commitment ? { event: row.event, payload: row.payload, commitment } : null;
        if (input && isStillRelevant(input)) items.push({ row, input });
        else stale.push(row.id);
      }
      await this.notifications.markCancelled(stale, 'no longer relevant');
      report.cancelled += stale.length;
      if (items.length > 0) await this.sendDigest(subscriberId, subscriber.email, items, now, report);
    }
  }

  private async sendConfirmation(subscriberId: string, email: string, row: ClaimedNotification, now: Date, report: DeliveryReport) {
    const subscriptionIds = row.subscriptionId ? [row.subscriptionId] : [];
    const targets = await this.content.confirmationTargets(subscriptionIds);
    const { confirmUrl, expiresAt } = await this.links.confirmation(subscriberId, subscriptionIds, now);
    const mail = this.renderer.render('confirmation', {
      target: targets.get(row.subscriptionId ?? '') ?? 'toezeggingen',
      confirmUrl,
      expiresAt: expiresAt.toLocaleString('nl-NL', { timeZone: this.env.TIMEZONE, dateStyle: 'long', timeStyle: 'short' }),
    });
    await this.attempt(subscriberId, [row], { to: email, ...mail }, now, report);
  }

  private async sendDigest(
    subscriberId: string,
    email: string,
    items: { row: ClaimedNotification; input: DigestItemInput }[],
    now: Date,
    report: DeliveryReport,
  ) {
    const today = dutchDay(now);
    const subscriptionIds = [...new Set(items.flatMap((i) => (i.row.subscriptionId ? [i.row.subscriptionId] : [])))];
    const links = await this.links.unsubscribe(subscriberId, subscriptionIds);
    const rendered = items.map((i) => digestItem(i.input, today, this.env.PUBLIC_URL));
    const mail = this.renderer.render('digest', {
      items: rendered,
      count: rendered.length,
      single: rendered.length === 1 ? rendered[0] : null,
      unsubscribeUrl: links.unsubscribeUrl,
      manageUrl: links.manageUrl,
    });
    await this.attempt(subscriberId, items.map((i) => i.row), { to: email, ...mail, headers: links.headers }, now, report);
  }

  private async attempt(
    subscriberId: string,
    rows: ClaimedNotification[],
    mail: Parameters<MailTransport['send']>[0],
    now: Date,
    report: DeliveryReport,
  ) {
    const ids = rows.map((r) => r.id);
    try {
      const sent = await this.transport.send(mail);
      await this.notifications.markSent(ids, sent.messageId, now);
      report.mails++;
      report.notificationsSent += ids.length;
    } catch (error) {
      report.failed += ids.length;
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof MailDeliveryError && error.permanent) {
        this.logger.warn(`permanent delivery failure, address suppressed: ${message}`);
        await this.notifications.markFailed(ids, message, null, this.env.MAIL_MAX_ATTEMPTS);
        await this.content.suppress(subscriberId, `hard bounce: ${message}`, now);
        return;
      }
      const attempts = Math.max(...rows.map((r) => r.attempts));
      this.logger.warn(`delivery failed (attempt ${attempts}), will retry: ${message}`);
      await this.notifications.markFailed(ids, message, new Date(now.getTime() + backoffMs(attempts)), this.env.MAIL_MAX_ATTEMPTS);
    }
  }
}
