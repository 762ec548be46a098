import { requestRetryDelayMs, retryAfterMs } from './tk-http';
import { answerDue } from './question-chain';

describe(retryAfterMs.name, () => {
  it('should read delay-seconds and HTTP dates, and cap them', () => {
    const now = Date.parse('2024-04-10T10:00:00Z');
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Wed, 10 Apr 2024 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('86400', now)).toBe(300_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});

describe(requestRetryDelayMs.name, () => {
  it('should grow exponentially with jitter between half and all of the step', () => {
    expect(requestRetryDelayMs(0, () => 0)).toBe(250);
    expect(requestRetryDelayMs(0, () => 1)).toBe(500);
    expect(requestRetryDelayMs(3, () => 1)).toBe(4000);
    expect(requestRetryDelayMs(20, () => 1)).toBe(30_000);
  });
});

describe(answerDue.name, () => {
  it('should give a written question three weeks, and three more after a postponement', () => {
    expect(answerDue('2024-02-28', false)).toBe('2024-03-20');
    expect(answerDue('2024-02-28', true)).toBe('2024-04-10');
  });
});
