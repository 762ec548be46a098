import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Clock } from '../common/clock';
import { ENV } from '../config/config.module';
import { retryOnConnectionLoss } from '../database/connection-loss';
import type { Env } from '../config/env';
import { MailRenderer } from '../mail/mail-renderer';
import { MailDeliveryError, MailTransport } from '../mail/mail-transport';
import { MailContentRepository } from './mail-content.repository';
import { MailLinks } from './mail-links.service';
import { BatchContent, composeBatch, ComposedMail, ComposeTools, listedCommitments } from './mail-composition';
import { ClaimedNotification, OutboxRepository } from '../outbox/outbox.repository';
import { OutboxSignal } from '../outbox/outbox-signal';

export interface DeliveryReport {
  mails: number;
  notificationsSent: number;
  cancelled: number;
  failed: number;
  dead: number;
  requeued: number;
  /** Of `failed`: notifications whose mail could not even be composed (their own data is at fault). */
  uncomposable: number;
}

/** Whether the run could send nothing at all: mails were due and every one failed at the transport. */
export function deliveryImpossible(report: DeliveryReport): boolean {
  return report.mails === 0 && report.failed - report.uncomposable > 0;
}

export function emptyDeliveryReport(): DeliveryReport {
  return { mails: 0, notificationsSent: 0, cancelled: 0, failed: 0, dead: 0, requeued: 0, uncomposable: 0 };
}

/** Retry delay after the n-th failed attempt: 1, 2, 4 … minutes, at most 6 hours. */
export function deliveryRetryDelayMs(attempt: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempt - 1), 6 * 3_600_000);
}

/**
 * Delivers the outbox: claims rows with SKIP LOCKED in small batches, sends one digest per
 * subscriber over the pooled transport, and marks the rows. Claiming commits before sending, so
 * no lock is held while talking SMTP; a crash leaves rows in `sending` for the sweep.
 */
@Injectable()
export class OutboxSender implements OnModuleDestroy {
  private readonly logger = new Logger(OutboxSender.name);
  private running: Promise<DeliveryReport> | null = null;
  /** Set while the app shuts down: background runs queued behind the current one are dropped. */
  private closing = false;
  private readonly composeTools: ComposeTools;

  constructor(
    private readonly notifications: OutboxRepository,
    private readonly content: MailContentRepository,
    private readonly links: MailLinks,
    private readonly renderer: MailRenderer,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Inject(ENV) private readonly env: Env,
    signal: OutboxSignal,
  ) {
    signal.onDeliverSoon(() => this.deliverSoon());
    this.composeTools = {
      render: (template, data) => renderer.render(template, data),
      confirmationLink: (subscriberId, subscriptionIds, now) => links.confirmation(subscriberId, subscriptionIds, now),
      unsubscribeLinks: (subscriberId, subscriptionIds) => links.unsubscribe(subscriberId, subscriptionIds),
      publicUrl: env.PUBLIC_URL,
    };
  }

