import { Inject, Injectable } from '@nestjs/common';
import { hashToken, newToken } from '../common/tokens';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import type { AccessTokenPurpose } from '../subscriptions/access-token.entity';
import { AccessTokensRepository, PendingToken } from '../subscriptions/access-tokens.repository';

export type { PendingToken };

/**
 * Makes the secret links of outgoing mails. Links are made in memory for a whole batch and
 * stored (hashes only) in one statement before any of those mails is sent.
 */
@Injectable()
export class MailLinks {
  constructor(
    private readonly tokens: AccessTokensRepository,
    @Inject(ENV) private readonly env: Env,
  ) {}

  confirmation(subscriberId: string, subscriptionIds: string[], now: Date) {
    const expiresAt = new Date(now.getTime() + this.env.CONFIRMATION_VALID_HOURS * 3_600_000);
    const { token, pending } = this.make(subscriberId, 'confirm', subscriptionIds, expiresAt);
    return { pending, confirmUrl: `${this.env.PUBLIC_URL}/subscriptions/confirm?token=${token}`, expiresAt };
  }

  /** The links of a non-confirmation mail: manage page, one-click unsubscribe (RFC 8058) and its headers. */
  unsubscribe(subscriberId: string, subscriptionIds: string[]) {
    const { token, pending } = this.make(subscriberId, 'mail', subscriptionIds, null);
    const unsubscribeUrl = `${this.env.PUBLIC_URL}/subscriptions/unsubscribe?token=${token}`;
    return {
      pending,
      unsubscribeUrl,
      manageUrl: `${this.env.PUBLIC_URL}/subscriptions/manage?token=${token}`,
      headers: {
        'List-Unsubscribe': `<${unsubscribeUrl}>, <mailto:${unsubscribeMailbox(this.env.MAIL_FROM)}?subject=unsubscribe>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  }

  store(tokens: PendingToken[]): Promise<void> {
    return this.tokens.storeHashes(tokens);
  }

  private make(subscriberId: string, purpose: AccessTokenPurpose, subscriptionIds: string[], expiresAt: Date | null) {
    const token = newToken();
    return { token, pending: { tokenHash: hashToken(token), subscriberId, purpose, subscriptionIds, expiresAt } };
  }
}

function unsubscribeMailbox(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
  const [local, domain] = address.split('@');
  return domain ? `${local}+unsubscribe@${domain}` : address;
}
