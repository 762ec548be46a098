import { Inject, Injectable } from '@nestjs/common';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { Semaphore } from '../tk/semaphore';
import { TkHttp, TkHttpError } from '../tk/tk-http';

/**
 * After officielebekendmakingen stayed unreachable (or kept failing) through every retry, it is
 * not asked again for this long: otherwise a sync would sit through the retries once per answer.
 */
const PAUSE_AFTER_OUTAGE_MS = 10 * 60_000;
/** The repository answers an unknown publication with a redirect to its error page, not with a 404. */
const ERROR_PAGE = /fout404/i;

export class ObUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ObUnavailableError';
  }
}

/** The raw publications of officielebekendmakingen (OB_URL), fetched through the same polite HTTP client as the TK's. */
@Injectable()
export class ObClient {
  private readonly downloads: Semaphore;
  private pausedUntil = 0;
  private pauseReason = '';

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly http: TkHttp,
  ) {
    this.downloads = new Semaphore(env.TK_DOWNLOAD_CONCURRENCY);
  }

  get enabled(): boolean {
    return this.env.OB_URL !== undefined;
  }

  publicationUrl(id: string): string {
    const base = (this.env.OB_URL ?? '').replace(/\/+$/, '');
    const segment = encodeURIComponent(id);
    return `${base}/${segment}/${segment}.xml`;
  }

  publicationXml(id: string, signal?: AbortSignal): Promise<Buffer> {
    return this.downloads.run(async () => {
      if (performance.now() < this.pausedUntil) throw new ObUnavailableError(`officielebekendmakingen paused after: ${this.pauseReason}`);
      try {
        return await this.http.get(this.publicationUrl(id), signal, ERROR_PAGE);
      } catch (error) {
        if (!signal?.aborted && isOutage(error)) {
          this.pausedUntil = performance.now() + PAUSE_AFTER_OUTAGE_MS;
          this.pauseReason = error.message;
        }
        throw error;
      }
    });
  }
}

function isOutage(error: unknown): error is TkHttpError {
  return error instanceof TkHttpError && (error.status === null || error.status === 429 || error.status >= 500);
}
