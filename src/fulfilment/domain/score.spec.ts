import { readLetter } from './letter-signals';
import { CandidateCommitment, decide, scoreCandidate } from './score';

const ANSWER_8: CandidateCommitment = {
  id: 'c8',
  quote: 'Ik zal de Kamer in de voortgangsbrief van het programma Samen tegen mensenhandel informeren over de uitkomsten van de gesprekken met de Britse collega’s.',
  vehicle: 'voortgangsbrief van het programma Samen tegen mensenhandel',
  answerLabel: '8',
  ministry: 'Justitie en Veiligheid',
  deadlinePhrase: null,
  registerNumber: null,
  source: {
    documentId: 'd1',
    number: '2020D27320',
    appendixNumber: '3349',
    sessionYear: '2019-2020',
    caseNumber: '2020Z09415',
    title: 'het rapport van het Centrum tegen Kinderhandel en Mensenhandel',
    date: '2020-06-30',
    askers: ['Kuik', 'Rog', 'Van Toorenburg'],
  },
  topic: 0.4,
};
const ANSWER_5: CandidateCommitment = { ...ANSWER_8, id: 'c5', answerLabel: '5 en 6', vehicle: null, quote: 'Ik zal de registratiesystemen bespreken met het OM en de RvdR.' };

const letter = (text: string, overrides: Partial<{ date: string; ministry: string; title: string }> = {}) =>
  readLetter({ text, title: overrides.title ?? null, date: overrides.date ?? '2020-11-12', ministry: overrides.ministry ?? 'Justitie en Veiligheid' });

describe(scoreCandidate.name, () => {
  it.each([
    ['cites the Aanhangsel number and the vehicle', 'Hierbij bied ik u de voortgangsbrief van het programma Samen tegen mensenhandel aan (Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 3349).', ANSWER_8, 'auto'],
    ['cites the document number and the answer', 'In antwoord op vraag 8 (2020D27320) heb ik toegezegd u te informeren.', ANSWER_8, 'auto'],
    ['cites askers and subject and the answer', 'In antwoord op vraag 8 van de leden Kuik, Rog en Van Toorenburg over het rapport van het Centrum tegen Kinderhandel en Mensenhandel heb ik toegezegd u te informeren.', ANSWER_8, 'auto'],
    ['cites the zaak number', 'Zoals toegezegd bij zaak 2020Z09415 stuur ik u de voortgangsbrief van het programma Samen tegen mensenhandel.', ANSWER_8, 'auto'],
    ['cites the source but another answer', 'In antwoord op vraag 8 (Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 3349) heb ik toegezegd u te informeren.', ANSWER_5, 'suggest'],
    ['cites another Aanhangsel number', 'Zoals toegezegd (Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 3166) stuur ik de voortgangsbrief van het programma Samen tegen mensenhandel.', ANSWER_8, 'suggest'],
    ['names the vehicle without citation', 'Hierbij bied ik u de voortgangsbrief van het programma Samen tegen mensenhandel aan.', ANSWER_8, 'suggest'],
    ['only shares the topic', 'Over mensenhandel en uitbuiting.', { ...ANSWER_8, topic: 0.2 }, 'drop'],
  ])('%s → %s', (_name, text, candidate, expected) => {
    const score = scoreCandidate(letter(text), candidate);
    expect(score && decide(score)).toBe(expected);
  });

  it('should never suggest a letter older than the promise', () => {
    expect(scoreCandidate(letter('Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 3349', { date: '2020-05-01' }), ANSWER_8)).toBeNull();
  });

  it('should keep the matched phrases as reasons', () => {
    const score = scoreCandidate(letter('Hiermee doe ik mijn toezegging gestand (Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 3349).'), ANSWER_8);
    expect(score?.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['citation', 'self_label', 'ministry', 'topic']));
    expect(score?.reasons.find((r) => r.kind === 'citation')?.phrase).toBe('Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 3349');
    expect(score?.reasons.find((r) => r.kind === 'self_label')?.phrase).toMatch(/toezegging gestand/);
  });

  it.each([
    ['Deze brief geeft de voortgang deels weer.', true],
    ['Op de overige punten kom ik in een volgende brief terug.', true],
    ['Dit wordt grotendeels verklaard door de coronamaatregelen.', false],
    ['Hiermee informeer ik uw Kamer volledig.', false],
  ])('partial in «%s»: %s', (text, partial) => {
    expect(scoreCandidate(letter(`${text} Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 3349`), ANSWER_8)?.partial).toBe(partial);
  });

  it.each([
    ['Zoals toegezegd stuur ik u de brief.', 'Zoals toegezegd'],
    ['Ik heb uw Kamer toegezegd te informeren.', 'Ik heb uw Kamer toegezegd'],
    ['Hiermee doe ik mijn toezegging gestand.', 'Hiermee doe ik mijn toezegging gestand'],
    ['In antwoord op de vragen van het lid Omtzigt heb ik toegezegd te rapporteren.', 'In antwoord op de vragen van het lid Omtzigt heb ik toegezegd'],
    ['Toezegging\nIn het debat …', 'Toezegging'],
  ])('self-label in «%s»', (text, phrase) => {
    expect(letter(text).selfLabels[0]).toBe(phrase);
  });
});
