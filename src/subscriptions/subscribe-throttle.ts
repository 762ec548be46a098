import { ThrottlerModule } from '@nestjs/throttler';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';

const HOUR_MS = 3_600_000;

export const TOO_MANY_SUBSCRIBES =
  'Te veel aanmeldingen; probeer het over een uur opnieuw. / Too many subscribe requests; please try again in an hour.';

/** The address a subscribe request is for, so one mailbox cannot be flooded from many IPs. */
function addressOf(req: Record<string, unknown>): string {
  const body = req.body as { email?: unknown } | undefined;
  const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
  return email ? `address:${email}` : `ip:${String(req.ip)}`;
}

/**
 * Rate limits on subscribing, per client IP and per e-mail address (429 beyond). Counters live in
 * each instance's memory: with N instances an address can get up to N times the limit.
 */
export const SubscribeThrottleModule = ThrottlerModule.forRootAsync({
  inject: [ENV],
  useFactory: (env: Env) => ({
    errorMessage: TOO_MANY_SUBSCRIBES,
    throttlers: [
      { name: 'ip', ttl: HOUR_MS, limit: env.SUBSCRIBE_LIMIT_PER_IP },
      { name: 'address', ttl: HOUR_MS, limit: env.SUBSCRIBE_LIMIT_PER_ADDRESS, getTracker: addressOf },
    ],
  }),
});