  /** A CLI run (import that auto-links) closes the app right after: let a started delivery finish. */
  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await this.running?.catch(() => undefined);
  }

  /** Starts a delivery run in the background (after a subscribe or a fulfilment); errors are logged. */
  deliverSoon(): void {
    if (this.closing) return;
    this.deliver().catch((error: unknown) => this.logger.error(`background delivery failed: ${String(error)}`));
  }

  /** Sends everything due now. Concurrent calls in one process share a run. */
  async deliver(now?: Date): Promise<DeliveryReport> {
    if (this.running) await this.running.catch(() => undefined);
    if (this.closing) return emptyDeliveryReport();
    this.running = retryOnConnectionLoss(
      () => this.deliverAll(now),
      (error) => this.logger.warn(`delivery lost its database connection, running again: ${String(error)}`),
    );
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  private async deliverAll(at?: Date): Promise<DeliveryReport> {
    const started = Date.now();
    const report = emptyDeliveryReport();
    const now = at ?? this.clock.now();
    const swept = await this.notifications.sweepStale(now, this.env.SENDING_STALE_MINUTES, this.env.MAIL_MAX_ATTEMPTS);
    report.requeued = swept.requeued;
    report.dead += swept.dead;
    // Claims walk the subscribers in order from a random point, so concurrent senders start apart,
    // then pass from the start until a whole pass claims nothing.
    let after: string | null = randomUUID();
    let fullPass = false;
    let claimed = false;
    for (;;) {
      const { rows, next } = await this.notifications.claim(now, this.env.MAIL_BATCH_SIZE, after);
      if (rows.length > 0) {
        claimed = true;
        await this.sendBatch(rows, now, report);
      }
      if (next !== null) {
        after = next;
        continue;
      }
      if (fullPass && !claimed) break;
      after = null;
      fullPass = true;
      claimed = false;
    }
    const line =
      `delivery: ${report.mails} mail(s) with ${report.notificationsSent} notice(s), ${report.failed} failed, ` +
      `${report.dead} dead, ${report.cancelled} cancelled, ${report.requeued} requeued in ${Date.now() - started} ms`;
    if (report.mails + report.failed + report.cancelled + report.requeued > 0) this.logger.log(line);
    else this.logger.debug(line);
    return report;
  }

  /** One claimed batch: read what it refers to, compose, record what was not composed, send the rest. */
  private async sendBatch(batch: ClaimedNotification[], now: Date, report: DeliveryReport): Promise<void> {
    const composed = composeBatch(batch, await this.loadContent(batch), this.composeTools, now);
    await this.recordCancelled(composed.cancelled, report);
    for (const failure of composed.failures) {
      report.uncomposable += failure.rows.length;
      await this.failed(failure.rows, failure.error, now, report);
    }
    await this.links.store(composed.mails.map((m) => m.token));
    await this.sendComposed(composed.mails, now, report);
  }

  private async loadContent(batch: ClaimedNotification[]): Promise<BatchContent> {
    const distinct = (ids: string[]) => [...new Set(ids)];
    const [subscribers, commitments, targets] = await Promise.all([
      this.content.subscribers(distinct(batch.map((n) => n.subscriberId))),
      // A malformed payload must not stop the batch: its row fails when it is composed.
      this.content.commitments(distinct(batch.flatMap((n) => commitmentIdsOf(n)))),
      this.content.subscriptionTargets(distinct(batch.flatMap((n) => (n.subscriptionId ? [n.subscriptionId] : [])))),
    ]);
    return { subscribers, commitments, targets };
  }

  private async recordCancelled(cancelled: Map<string, string[]>, report: DeliveryReport): Promise<void> {
    for (const [reason, ids] of cancelled) {
      await this.notifications.markCancelled(ids, reason);
      report.cancelled += ids.length;
    }
  }

  /** Sends over the pooled transport, which spreads the mails over its connections at the configured rate. */
  private async sendComposed(mails: ComposedMail[], now: Date, report: DeliveryReport): Promise<void> {
    const results = await Promise.allSettled(mails.map((m) => this.transport.send(m.mail)));
    const sent: { ids: string[]; messageId: string }[] = [];
    for (const [i, result] of results.entries()) {
      const mail = mails[i];
      if (result.status === 'fulfilled') {
        sent.push({ ids: mail.rows.map((r) => r.id), messageId: result.value.messageId });
        report.mails++;
        report.notificationsSent += mail.rows.length;
      } else if (result.reason instanceof MailDeliveryError && result.reason.permanent) {
        await this.refused(mail, result.reason, now, report);
      } else {
        await this.failed(mail.rows, result.reason, now, report);
      }
    }
    await this.notifications.markSent(sent, now);
  }

  /** The server refused the address for good: the rows are dead and the address is suppressed. */
  private async refused(mail: ComposedMail, error: MailDeliveryError, now: Date, report: DeliveryReport): Promise<void> {
    const ids = mail.rows.map((r) => r.id);
    report.failed += ids.length;
    report.dead += ids.length;
    this.logger.warn(`permanent delivery failure, address suppressed: ${error.message}`);
    await this.notifications.markFailed(ids, error.message, null, this.env.MAIL_MAX_ATTEMPTS);
    await this.content.suppress(mail.subscriberId, `hard bounce: ${error.message}`, now);
  }

  /** A failed attempt (composing or sending): recorded on the rows, retried after a backoff, dead after the last attempt. */
  private async failed(rows: ClaimedNotification[], error: unknown, now: Date, report: DeliveryReport): Promise<void> {
    const ids = rows.map((r) => r.id);
    report.failed += ids.length;
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const attempts = Math.max(...rows.map((r) => r.attempts));
    if (attempts >= this.env.MAIL_MAX_ATTEMPTS) report.dead += ids.length;
    this.logger.warn(`notification(s) ${ids.join(', ')} failed (attempt ${attempts} of ${this.env.MAIL_MAX_ATTEMPTS}): ${message}`);
    await this.notifications.markFailed(ids, message, new Date(now.getTime() + deliveryRetryDelayMs(attempts)), this.env.MAIL_MAX_ATTEMPTS);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The commitment ids a row refers to; none when its payload is malformed (the row fails when composed). */
function commitmentIdsOf(row: ClaimedNotification): string[] {
  try {
    return listedCommitments(row)
      .map((c) => c.id)
      .filter((id): id is string => typeof id === 'string' && UUID.test(id));
  } catch {
    return [];
  }
}
