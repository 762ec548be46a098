import { Inject, Injectable } from '@nestjs/common';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { Semaphore } from './semaphore';
import { FeedFormatError, FeedPage, parseFeedPage } from './syncfeed-parser';
import { TkHttp } from './tk-http';
import type { TkCategory } from './tk-mapping';

/** The SyncFeed 2.0 endpoints: one page of a category's changes at a time, and document files. */
@Injectable()
export class SyncFeedClient {
  private readonly downloads: Semaphore;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly http: TkHttp,
  ) {
    this.downloads = new Semaphore(env.TK_DOWNLOAD_CONCURRENCY);
  }

  get baseUrl(): string {
    return this.env.TK_SYNCFEED_URL.replace(/\/+$/, '');
  }

  /**
   * The page after `skiptoken` (from the start when null). Next links are followed by their
   * skiptoken against our own base URL, so a feed that names another host cannot redirect us.
   */
  async page(category: TkCategory, skiptoken: string | null, signal?: AbortSignal): Promise<FeedPage> {
    const query = new URLSearchParams({ category });
    if (skiptoken !== null) query.set('skiptoken', skiptoken);
    const body = await this.http.get(`${this.baseUrl}/Feed?${query.toString()}`, signal);
    try {
      return parseFeedPage(body.toString('utf8'));
    } catch (error) {
      if (!(error instanceof FeedFormatError)) throw error;
      throw new FeedFormatError(`${category} feed after skiptoken ${skiptoken ?? '(start)'}: ${error.message}`);
    }
  }

  resourceUrl(tkId: string): string {
    return `${this.baseUrl}/Resources/${encodeURIComponent(tkId)}`;
  }

  resource(tkId: string, signal?: AbortSignal): Promise<Buffer> {
    return this.downloads.run(() => this.http.get(this.resourceUrl(tkId), signal));
  }
}
