import { CanActivate, ExecutionContext, HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { RateLimit, RateLimiter } from '../rate-limit/rate-limiter';

const HOUR_MS = 3_600_000;

export const TOO_MANY_SUBSCRIBES =
  'Te veel aanmeldingen; probeer het over een uur opnieuw. / Too many subscribe requests; please try again in an hour.';

/**
 * One subscribe budget per client IP and per e-mail address, whichever way the request comes
 * (POST /api/subscriptions, POST /api/commitments/:id/subscriptions, the form on a commitment
 * page): SUBSCRIBE_LIMIT_PER_IP and SUBSCRIBE_LIMIT_PER_ADDRESS requests an hour, counted in
 * PostgreSQL so all instances share them. Beyond: 429.
 */
@Injectable()
export class SubscribeBudgetGuard implements CanActivate {
  private readonly perIp: RateLimit;
  private readonly perAddress: RateLimit;

  constructor(
    private readonly limiter: RateLimiter,
    @Inject(ENV) env: Env,
  ) {
    this.perIp = { name: 'subscribe-ip', limit: env.SUBSCRIBE_LIMIT_PER_IP, windowMs: HOUR_MS };
    this.perAddress = { name: 'subscribe-address', limit: env.SUBSCRIBE_LIMIT_PER_ADDRESS, windowMs: HOUR_MS };
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const ipWithin = await this.limiter.hit(this.perIp, request.ip ?? 'unknown');
    const email = (request.body as { email?: unknown } | undefined)?.email;
    const addressWithin = typeof email === 'string' && email.trim() ? await this.limiter.hit(this.perAddress, email.trim().toLowerCase()) : true;
    if (!ipWithin || !addressWithin) {
      throw new HttpException({ statusCode: 429, code: 'too_many_requests', message: TOO_MANY_SUBSCRIBES }, HttpStatus.TOO_MANY_REQUESTS);
    }
    return true;
  }
}
