import { Injectable } from '@nestjs/common';
import { DUTCH_TIME_ZONE } from './time-zone';

/** The only source of "now" in the application, so tests and the CLI can pin time. */
@Injectable()
export class Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  /** Pins the clock (CLI `--now`, tests). `null` returns to real time. */
  set(at: Date | null): void {
    this.fixed = at ? new Date(at) : null;
  }
}

const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: DUTCH_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD) in the Netherlands at the given instant: deadlines are Dutch days. */
export function dutchDay(at: Date): string {
  return AMSTERDAM_DAY.format(at);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
