import { Inject, Injectable } from '@nestjs/common';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { Clock } from '../common/clock';
import { DatabaseWrites } from '../database/database-writes';

const MAX_ENTRIES = 500;

interface Entry {
  at: number;
  value: Promise<unknown>;
}

/**
 * A few seconds of memory for public lists, keyed by their normalised filters, so the API and the
 * HTML page with the same filters in any spelling cost one query, and concurrent misses of one key
 * share it. Any write this process makes through the database clears it at once, so an editor sees
 * the effect of a change on the next request; writes by other processes (the CLI, a second
 * instance) show within LIST_CACHE_TTL_MS. The response cache in front of the app keeps busy
 * lists answered while one request refreshes them.
 */
@Injectable()
export class CommitmentListCache {
  private readonly ttlMs: number;
  private readonly entries = new Map<string, Entry>();

  constructor(
    writes: DatabaseWrites,
    @Inject(ENV) env: Env,
    private readonly clock: Clock,
  ) {
    this.ttlMs = env.LIST_CACHE_TTL_MS;
    writes.onWrite(() => {
      if (this.entries.size > 0) this.invalidate();
    });
  }

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.ttlMs === 0) return load();
    const now = this.clock.now().getTime();
    const cached = this.entries.get(key);
    if (cached && this.age(cached, now) < this.ttlMs) return cached.value as Promise<T>;
    if (this.entries.size >= MAX_ENTRIES) this.evict(now);
    const entry: Entry = { at: now, value: load() };
    this.entries.set(key, entry);
    // A failed load is not remembered (and must not clear a newer entry of the same key).
    entry.value.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
    return entry.value as Promise<T>;
  }

  invalidate(): void {
    this.entries.clear();
  }

  // Measured on the Clock (tests move it); a clock set back makes an entry too old, not younger.
  private age(entry: Entry, now: number): number {
    return now >= entry.at ? now - entry.at : Infinity;
  }

  private evict(now: number): void {
    for (const [key, entry] of this.entries) if (this.age(entry, now) >= this.ttlMs) this.entries.delete(key);
    // Still full: drop the oldest (a Map iterates in insertion order).
    while (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
  }
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
