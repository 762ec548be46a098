import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntitySubscriberInterface } from 'typeorm';
import type { AfterQueryEvent } from 'typeorm/subscriber/event/QueryEvent';

// Statements after which what was read before may be stale. A write in a transaction also ends in COMMIT.
const WRITES = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'TRUNCATE', 'COPY', 'COMMIT']);

/**
 * Tells in-memory caches that this process wrote to the database (entities, raw SQL, COMMIT), so
 * they can drop what they remember. Writes by other processes are not seen: caches bound those
 * with a short lifetime.
 */
@Injectable()
export class DatabaseWrites implements EntitySubscriberInterface {
  private readonly listeners: (() => void)[] = [];

  constructor(@InjectDataSource() dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  onWrite(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** TypeORM calls this after every statement of this process. */
  afterQuery(event: AfterQueryEvent): void {
    if (this.listeners.length > 0 && event.success && isWrite(event.rawResults)) for (const listener of this.listeners) listener();
  }
}

function isWrite(raw: unknown): boolean {
  if (Array.isArray(raw)) return raw.some(isWrite);
  const command = (raw as { command?: unknown } | null | undefined)?.command;
  return typeof command === 'string' && WRITES.has(command);
}
