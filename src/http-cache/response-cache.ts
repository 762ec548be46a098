import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { OutgoingHttpHeaders } from 'node:http';
import { Clock, dutchDay } from '../common/clock';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { DatabaseWrites } from '../database/database-writes';

/** A 200 response as it was sent, replayed byte for byte on a hit. */
export interface CachedResponse {
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

interface Entry extends CachedResponse {
  storedAt: number;
  /** One request is rendering a newer copy; until it is done, the others get this one. */
  updating: boolean;
}

export type Lookup =
  | { kind: 'fresh' | 'stale'; response: CachedResponse }
  /** Render it: `since` goes back to `finish`, which stores the result unless a write came in between. */
  | { kind: 'miss'; since: number };

const MAX_BYTES = 64 * 1024 * 1024;
/** Per entry on top of its body: key, headers and bookkeeping. */
const ENTRY_OVERHEAD_BYTES = 1024;

/**
 * Complete public responses by URL for LIST_CACHE_TTL_MS, so that a popular list or page costs
 * one render however many visitors ask for it at once. Any write this process makes to the
 * database empties it; writes by other processes show within twice the lifetime (this copy may
 * have been rendered from a list the list cache had kept as long). When a copy expires, one
 * request renders the next while the others still get the old one for at most another lifetime,
 * so a busy page never makes all its visitors wait for the database at once. Ages are measured on
 * the Clock; the day is part of the key because pages say what is overdue today.
 */
@Injectable()
export class ResponseCache {
  readonly enabled: boolean;
  private readonly ttlMs: number;
  private readonly entries = new LRUCache<string, Entry>({
    maxSize: MAX_BYTES,
    sizeCalculation: (entry) => entry.body.length + ENTRY_OVERHEAD_BYTES,
  });
  /** Bumped by every write: a response rendered from data read before the write is not stored. */
  private generation = 0;

  constructor(@Inject(ENV) env: Env, writes: DatabaseWrites, private readonly clock: Clock) {
    this.ttlMs = env.LIST_CACHE_TTL_MS;
    this.enabled = this.ttlMs > 0;
    writes.onWrite(() => {
      this.generation += 1;
      if (this.entries.size > 0) this.entries.clear();
    });
  }

  keyOf(url: string): string {
    return `${dutchDay(this.clock.now())} ${url}`;
  }

  lookup(key: string): Lookup {
    const entry = this.entries.get(key);
    if (entry) {
      const age = this.clock.now().getTime() - entry.storedAt;
      // A clock set back makes an entry too old, not younger.
      if (age >= 0 && age < this.ttlMs) return { kind: 'fresh', response: entry };
      if (age >= 0 && age < 2 * this.ttlMs && entry.updating) return { kind: 'stale', response: entry };
      entry.updating = true;
    }
    return { kind: 'miss', since: this.generation };
  }

  /** After a miss was answered: keeps `response` (null: not shareable, or failed) and ends the update. */
  finish(key: string, since: number, response: CachedResponse | null): void {
    if (response && since === this.generation) {
      this.entries.set(key, { ...response, storedAt: this.clock.now().getTime(), updating: false });
      return;
    }
    const entry = this.entries.get(key);
    if (entry) entry.updating = false;
  }
}
