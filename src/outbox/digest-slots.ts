import { addDays, dutchDay } from '../common/clock';
import { DUTCH_TIME_ZONE } from '../common/time-zone';

export interface DigestSlots {
  immediate: Date;
  daily: Date;
  weekly: Date;
}

const DUTCH_PARTS = new Intl.DateTimeFormat('en-GB', { timeZone: DUTCH_TIME_ZONE, hour: '2-digit', hourCycle: 'h23', weekday: 'short' });

/** The instant it is `hour`:00 in the Netherlands on `day` (summer or winter time). */
export function dutchInstant(day: string, hour: number): Date {
  const hh = String(hour).padStart(2, '0');
  for (const offset of ['+02:00', '+01:00']) {
    const candidate = new Date(`${day}T${hh}:00:00${offset}`);
    if (dutchDay(candidate) === day && Number(partOf(candidate, 'hour')) === hour) return candidate;
  }
  return new Date(`${day}T${hh}:00:00+01:00`);
}

/**
 * When a notice planned at `now` may go out: at once, at the next daily slot (`hour` o'clock),
 * or at the next Monday slot. Daily and weekly digests hold rows until their slot, so one mail
 * collects a day's or a week's notices.
 */
export function digestSlots(now: Date, hour: number): DigestSlots {
  const today = dutchDay(now);
  let daily = dutchInstant(today, hour);
  if (daily.getTime() < now.getTime()) daily = dutchInstant(addDays(today, 1), hour);
  let weekly = daily;
  for (let i = 0; i < 7 && partOf(weekly, 'weekday') !== 'Mon'; i++) weekly = dutchInstant(addDays(dutchDay(weekly), 1), hour);
  return { immediate: now, daily, weekly };
}

function partOf(at: Date, type: 'hour' | 'weekday'): string {
  return DUTCH_PARTS.formatToParts(at).find((p) => p.type === type)?.value ?? '';
}
