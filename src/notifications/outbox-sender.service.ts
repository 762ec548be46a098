import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Clock, dutchDay } from '../common/clock';
import { ENV } from '../config/config.module';
import { retryOnConnectionLoss } from '../database/connection-loss';
import type { Env } from '../config/env';
import { MailRenderer } from '../mail/mail-renderer';
import { MailDeliveryError, MailTransport, OutgoingMail } from '../mail/mail-transport';
import { digestItem, DigestItemInput, isStillRelevant } from './digest-content';
import { MailContentRepository } from './mail-content.repository';
import { MailLinks, PendingToken } from './mail-links.service';
import { ClaimedNotification, OutboxRepository } from '../outbox/outbox.repository';
import { OutboxSignal } from '../outbox/outbox-signal';

export interface DeliveryReport {
  mails: number;
  notificationsSent: number;
  cancelled: number;
  failed: number;
  dead: number;
  requeued: number;
}

export function emptyDeliveryReport(): DeliveryReport {
  return { mails: 0, notificationsSent: 0, cancelled: 0, failed: 0, dead: 0, requeued: 0 };
}

interface PlannedMail {
  subscriberId: string;
  rows: ClaimedNotification[];
  mail: OutgoingMail;
}

/**
 * The commitments a notice is about, each with the payload of its item: one (commitment_id), or
 * the list of a ministry/search subscription's overdue notice (payload.commitments).
 */
function listedCommitments(row: ClaimedNotification): { id: string; payload: Record<string, unknown> }[] {
  const list = row.payload.commitments;
  if (Array.isArray(list)) return (list as { id: string; effectiveDue: string | null }[]).map((c) => ({ id: c.id, payload: { effectiveDue: c.effectiveDue } }));
  return row.commitmentId ? [{ id: row.commitmentId, payload: row.payload }] : [];
}

