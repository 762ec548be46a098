import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashToken, newToken } from '../common/tokens';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import type { AccessTokenPurpose } from '../subscriptions/access-token.entity';

export interface PendingToken {
  tokenHash: string;
  subscriberId: string;
  purpose: AccessTokenPurpose;
  subscriptionIds: string[];
  expiresAt: Date | null;
}

/**
 * Makes the secret links of outgoing mails. Links are made in memory for a whole batch and
 * stored (hashes only) in one statement before any of those mails is sent.
 */
@Injectable()
export class MailLinks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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

  async store(tokens: PendingToken[]): Promise<void> {
    if (tokens.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO access_token (token_hash, subscriber_id, purpose, subscription_ids, expires_at)
       SELECT t.hash, t.subscriber_id, t.purpose::access_token_purpose, ARRAY(SELECT jsonb_array_elements_text(t.ids))::uuid[], t.expires_at
       FROM unnest($1::text[], $2::uuid[], $3::text[], $4::jsonb[], $5::timestamptz[]) AS t(hash, subscriber_id, purpose, ids, expires_at)`,
      [
        tokens.map((t) => t.tokenHash),
        tokens.map((t) => t.subscriberId),
        tokens.map((t) => t.purpose),
        tokens.map((t) => JSON.stringify(t.subscriptionIds)),
        tokens.map((t) => t.expiresAt),
      ],
    );
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
