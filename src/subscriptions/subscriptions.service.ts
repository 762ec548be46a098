import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import { DomainError, notFound } from '../common/domain-error';
import { CommitmentsRepository } from '../commitments/commitments.repository';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { OutboxSender } from '../notifications/outbox-sender.service';
import { AccessTokensRepository } from './access-tokens.repository';
import { Subscription } from './subscription.entity';
import { SubscriptionsRepository, SubscriptionTargetSpec } from './subscriptions.repository';

/** A repeated subscribe request re-sends the confirmation at most this often. */
const CONFIRMATION_RESEND_MINUTES = 10;

export interface SubscriptionView {
  id: string;
  status: Subscription['status'];
  description: string;
  commitmentId: string | null;
}

@Injectable()
export class SubscriptionsService {
  private readonly logger = new Logger(SubscriptionsService.name);

  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly tokens: AccessTokensRepository,
    private readonly commitments: CommitmentsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly sender: OutboxSender,
    private readonly clock: Clock,
  ) {}

  /**
   * Starts a double opt-in for one commitment. Answers the same whether or not the address
   * was known, confirmed or suppressed, so the endpoint reveals nothing about other people.
   */
  async subscribeToCommitment(commitmentId: string, email: string): Promise<void> {
    const commitment = await this.commitments.findById(commitmentId);
    if (!commitment) throw notFound('commitment');
    await this.subscribe(email, { type: 'commitment', key: `commitment:${commitmentId}`, commitmentId });
  }

  async subscribe(email: string, target: SubscriptionTargetSpec): Promise<void> {
    const now = this.clock.now();
    const queued = await this.subscriptions.transaction(async (em) => {
      const subscriber = await this.subscriptions.upsertSubscriber(em, email);
      if (subscriber.suppressedAt) return false;
      const { subscription, created } = await this.subscriptions.upsertSubscription(em, subscriber.id, target);
      if (subscription.status === 'confirmed') return false;
      if (!created) {
        const last = await this.subscriptions.lastConfirmationAt(em, subscription.id);
        if (last && now.getTime() - last.getTime() < CONFIRMATION_RESEND_MINUTES * 60_000) return false;
        if (subscription.status === 'unsubscribed') await this.subscriptions.setStatus(em, [subscription.id], 'unconfirmed');
      }
      await this.notifications.planConfirmation(em, subscriber.id, subscription.id, now);
      return true;
    });
    if (queued) this.sender.deliverSoon();
  }

  /** Confirms the subscriptions a confirmation link stands for. */
  async confirm(token: unknown): Promise<SubscriptionView[]> {
    const stored = await this.tokens.find(token, 'confirm');
    if (!stored) throw new DomainError('not_found', 'Deze bevestigingslink is ongeldig.');
    if (stored.expiresAt && stored.expiresAt.getTime() < this.clock.now().getTime()) {
      throw new DomainError('gone', 'Deze bevestigingslink is verlopen. Meld u opnieuw aan om een nieuwe link te ontvangen.');
    }
    const now = this.clock.now();
    await this.subscriptions.transaction(async (em) => {
      const pending = (await this.subscriptions.findByIds(stored.subscriptionIds)).filter((s) => s.status === 'unconfirmed');
      await this.subscriptions.setStatus(em, pending.map((s) => s.id), 'confirmed', now);
    });
    return this.viewsOf(stored.subscriptionIds);
  }

  /** What an unsubscribe link would stop, for the page that asks to confirm. */
  async previewUnsubscribe(token: unknown): Promise<SubscriptionView[]> {
    const stored = await this.tokens.find(token, 'mail');
    if (!stored) throw new DomainError('not_found', 'Deze afmeldlink is ongeldig.');
    return this.viewsOf(stored.subscriptionIds);
  }

  /** Stops the subscriptions an unsubscribe link stands for (RFC 8058 one-click, no session needed). */
  async unsubscribe(token: unknown): Promise<SubscriptionView[]> {
    const stored = await this.tokens.find(token, 'mail');
    if (!stored) throw new DomainError('not_found', 'Deze afmeldlink is ongeldig.');
    await this.subscriptions.transaction((em) => this.subscriptions.setStatus(em, stored.subscriptionIds, 'unsubscribed'));
    this.logger.log(`unsubscribed ${stored.subscriptionIds.length} subscription(s)`);
    return this.viewsOf(stored.subscriptionIds);
  }

  private async viewsOf(ids: string[]): Promise<SubscriptionView[]> {
    const subscriptions = await this.subscriptions.findByIds(ids);
    return subscriptions.map((s) => ({
      id: s.id,
      status: s.status,
      commitmentId: s.commitmentId,
      description: describeTarget(s),
    }));
  }
}

export function describeTarget(subscription: Subscription): string {
  switch (subscription.targetType) {
    case 'commitment':
      return subscription.commitment
        ? `de toezegging van ${subscription.commitment.ownerRole ?? 'de bewindspersoon'}: «${truncate(subscription.commitment.quote, 200)}»`
        : 'een toezegging';
    case 'ministry':
      return `alle toezeggingen van het ministerie van ${subscription.ministry ?? ''}`;
    case 'search':
      return `de zoekopdracht «${subscription.search?.q ?? ''}»`;
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
