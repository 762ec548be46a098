import { HttpException, HttpStatus } from '@nestjs/common';
import type { RateLimit } from '../rate-limit/rate-limiter';

/** Failed editor logins and unknown bearer tokens: at most 10 per client IP per 15 minutes, then 429 (also for a right token). */
export const EDITOR_AUTH_FAILURES: RateLimit = { name: 'editor-auth-ip', limit: 10, windowMs: 15 * 60_000 };

export function tooManyEditorAttempts(): HttpException {
  return new HttpException(
    { statusCode: 429, code: 'too_many_requests', message: 'too many failed editor logins from this address; try again in 15 minutes' },
    HttpStatus.TOO_MANY_REQUESTS,
  );
}
