import data from './recess.json';
import { prinsjesdag, recess } from './recess';
import { weekday } from '../deadlines/dates';

interface Entry { year: number; name: string; start?: string; end?: string; date?: string }
const entries = data as Entry[];

describe('recess calendar data', () => {
  it.each(entries.filter((e) => e.start && e.name !== 'verkiezingsreces').map((e) => [e.name, e.year, e.start!, e.end!]))(
    '%s %i starts on a Friday and ends on a Monday',
    (_name, _year, start, end) => {
      expect(weekday(start)).toBe(5);
      expect(weekday(end)).toBe(1);
    },
  );

  it('has no duplicate name/year pairs', () => {
    const keys = entries.map((e) => `${e.name}:${e.year}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('recess lookup', () => {
  it.each([
    ['zomerreces', 2024, '2024-07-05', '2024-09-02'],
    ['zomerreces', 2013, '2013-07-05', '2013-09-02'],
    ['kerstreces', 2023, '2023-12-22', '2024-01-15'],
    // beyond the data file: the ISO-week rule
    ['zomerreces', 2030, '2030-07-05', '2030-09-02'],
  ] as const)('%s %i → %s … %s', (name, year, start, end) => {
    const r = recess(name, year)!;
    expect(r.start).toBe(start);
    expect(r.end).toBe(end);
  });

  it.each([
    [2020, '2020-09-15'],
    [2024, '2024-09-17'],
    [2031, '2031-09-16'],
  ])('Prinsjesdag %i is %s', (year, date) => {
    expect(prinsjesdag(year)).toBe(date);
  });
});
