import { inputProblem, isCalendarDate } from './text-input';

describe(inputProblem.name, () => {
  it.each([
    [{ q: 'a\u0000b' }, /query.q contains a NUL/],
    [{ note: 'bel\u0007' }, /control character/],
    [{ list: ['ok', 'x\u001b[31m'] }, /query.list.1/],
    [{ q: 'x'.repeat(10_001) }, /longer than 10000/],
  ])('should name the problem of %j', (value, message) => {
    expect(inputProblem(value, 'query')).toMatch(message);
  });

  it('should measure a body nested 3,000 deep without following it', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 3000; i++) deep = { a: deep };
    expect(inputProblem(deep, 'body')).toMatch(/nested deeper than 16/);
  });

  it('should pass ordinary text with tabs, newlines and accents', () => {
    expect(inputProblem({ note: 'Eén regel\n\tnog één\r\n', tags: ['a', 'b'], n: 3 }, 'body')).toBeNull();
  });
});

describe(isCalendarDate.name, () => {
  it.each([
    ['2021-02-28', true],
    ['2024-02-29', true],
    ['2021-02-29', false],
    ['2021-02-30', false],
    ['2021-13-01', false],
    ['2021-2-3', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
