import { Inject, Injectable, Logger } from '@nestjs/common';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { Sleeper } from './sleeper';

export class TkHttpError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'TkHttpError';
  }
}

const MAX_BACKOFF_MS = 30_000;
const MAX_RETRY_AFTER_MS = 5 * 60_000;

/**
 * GETs from the TK servers (and officielebekendmakingen) politely: a per-host request rate, a timeout per request, and retries
 * with exponential backoff and jitter on network errors, 429 and 5xx (Retry-After honoured).
 */
@Injectable()
export class TkHttp {
  private readonly logger = new Logger(TkHttp.name);
  private readonly nextSlot = new Map<string, number>();

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly sleeper: Sleeper,
  ) {}

  /** `missingWhenRedirectedTo`: a server that answers a missing resource with a redirect to an error page (a 404 then). */
  async get(url: string, signal?: AbortSignal, missingWhenRedirectedTo?: RegExp): Promise<Buffer> {
    const retries = this.env.TK_HTTP_RETRIES;
    for (let attempt = 0; ; attempt++) {
      signal?.throwIfAborted();
      await this.waitForSlot(new URL(url).host, signal);
      let wait: number;
      let failure: TkHttpError;
      try {
        const timeout = AbortSignal.timeout(this.env.TK_HTTP_TIMEOUT_MS);
        const response = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
        const missing = response.redirected && missingWhenRedirectedTo?.test(response.url) === true;
        if (response.ok && !missing) return Buffer.from(await response.arrayBuffer());
        await response.body?.cancel().catch(() => undefined);
        const status = missing ? 404 : response.status;
        failure = new TkHttpError(`GET ${url}: HTTP ${status}${missing ? ` (redirected to ${response.url})` : ''}`, status);
        if (status !== 429 && status < 500) throw failure;
        wait = retryAfterMs(response.headers.get('retry-after')) ?? requestRetryDelayMs(attempt);
      } catch (error) {
        if (signal?.aborted) throw signal.reason as Error;
        if (error instanceof TkHttpError && error.status !== null && error.status !== 429 && error.status < 500) throw error;
        failure = error instanceof TkHttpError ? error : new TkHttpError(networkMessage(url, error), null);
        wait = requestRetryDelayMs(attempt);
      }
      if (attempt >= retries) throw failure;
      this.logger.warn(`${failure.message}; retry ${attempt + 1}/${retries} in ${Math.round(wait)} ms`);
      await this.sleeper.sleep(wait, signal);
    }
  }

  private async waitForSlot(host: string, signal?: AbortSignal): Promise<void> {
    const perSecond = this.env.TK_REQUESTS_PER_SECOND;
    if (perSecond <= 0) return;
    const now = performance.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? now);
    this.nextSlot.set(host, slot + 1000 / perSecond);
    if (slot > now) await this.sleeper.sleep(slot - now, signal);
  }
}

export function requestRetryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt);
  return base / 2 + random() * (base / 2);
}

/** Retry-After as delay-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now;
  if (!Number.isFinite(ms)) return null;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms));
}

function networkMessage(url: string, error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const reason =
    (error as Error).name === 'TimeoutError' ? 'timed out' : (cause?.code ?? cause?.message ?? (error as Error).message ?? String(error));
  return `cannot reach ${new URL(url).origin} (${reason})`;
}
