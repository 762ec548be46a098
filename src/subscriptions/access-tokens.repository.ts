import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashToken, isWellFormedToken, newToken } from '../common/tokens';
import { AccessToken, AccessTokenPurpose } from './access-token.entity';

@Injectable()
export class AccessTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores the hash of a fresh token and returns the token itself, to be put in a link. */
  async issue(subscriberId: string, purpose: AccessTokenPurpose, subscriptionIds: string[], expiresAt: Date | null): Promise<string> {
    const token = newToken();
    await this.dataSource.getRepository(AccessToken).insert({ tokenHash: hashToken(token), subscriberId, purpose, subscriptionIds, expiresAt });
    return token;
  }

  /** The stored token for a presented one; lookup is by hash, so the secret itself is never compared. */
  async find(token: unknown, purpose: AccessTokenPurpose): Promise<AccessToken | null> {
    if (!isWellFormedToken(token)) return null;
    return this.dataSource.getRepository(AccessToken).findOne({ where: { tokenHash: hashToken(token), purpose } });
  }
}
