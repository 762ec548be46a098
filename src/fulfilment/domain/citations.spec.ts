import { answerNumbersOf, appendixNumberOf, askersCited, askersOf, findCitations } from './citations';

describe(findCitations.name, () => {
  it.each([
    ['Zie mijn antwoord (2020D27320) op de vragen', { documentNumbers: ['2020D27320'] }],
    ['(Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 3349)', { appendix: [expect.objectContaining({ session: '2019-2020', number: '3349' })] }],
    ['Aanhangsel Handelingen II 2019/2020, nr. 3349', { appendix: [] }],
    ['zie ah-tk-20192020-3349', { appendix: [expect.objectContaining({ session: '2019-2020', number: '3349' })] }],
    ['zaak 2020Z09415 en toezegging TZ202006-123', { caseNumbers: ['2020Z09415'], registerNumbers: ['TZ202006-123'] }],
    ['In antwoord op vraag 8 heb ik toegezegd', { answerNumbers: ['8'] }],
    ['in mijn antwoorden op de vragen 5 en 6', { answerNumbers: ['5', '6'] }],
    ['de antwoorden op vragen 2 tot en met 4', { answerNumbers: ['2', '3', '4'] }],
  ])('should read %s', (text, expected) => {
    expect(findCitations(text)).toMatchObject(expected);
  });

  it('should read the askers and subject of cited questions', () => {
    const { questions } = findCitations(
      'In de antwoorden op de vragen van de leden Kuik, Rog en Van Toorenburg (allen CDA) over het rapport van het Centrum tegen Kinderhandel en Mensenhandel (Aanhangsel …) heb ik toegezegd',
    );
    expect(questions[0]).toMatchObject({ askers: 'Kuik, Rog en Van Toorenburg', subject: 'het rapport van het Centrum tegen Kinderhandel en Mensenhandel' });
  });

  it('should read a single asker', () => {
    const { questions } = findCitations('Naar aanleiding van de vragen van het lid Omtzigt (CDA) over de toeslagenaffaire, informeer ik u');
    expect(questions[0]).toMatchObject({ askers: 'Omtzigt', subject: 'de toeslagenaffaire' });
  });
});

describe('source facts', () => {
  it.each([
    [['Kuik', 'Rog', 'Van Toorenburg'], 'Kuik, Rog en Van Toorenburg', ['Kuik', 'Rog', 'Van Toorenburg']],
    [['Kuik', 'Rog'], 'Van der Graaf', []],
    [['Rog'], 'Rogier', []],
  ])('askers %j cited in %s', (source, cited, expected) => {
    expect(askersCited(source, cited)).toEqual(expected);
  });

  it('should read askers from the opening of an answer', () => {
    expect(askersOf('Vragen van de leden Kuik, Rog en Van Toorenburg (allen CDA) aan de Staatssecretaris')).toEqual(['Kuik', 'Rog', 'Van Toorenburg']);
  });

  it.each([
    ['3349', '3349'],
    ['ah-tk-20192020-3349', '3349'],
    [null, null],
  ])('appendix %s → %s', (stored, expected) => {
    expect(appendixNumberOf(stored)).toBe(expected);
  });

  it.each([
    ['5 en 6', ['5', '6']],
    ['8', ['8']],
    [null, []],
  ])('answer label %s', (label, expected) => {
    expect(answerNumbersOf(label)).toEqual(expected);
  });
});
