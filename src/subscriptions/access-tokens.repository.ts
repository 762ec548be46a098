import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashToken, isWellFormedToken } from '../common/tokens';
import { AccessToken, AccessTokenPurpose } from './access-token.entity';

/** A link's token before it is stored: only its hash is ever written. */
export interface PendingToken {
  tokenHash: string;
  subscriberId: string;
  purpose: AccessTokenPurpose;
  subscriptionIds: string[];
  expiresAt: Date | null;
}

@Injectable()
export class AccessTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The stored token for a presented one; lookup is by hash, so the secret itself is never compared. */
  async find(token: unknown, purpose: AccessTokenPurpose): Promise<AccessToken | null> {
    if (!isWellFormedToken(token)) return null;
    return this.dataSource.getRepository(AccessToken).findOne({ where: { tokenHash: hashToken(token), purpose } });
  }

  /** Stores the hashes of a batch of mail links in one statement. */
  async storeHashes(tokens: PendingToken[]): Promise<void> {
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
}