/** Retry delay after the n-th failed attempt: 1, 2, 4 … minutes, at most 6 hours. */
export function backoffMs(attempt: number): number {
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
    report.requeued = await this.notifications.sweepStale(now, this.env.SENDING_STALE_MINUTES);
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

  private async sendBatch(batch: ClaimedNotification[], now: Date, report: DeliveryReport): Promise<void> {
    const subscribers = await this.content.subscribers([...new Set(batch.map((n) => n.subscriberId))]);
    const commitments = await this.content.commitments([...new Set(batch.flatMap((n) => listedCommitments(n).map((c) => c.id)))]);
    const descriptions = await this.content.subscriptionDescriptions([...new Set(batch.flatMap((n) => (n.subscriptionId ? [n.subscriptionId] : [])))]);
    const bySubscriber = new Map<string, ClaimedNotification[]>();
    for (const row of batch) {
      const rows = bySubscriber.get(row.subscriberId);
      if (rows) rows.push(row);
      else bySubscriber.set(row.subscriberId, [row]);
    }

    const planned: PlannedMail[] = [];
    const tokens: PendingToken[] = [];
    /** Notification ids to cancel, by reason: one statement per reason for the whole batch. */
    const cancelled = new Map<string, string[]>();
    const cancel = (ids: string[], reason: string) => {
      const list = cancelled.get(reason);
      if (list) list.push(...ids);
      else cancelled.set(reason, [...ids]);
    };
    for (const [subscriberId, rows] of bySubscriber) {
      const subscriber = subscribers.get(subscriberId);
      if (!subscriber || subscriber.suppressed) {
        cancel(rows.map((r) => r.id), 'address suppressed');
        continue;
      }
      for (const row of rows.filter((r) => r.event === 'confirmation')) {
        const subscriptionIds = row.subscriptionId ? [row.subscriptionId] : [];
        const link = this.links.confirmation(subscriberId, subscriptionIds, now);
        tokens.push(link.pending);
        const mail = this.renderer.render('confirmation', {
          target: descriptions.get(row.subscriptionId ?? '')?.description ?? 'toezeggingen',
          confirmUrl: link.confirmUrl,
          expiresAt: link.expiresAt.toLocaleString('nl-NL', { timeZone: this.env.TIMEZONE, dateStyle: 'long', timeStyle: 'short' }),
        });
        planned.push({ subscriberId, rows: [row], mail: { to: subscriber.email, ...mail } });
      }
      const items: { row: ClaimedNotification; input: DigestItemInput }[] = [];
      const stale: string[] = [];
      for (const row of rows) {
        if (row.event === 'confirmation') continue;
        const subscription = descriptions.get(row.subscriptionId ?? '');
        let relevant = 0;
        for (const listed of subscription?.active ? listedCommitments(row) : []) {
          const commitment = commitments.get(listed.id);
          const input = commitment ? { event: row.event, payload: listed.payload, commitment } : null;
          if (input && isStillRelevant(input)) {
            items.push({ row, input });
            relevant++;
          }
        }
        if (relevant === 0) stale.push(row.id);
      }
      if (stale.length > 0) cancel(stale, 'no longer relevant');
      if (items.length === 0) continue;
      const subscriptionIds = [...new Set(items.flatMap((i) => (i.row.subscriptionId ? [i.row.subscriptionId] : [])))];
      const links = this.links.unsubscribe(subscriberId, subscriptionIds);
      tokens.push(links.pending);
      const today = dutchDay(now);
      const rendered = items.map((i) => {
        const via = descriptions.get(i.row.subscriptionId ?? '');
        return { ...digestItem(i.input, today, this.env.PUBLIC_URL), via: via && via.targetType !== 'commitment' ? via.description : null };
      });
      const mail = this.renderer.render('digest', {
        items: rendered,
        count: rendered.length,
        single: rendered.length === 1 ? rendered[0] : null,
        unsubscribeUrl: links.unsubscribeUrl,
        manageUrl: links.manageUrl,
      });
      planned.push({ subscriberId, rows: [...new Set(items.map((i) => i.row))], mail: { to: subscriber.email, ...mail, headers: links.headers } });
    }

    for (const [reason, ids] of cancelled) {
      await this.notifications.markCancelled(ids, reason);
      report.cancelled += ids.length;
    }
    await this.links.store(tokens);
    // The pooled transport queues these and spreads them over its connections at the configured rate.
    const results = await Promise.allSettled(planned.map((p) => this.transport.send(p.mail)));
    const sent: { ids: string[]; messageId: string }[] = [];
    for (const [i, result] of results.entries()) {
      const mail = planned[i];
      if (result.status === 'fulfilled') {
        sent.push({ ids: mail.rows.map((r) => r.id), messageId: result.value.messageId });
        report.mails++;
        report.notificationsSent += mail.rows.length;
      } else {
        await this.failed(mail, result.reason, now, report);
      }
    }
    await this.notifications.markSent(sent, now);
  }

  private async failed(mail: PlannedMail, error: unknown, now: Date, report: DeliveryReport): Promise<void> {
    const ids = mail.rows.map((r) => r.id);
    report.failed += ids.length;
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof MailDeliveryError && error.permanent) {
      this.logger.warn(`permanent delivery failure, address suppressed: ${message}`);
      report.dead += ids.length;
      await this.notifications.markFailed(ids, message, null, this.env.MAIL_MAX_ATTEMPTS);
      await this.content.suppress(mail.subscriberId, `hard bounce: ${message}`, now);
      return;
    }
    const attempts = Math.max(...mail.rows.map((r) => r.attempts));
    if (attempts >= this.env.MAIL_MAX_ATTEMPTS) report.dead += ids.length;
    this.logger.warn(`delivery failed (attempt ${attempts} of ${this.env.MAIL_MAX_ATTEMPTS}): ${message}`);
    await this.notifications.markFailed(ids, message, new Date(now.getTime() + backoffMs(attempts)), this.env.MAIL_MAX_ATTEMPTS);
  }
}
