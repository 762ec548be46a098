import { answerNumbersOf, appendixNumberOf, askersCited, askersOf, findCitations } from './citations';

describe(findCitations.name, () => {
  it.each([
    ['Zie mijn antwoord (2020D27320) op de vragen', { documentNumbers: ['2020D27320'] }],
    ['(Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 3349)', { appendix: [expect.objectContaining({ session: '2019-2020', number: '3349' })] }],
    ['Aanhangsel Handelingen II 2019/2020, nr. 3349', { appendix: [expect.objectContaining({ session: '2019-2020', number: '3349' })] }],
    // kst-33576-138, footnote 1
    ['Zie Aanhangsel Handelingen II 2017/18, nr. 2490.', { appendix: [expect.objectContaining({ session: '2017-2018', number: '2490' })] }],
    // kst-35300-VII-113
    [
      'dat ik Uw Kamer daartoe voor 1 april 2020 een notitie zal doen toekomen over de verschillende varianten (Kamerstuk 35 300 VII, nr. 85).',
      { kamerstukken: [expect.objectContaining({ dossier: '35300-VII', number: '85' })] },
    ],
    ['zoals gemeld (kamerstuk 31936-85)', { kamerstukken: [expect.objectContaining({ dossier: '31936', number: '85' })] }],
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

describe('letters cited by date', () => {
  it.each([
    // parlementairemonitor 35388 nr. 4, a letter of 3 november 2020
    ['Per brief van 25 juni 20201 heb ik aangegeven dat u deze reactie na de zomer ontvangt.', '2020-11-03', ['2020-06-25']],
    // kst-35300-VII-113
    ['Bij brief van 27 november 2019 heb ik u bericht over hoe de motie', '2020-04-06', ['2019-11-27']],
    ['Zoals ik u in mijn brief van 1 september jl. heb laten weten', '2021-03-10', ['2020-09-01']],
    ['Zoals ik u in mijn brief van 1 september jl. heb laten weten', '2021-10-10', ['2021-09-01']],
    // kst-34166-23
    ['Bij brieven van 13 en 26 oktober jl. heb ik uw Kamer geïnformeerd', '2015-12-03', ['2015-10-13', '2015-10-26']],
    ['Met deze brief informeer ik u', '2020-01-01', []],
  ])('%s', (text, date, expected) => {
    expect(findCitations(text, date).datedLetters.map((c) => c.date)).toEqual(expected);
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
