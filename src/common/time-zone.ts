/**
 * The one time zone of toezegd. Deadlines are Dutch calendar days (a promise "voor 1 juli" is late
 * from 1 July in The Hague), so "today", the cron schedules, digest hours and every date shown are
 * Dutch time. Not a setting: another zone would silently move what counts as overdue.
 */
export const DUTCH_TIME_ZONE = 'Europe/Amsterdam';
