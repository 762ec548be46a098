import { obAnswerId } from './ob-answer-id';

describe(obAnswerId.name, () => {
  it.each([
    ['2019-2020', '3349', 'ah-tk-20192020-3349'],
    ['2018-2019', '181902411', 'ah-tk-20182019-2411'],
    ['2024-2025', '242501244', 'ah-tk-20242025-1244'],
    ['2023-2024', '202301456', 'ah-tk-20232024-1456'],
    ['2024-2025', '242510001', 'ah-tk-20242025-10001'],
    ['2019–2020', ' 3349 ', 'ah-tk-20192020-3349'],
    [null, '3349', null],
    ['2019-2020', null, null],
    ['2019', '3349', null],
    ['2019-2020', '12345678', null],
    ['2019-2020', '000000000', null],
    ['2019-2020', 'nr. 3349', null],
  ])('should make %p with Aanhangselnummer %p into %p', (sessionYear, appendixNumber, id) => {
    expect(obAnswerId(sessionYear, appendixNumber)).toBe(id);
  });
});
