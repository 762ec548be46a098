import { postgresAnswers } from './postgres-answers';

export interface WatchdogOptions {
  /** Time between checks. */
  intervalMs: number;
  /** Consecutive failed checks after which the database counts as gone. */
  failuresBeforeGone: number;
  /** Called once, when the database is gone. */
  onGone(failures: number): void;
}

/**
 * Watches the embedded PostgreSQL from outside the connection pool: one fresh connection and a
 * `SELECT 1` (2 s at most) per check. Nothing else runs that server, so when it stops answering it
 * will not come back by itself; `onGone` ends the service so a supervisor starts both again,
 * instead of answering 503 forever.
 */
export function watchEmbeddedDatabase(url: string, options: WatchdogOptions): { stop(): void } {
  let failures = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    if (stopped) return;
    failures = (await postgresAnswers(url, 'toezegd-watchdog')) ? 0 : failures + 1;
    if (stopped) return;
    if (failures >= options.failuresBeforeGone) {
      stopped = true;
      options.onGone(failures);
      return;
    }
    timer = setTimeout(() => void tick(), options.intervalMs);
    timer.unref();
  };
  timer = setTimeout(() => void tick(), options.intervalMs);
  timer.unref();
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
