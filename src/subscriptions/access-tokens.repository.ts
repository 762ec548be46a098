import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashToken, isWellFormedToken } from '../common/tokens';
import { AccessToken, AccessTokenPurpose } from './access-token.entity';

@Injectable()
export class AccessTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The stored token for a presented one; lookup is by hash, so the secret itself is never compared. */
  async find(token: unknown, purpose: AccessTokenPurpose): Promise<AccessToken | null> {
    if (!isWellFormedToken(token)) return null;
    return this.dataSource.getRepository(AccessToken).findOne({ where: { tokenHash: hashToken(token), purpose } });
  }
}
