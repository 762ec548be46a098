import { hashToken, newToken } from '../common/tokens';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import { DomainError, invalidInput, notFound } from '../common/domain-error';
import { CommitmentsRepository } from '../commitments/commitments.repository';
import { isPublished } from '../commitments/domain/visibility';
import { OutboxRepository } from '../outbox/outbox.repository';
import { OutboxSignal } from '../outbox/outbox-signal';
import { AccessTokensRepository } from './access-tokens.repository';
import { describeTargetRow } from './subscription-description';
import { canonicalSearch, SavedSearch, searchTargetKey } from './saved-search';
import { DigestFrequency } from './subscriber.entity';
import { Subscription } from './subscription.entity';
import { PreferenceChange, SubscriptionsRepository, SubscriptionTargetSpec } from './subscriptions.repository';

/** A repeated subscribe request re-sends the confirmation at most this often. */
const CONFIRMATION_RESEND_MINUTES = 10;

export interface SubscriptionView {
  id: string;
  status: Subscription['status'];
  description: string;
  commitmentId: string | null;
}

export interface ManageView {
  email: string;
  digest: DigestFrequency;
  subscriptions: (SubscriptionView & { targetType: Subscription['targetType']; dueSoon: boolean; dueSoonDays: number; repeatDays: number; paused: boolean })[];
}

export interface SubscribeRequest {
  email: string;
  commitmentId?: string;
  ministry?: string;
  search?: SavedSearch;
}

/** What a POST to the manage page asks for (read from the form by `manageActionOf`). */
export type ManageAction =
  | { kind: 'save'; digest: DigestFrequency; preferences: PreferenceChange[] }
  | { kind: 'unsubscribe'; subscriptionId: string }
  | { kind: 'unsubscribe_all' }
  | { kind: 'resubscribe'; subscriptionIds: string[] }
  | { kind: 'stop' };

/** What a manage action did, in Dutch, and which subscriptions an "Ongedaan maken" button would bring back. */
export interface ManageOutcome {
  notice: string;
  undoIds: string[];
}

