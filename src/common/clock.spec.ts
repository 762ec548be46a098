import { addDays, dutchDay } from './clock';

describe(dutchDay.name, () => {
  it.each([
    ['2020-06-30T21:59:00Z', '2020-06-30'],
    ['2020-06-30T22:00:00Z', '2020-07-01'],
    ['2020-12-31T23:30:00Z', '2021-01-01'],
  ])('should give the Dutch calendar day of %s', (instant, day) => {
    expect(dutchDay(new Date(instant))).toBe(day);
  });
});

describe(addDays.name, () => {
  it.each([
    ['2020-06-30', 90, '2020-09-28'],
    ['2020-02-28', 1, '2020-02-29'],
    ['2020-12-31', 1, '2021-01-01'],
  ])('%s + %d days = %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });
});
