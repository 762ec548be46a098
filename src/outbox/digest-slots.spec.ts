import { digestSlots, dutchInstant } from './digest-slots';

describe(digestSlots.name, () => {
  it('should hold a daily digest until 08:00 Dutch time the same day when planned before it', () => {
    const slots = digestSlots(new Date('2026-01-14T06:00:00Z'), 8); // Wednesday 07:00 CET
    expect(slots.daily.toISOString()).toBe('2026-01-14T07:00:00.000Z');
    expect(slots.weekly.toISOString()).toBe('2026-01-19T07:00:00.000Z');
  });

  it('should move to the next day when the slot of today has passed (summer time)', () => {
    const slots = digestSlots(new Date('2026-07-06T07:30:00Z'), 8); // Monday 09:30 CEST
    expect(slots.daily.toISOString()).toBe('2026-07-07T06:00:00.000Z');
    expect(slots.weekly.toISOString()).toBe('2026-07-13T06:00:00.000Z');
  });

  it('should send at once when the slot is exactly now', () => {
    const now = dutchInstant('2026-07-06', 8);
    expect(digestSlots(now, 8).weekly.getTime()).toBe(now.getTime());
  });
});
