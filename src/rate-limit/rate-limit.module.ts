import { Global, Module } from '@nestjs/common';
import { RateLimiter } from './rate-limiter';

/** Rate limits shared by all instances (PostgreSQL): subscribing, editor logins and bearer tokens. */
@Global()
@Module({ providers: [RateLimiter], exports: [RateLimiter] })
export class RateLimitModule {}
