import { answerPublication, obAnswerId } from './ob-answer-id';

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

describe(answerPublication.name, () => {
  const record = { sessionYear: '2023-2024', appendixNumber: '202301456' };

  it('should take the ExterneIdentifier the feed gives for an answer', () => {
    expect(answerPublication(record, 'ah-tk-20232024-1499')).toEqual({ id: 'ah-tk-20232024-1499', fromFeed: true, fallback: null });
    expect(answerPublication(record, 'ah-12345')).toEqual({ id: 'ah-12345', fromFeed: true, fallback: null });
  });

  it.each([
    [null, { id: 'ah-tk-20232024-1456', fromFeed: false, fallback: 'no ExterneIdentifier in the feed: derived from the Aanhangsel number' }],
    ['kv-tk-2024Z04000', { id: 'ah-tk-20232024-1456', fromFeed: false, fallback: 'ExterneIdentifier is not an Aanhangsel publication: derived from the Aanhangsel number' }],
  ])('should derive the id when the ExterneIdentifier is %p, saying why', (external, choice) => {
    expect(answerPublication(record, external)).toEqual(choice);
  });

  it('should say so when there is nothing to derive it from either', () => {
    expect(answerPublication({ sessionYear: null, appendixNumber: null }, null)).toEqual({
      id: null, fromFeed: false, fallback: 'no ExterneIdentifier in the feed, nor an Aanhangsel number',
    });
  });
});
