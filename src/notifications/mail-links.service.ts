import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashToken, newToken } from '../common/tokens';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { AccessToken, AccessTokenPurpose } from '../subscriptions/access-token.entity';

const CONFIRMATION_VALID_HOURS = 48;

/** Makes the secret links of one outgoing mail; only their hashes are stored. */
@Injectable()
export class MailLinks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async confirmation(subscriberId: string, subscriptionIds: string[], now: Date) {
    const expiresAt = new Date(now.getTime() + CONFIRMATION_VALID_HOURS * 3_600_000);
    const token = await this.issue(subscriberId, 'confirm', subscriptionIds, expiresAt);
    return { confirmUrl: `${this.env.PUBLIC_URL}/subscriptions/confirm?token=${token}`, expiresAt };
  }

  async unsubscribe(subscriberId: string, subscriptionIds: string[]) {
    const token = await this.issue(subscriberId, 'mail', subscriptionIds, null);
    const unsubscribeUrl = `${this.env.PUBLIC_URL}/subscriptions/unsubscribe?token=${token}`;
    return {
      unsubscribeUrl,
      manageUrl: `${this.env.PUBLIC_URL}/subscriptions/manage?token=${token}`,
      headers: {
        'List-Unsubscribe': `<${unsubscribeUrl}>, <mailto:${unsubscribeMailbox(this.env.MAIL_FROM)}?subject=unsubscribe>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  }

  private async issue(subscriberId: string, purpose: AccessTokenPurpose, subscriptionIds: string[], expiresAt: Date | null) {
    const token = newToken();
    await this.dataSource.getRepository(AccessToken).insert({ tokenHash: hashToken(token), subscriberId, purpose, subscriptionIds, expiresAt });
    return token;
  }
}

function unsubscribeMailbox(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
  const [local, domain] = address.split('@');
  return domain ? `${local}+unsubscribe@${domain}` : address;
}
