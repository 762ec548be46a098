import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntitySubscriberInterface } from 'typeorm';
import type { AfterQueryEvent } from 'typeorm/subscriber/event/QueryEvent';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { Clock } from '../common/clock';

const MAX_ENTRIES = 500;
// Statements after which a cached list may be stale. A write in a transaction also ends in COMMIT.
const WRITES = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'TRUNCATE', 'COPY', 'COMMIT']);

interface Entry {
  at: number;
  value: Promise<unknown>;
  settled: boolean;
  refreshing: boolean;
}

/**
 * A few seconds of memory for public list pages, keyed by their normalised filters: the same list
 * asked for by many visitors at once costs one query. Any write this process makes through the
 * database clears it at once, so an editor sees the effect of a change on the next request; writes
 * by other processes (the CLI, a second instance) show within LIST_CACHE_TTL_MS, at most twice that
 * for a list asked for while it refreshes. Concurrent misses of one key share a single query, and
 * an expired list still in demand is refreshed in the background while the old one is served, so
 * busy lists never make their visitors wait for the database.
 */
@Injectable()
export class CommitmentListCache implements EntitySubscriberInterface {
  private readonly ttlMs: number;
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every invalidation: a refresh that started before a write must not store its result. */
  private generation = 0;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(ENV) env: Env,
    private readonly clock: Clock,
  ) {
    this.ttlMs = env.LIST_CACHE_TTL_MS;
    dataSource.subscribers.push(this);
  }

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.ttlMs === 0) return load();
    const now = this.clock.now().getTime();
    const cached = this.entries.get(key);
    if (cached && this.age(cached, now) < this.ttlMs) return cached.value as Promise<T>;
    if (cached?.settled && this.age(cached, now) < 2 * this.ttlMs) {
      if (!cached.refreshing) this.refresh(key, cached, now, load);
      return cached.value as Promise<T>;
    }
    if (this.entries.size >= MAX_ENTRIES) this.evict(now);
    const entry: Entry = { at: now, value: load(), settled: false, refreshing: false };
    this.entries.set(key, entry);
    entry.value.then(
      () => (entry.settled = true),
      // A failed load is not remembered (and must not clear a newer entry of the same key).
      () => this.entries.get(key) === entry && this.entries.delete(key),
    );
    return entry.value as Promise<T>;
  }

  private refresh(key: string, stale: Entry, now: number, load: () => Promise<unknown>): void {
    stale.refreshing = true;
    const generation = this.generation;
    load().then(
      (value) => {
        if (this.generation === generation && this.entries.get(key) === stale) {
          this.entries.set(key, { at: now, value: Promise.resolve(value), settled: true, refreshing: false });
        }
      },
      () => this.entries.get(key) === stale && this.entries.delete(key),
    );
  }

  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
  }

  /** TypeORM calls this after every statement of this process, including raw SQL and COMMIT. */
  afterQuery(event: AfterQueryEvent): void {
    if (this.entries.size > 0 && event.success && isWrite(event.rawResults)) this.invalidate();
  }

  // Measured on the Clock (tests move it); a clock set back makes an entry too old, not younger.
  private age(entry: Entry, now: number): number {
    return now >= entry.at ? now - entry.at : Infinity;
  }

  private evict(now: number): void {
    for (const [key, entry] of this.entries) if (this.age(entry, now) >= 2 * this.ttlMs) this.entries.delete(key);
    // Still full: drop the oldest (a Map iterates in insertion order).
    while (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
  }
}

function isWrite(raw: unknown): boolean {
  if (Array.isArray(raw)) return raw.some(isWrite);
  const command = (raw as { command?: unknown } | null | undefined)?.command;
  return typeof command === 'string' && WRITES.has(command);
}

/** The same filters in any order or spelling of absent values give the same key. */
export function listCacheKey(parts: Record<string, unknown>): string {
  return JSON.stringify(normalise(parts));
}

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return [...value].map(normalise).sort();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && v !== null && v !== '')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, normalise(v)]),
    );
  }
  return value;
}
