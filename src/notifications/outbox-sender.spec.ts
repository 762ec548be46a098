import { deliveryRetryDelayMs } from './outbox-sender.service';

describe(deliveryRetryDelayMs.name, () => {
  it.each([
    [1, 60_000],
    [2, 120_000],
    [5, 960_000],
    [20, 6 * 3_600_000],
  ])('should wait after attempt %d: %d ms', (attempt, ms) => {
    expect(deliveryRetryDelayMs(attempt)).toBe(ms);
  });
});
