import { availableParallelism } from 'node:os';
import { plainToInstance, Transform } from 'class-transformer';
import { IsSafeEditorTokens } from './editor-tokens';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, IsUrl, Matches, Max, Min, validateSync } from 'class-validator';
import { DUTCH_TIME_ZONE } from '../common/time-zone';
import { DEFAULT_REVIEW_ACTIONS_BELOW, DEFAULT_REVIEW_BELOW } from '../extraction';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const blankToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** Every environment variable toezegd reads, with its default. README.md lists the same table. */
export class EnvVars {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** The interface to listen on: this machine only by default; 0.0.0.0 (every interface) in the container. */
  @Matches(/^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]+|localhost|[a-z0-9.-]+)$/i, { message: 'HOST must be an IP address or a host name, e.g. 127.0.0.1 or 0.0.0.0' })
  HOST = '127.0.0.1';

  /** Unset: an embedded PostgreSQL under DATA_DIR/postgres. */
  @Transform(blankToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = './data';

  /** Unset: mails are written as .eml files under DATA_DIR/outbox. */
  @Transform(blankToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'toezegd <noreply@toezegd.localhost>';

  @Transform(blankToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_URL?: string;

  /** Comma-separated bearer tokens (at least 32 characters, varied, each once), optionally named: `alice=…,bob=…`. */
  @IsOptional()
  @IsSafeEditorTokens()
  EDITOR_TOKENS?: string;

  @IsString()
  REMINDER_CRON = '0 7 * * *';

  @IsString()
  DELIVERY_CRON = '*/1 * * * *';

  /** Not a setting (see common/time-zone.ts): accepted only as Europe/Amsterdam, so no one expects another zone to work. */
  @Transform(blankToUndefined)
  @IsOptional()
  @IsIn([DUTCH_TIME_ZONE], { message: `TIMEZONE is not a setting: toezegd always works in Dutch time (${DUTCH_TIME_ZONE}); unset it` })
  TIMEZONE?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  DEFAULT_TERM_DAYS = 90;

  @Transform(({ value }: { value: unknown }) => value !== 'false' && value !== '0' && value !== false)
  SCHEDULER_ENABLED = true;

  /** Default: json when NODE_ENV=production, text otherwise. */
  @IsOptional()
  @IsIn(['json', 'text'])
  LOG_FORMAT?: 'json' | 'text';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  MAIL_MAX_ATTEMPTS = 8;

  /** Hours a confirmation link stays valid. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  CONFIRMATION_VALID_HOURS = 48;

  /** Pooled SMTP connections. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  SMTP_POOL_SIZE = 5;

  /** Mails per second over the whole pool; 0 = as fast as the server accepts. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SMTP_RATE_PER_SECOND = 20;

  /** Outbox rows claimed per batch (whole subscribers are completed, so a batch may be a little larger). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(5000)
  MAIL_BATCH_SIZE = 100;

  /** A row in `sending` this long belongs to a crashed sender and goes back to the queue. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SENDING_STALE_MINUTES = 10;

  /** Hour of the day (Dutch time) at which daily and weekly (Monday) digests go out. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(23)
  DIGEST_HOUR = 8;

  /** Subscribe requests per client IP per hour. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SUBSCRIBE_LIMIT_PER_IP = 20;

  /** Subscribe requests per e-mail address per hour (confirmation mails to one mailbox). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SUBSCRIBE_LIMIT_PER_ADDRESS = 5;

  /**
   * Behind a reverse proxy: how many proxy hops to trust for the client IP in X-Forwarded-For
   * (the per-IP limits count that IP). Unset: the connection's own address.
   */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  TRUST_PROXY_HOPS?: number;

  /** Base of the Tweede Kamer SyncFeed 2.0 API (Feed, Resources). */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  TK_SYNCFEED_URL = 'https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0';

  /** When the TK sync runs inside the service; `off` disables it. */
  @IsString()
  SYNC_CRON = '*/15 * * * *';

  @Transform(toInt)
  @IsInt()
  @Min(100)
  TK_HTTP_TIMEOUT_MS = 30_000;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(20)
  TK_HTTP_RETRIES = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  TK_DOWNLOAD_CONCURRENCY = 4;

  /** Worker threads that read PDFs during the TK sync; 0 = read them on the main thread. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(64)
  PDF_WORKERS = availableParallelism();

  /**
   * Base of the raw publications of officielebekendmakingen (`{OB_URL}/{id}/{id}.xml`). Set: the TK
   * sync reads answers from their Aanhangsel publication when there is one. Unset: off.
   */
  @Transform(blankToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  OB_URL?: string;

  /** Requests per second per host; 0 = no limit. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  TK_REQUESTS_PER_SECOND = 5;

  /** How long a public list (same filters) may be served from memory; 0 turns the cache off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60_000)
  LIST_CACHE_TTL_MS = 3000;

  /** Connections in the PostgreSQL pool of one process. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  DB_POOL_MAX = 10;

  /**
   * Extracted commitments whose confidence (the learned layer's probability) is below this wait for
   * an editor instead of being published. Default: chosen by cross-validation so that published
   * commitments reach precision 0.9 (`npm run train:extractor`).
   */
  @Transform(({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsNumber()
  @Min(0)
  @Max(1)
  EXTRACTION_REVIEW_BELOW = DEFAULT_REVIEW_BELOW;

  /**
   * Extracted actions, the kind most often mistaken, wait for an editor below this confidence (and
   * below EXTRACTION_REVIEW_BELOW when that is higher). Default: chosen by cross-validation so that
   * published actions reach precision 0.8.
   */
  @Transform(({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsNumber()
  @Min(0)
  @Max(1)
  EXTRACTION_REVIEW_ACTIONS_BELOW = DEFAULT_REVIEW_ACTIONS_BELOW;
}

export type Env = Readonly<EnvVars> & { PUBLIC_URL: string; LOG_FORMAT: 'json' | 'text' };

/** Validates the environment; throws one line naming every bad variable. */
export function validateEnv(raw: Record<string, unknown>): Env {
  const env = plainToInstance(EnvVars, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const problems = errors.map((e) => `${e.property} (${Object.values(e.constraints ?? {}).join('; ')})`);
    throw new Error(`invalid environment: ${problems.join(', ')}`);
  }
  return {
    ...env,
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    LOG_FORMAT: env.LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'text'),
  };
}
