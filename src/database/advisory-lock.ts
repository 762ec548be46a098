import { DataSource } from 'typeorm';

/** Lock keys, one per job that must run on one instance at a time. */
export const LOCKS = {
  migrations: 7_120_001,
  reminders: 7_120_002,
  sync: 7_120_004,
} as const;

/**
 * Runs `work` only if this process wins the PostgreSQL advisory lock `key`; otherwise returns
 * `skipped`. The lock is held on one dedicated connection and released even when work fails.
 */
export async function withAdvisoryLock<T>(
  dataSource: DataSource,
  key: number,
  work: () => Promise<T>,
): Promise<{ ran: true; result: T } | { ran: false }> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [row] = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [key])) as { locked: boolean }[];
    if (!row.locked) return { ran: false };
    try {
      return { ran: true, result: await work() };
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}

/** Like withAdvisoryLock, but waits for the lock (migrations: every instance must see them done). */
export async function withAdvisoryLockWait<T>(dataSource: DataSource, key: number, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}