@Injectable()
export class SubscriptionsService {
  private readonly logger = new Logger(SubscriptionsService.name);

  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly tokens: AccessTokensRepository,
    private readonly commitments: CommitmentsRepository,
    private readonly notifications: OutboxRepository,
    private readonly outboxSignal: OutboxSignal,
    private readonly clock: Clock,
  ) {}

  /** POST /api/subscriptions: exactly one target. */
  async subscribeTo(request: SubscribeRequest): Promise<void> {
    const targets = [request.commitmentId, request.ministry, request.search].filter((t) => t !== undefined);
    if (targets.length !== 1) throw invalidInput('give exactly one of commitmentId, ministry or search');
    if (request.commitmentId) return this.subscribeToCommitment(request.commitmentId, request.email);
    if (request.ministry) {
      const ministry = request.ministry.replace(/\s+/g, ' ').trim();
      return this.subscribe(request.email, { type: 'ministry', key: `ministry:${ministry.toLowerCase()}`, ministry });
    }
    const search = canonicalSearch(request.search ?? {});
    return this.subscribe(request.email, { type: 'search', key: searchTargetKey(search), search });
  }

  async subscribeToCommitment(commitmentId: string, email: string): Promise<void> {
    // A candidate waits for an editor, a rejected one is no promise: neither can be followed, and
    // for the public neither exists (the same 404 as an unknown id).
    const status = await this.commitments.statusOf(commitmentId);
    if (!status || !isPublished(status)) throw notFound('commitment');
    await this.subscribe(email, { type: 'commitment', key: `commitment:${commitmentId}`, commitmentId });
  }

  /**
   * Starts a double opt-in. Answers the same whether or not the address was known, confirmed
   * or suppressed, so the endpoint reveals nothing about other people.
   */
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
    if (queued) this.outboxSignal.deliverSoon();
  }

  /** Confirms the subscriptions a confirmation link stands for; the page gets a fresh manage link (the confirm link expires). */
  async confirm(token: unknown): Promise<{ subscriptions: SubscriptionView[]; manageToken: string }> {
    const stored = await this.tokens.find(token, 'confirm');
    if (!stored) throw new DomainError('not_found', 'Deze bevestigingslink is ongeldig.');
    const now = this.clock.now();
    if (stored.expiresAt && stored.expiresAt.getTime() < now.getTime()) {
      throw new DomainError('gone', 'Deze bevestigingslink is verlopen. Meld u opnieuw aan om een nieuwe link te ontvangen.');
    }
    await this.subscriptions.transaction(async (em) => {
      const pending = (await this.subscriptions.findByIds(stored.subscriptionIds)).filter((s) => s.status === 'unconfirmed');
      await this.subscriptions.setStatus(em, pending.map((s) => s.id), 'confirmed', now);
    });
    const manageToken = newToken();
    await this.tokens.storeHashes([{ tokenHash: hashToken(manageToken), subscriberId: stored.subscriberId, purpose: 'mail', subscriptionIds: stored.subscriptionIds, expiresAt: null }]);
    return { subscriptions: await this.viewsOf(stored.subscriptionIds), manageToken };
  }

  /** What an unsubscribe link would stop, for the page that asks to confirm. */
  async previewUnsubscribe(token: unknown): Promise<SubscriptionView[]> {
    const stored = await this.tokens.find(token, 'mail');
    if (!stored) throw new DomainError('not_found', 'Deze afmeldlink is ongeldig.');
    return this.viewsOf(stored.subscriptionIds);
  }

  /** Undoes the unsubscribe of a mail's link, from the page that unsubscribe landed on. */
  async resubscribe(token: unknown): Promise<SubscriptionView[]> {
    const stored = await this.tokens.find(token, 'mail');
    if (!stored) throw new DomainError('not_found', 'Deze link is ongeldig.');
    await this.subscriptions.transaction((em) => this.subscriptions.resubscribeOf(em, stored.subscriberId, stored.subscriptionIds));
    return this.viewsOf(stored.subscriptionIds);
  }

  /** Stops the subscriptions an unsubscribe link stands for (RFC 8058 one-click, no session needed). */
  async unsubscribe(token: unknown): Promise<SubscriptionView[]> {
    const stored = await this.tokens.find(token, 'mail');
    if (!stored) throw new DomainError('not_found', 'Deze afmeldlink is ongeldig.');
    await this.subscriptions.transaction(async (em) => {
      const stopped = await this.subscriptions.unsubscribeOf(em, stored.subscriberId, stored.subscriptionIds);
      await this.notifications.cancelSubscriptionNotices(em, stopped, 'unsubscribed');
    });
    this.logger.log(`unsubscribed ${stored.subscriptionIds.length} subscription(s)`);
    return this.viewsOf(stored.subscriptionIds);
  }

  /** The manage page behind the link in every mail: the subscriber's settings and subscriptions. */
  async manageView(token: unknown): Promise<ManageView> {
    const subscriberId = await this.subscriberOfMailToken(token);
    const subscriber = await this.subscriptions.findSubscriber(subscriberId);
    if (!subscriber) throw new DomainError('not_found', 'Deze link is ongeldig.');
    const subscriptions = await this.subscriptions.listManageable(subscriberId);
    return {
      email: subscriber.email,
      digest: subscriber.digest,
      subscriptions: subscriptions.map((s) => ({
        ...viewOf(s),
        targetType: s.targetType,
        dueSoon: s.dueSoonDays !== null,
        dueSoonDays: s.dueSoonDays ?? 7,
        repeatDays: s.repeatDays,
        paused: s.paused,
      })),
    };
  }

  /** Applies a manage-page form; says in Dutch what changed, and what can be undone. */
  async manage(token: unknown, action: ManageAction): Promise<ManageOutcome> {
    const subscriberId = await this.subscriberOfMailToken(token);
    const now = this.clock.now();
    return this.subscriptions.transaction(async (em) => {
      switch (action.kind) {
        case 'save': {
          await this.subscriptions.updatePreferences(em, subscriberId, action.preferences);
          await this.subscriptions.setDigest(em, subscriberId, action.digest);
          await this.notifications.rescheduleHeld(em, subscriberId, now);
          return { notice: 'Uw voorkeuren zijn opgeslagen.', undoIds: [] };
        }
        case 'unsubscribe': {
          const stopped = await this.subscriptions.unsubscribeOf(em, subscriberId, [action.subscriptionId]);
          await this.notifications.cancelSubscriptionNotices(em, stopped, 'unsubscribed');
          return stopped.length > 0 ? { notice: 'U bent afgemeld voor deze melding.', undoIds: stopped } : { notice: 'Deze melding was al afgemeld.', undoIds: [] };
        }
        case 'unsubscribe_all': {
          const stopped = await this.subscriptions.unsubscribeOf(em, subscriberId, null);
          await this.notifications.cancelSubscriptionNotices(em, stopped, 'unsubscribed');
          return { notice: 'U bent voor alle meldingen afgemeld.', undoIds: stopped };
        }
        case 'resubscribe': {
          const back = await this.subscriptions.resubscribeOf(em, subscriberId, action.subscriptionIds);
          return { notice: back.length === 1 ? 'De melding is weer actief.' : `${back.length} meldingen zijn weer actief.`, undoIds: [] };
        }
        case 'stop': {
          await this.subscriptions.unsubscribeOf(em, subscriberId, null);
          await this.subscriptions.suppressSubscriber(em, subscriberId, 'stopped by subscriber', now);
          await this.notifications.cancelSubscriberNotices(em, subscriberId, 'address suppressed');
          this.logger.log('a subscriber asked to stop everything; address suppressed');
          return { notice: 'U ontvangt van toezegd nooit meer e-mail op dit adres.', undoIds: [] };
        }
      }
    });
  }

  private async subscriberOfMailToken(token: unknown): Promise<string> {
    const stored = await this.tokens.find(token, 'mail');
    if (!stored) throw new DomainError('not_found', 'Deze link is ongeldig of verlopen.');
    return stored.subscriberId;
  }

  private async viewsOf(ids: string[]): Promise<SubscriptionView[]> {
    const subscriptions = await this.subscriptions.findByIds(ids);
    return subscriptions.map(viewOf);
  }
}

function viewOf(s: Subscription): SubscriptionView {
  return {
    id: s.id,
    status: s.status,
    commitmentId: s.commitmentId,
    description: describeTargetRow({
      targetType: s.targetType,
      ministry: s.ministry,
      search: s.search,
      quote: s.commitment?.quote ?? null,
      ownerRole: s.commitment?.ownerRole ?? null,
    }),
  };
}
