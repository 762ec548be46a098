import { readLetter } from './letter-signals';
import { matchDeadlineChange, newDeadlineOf } from './deadline-match';
import type { CandidateCommitment } from './score';

const source = {
  documentId: 'd1', number: null, appendixNumber: '1812', sessionYear: '2021-2022', caseNumber: null,
  title: 'de derogatie en de mestmarkt', date: '2022-03-01', askers: ['Grinwis', 'Boswijk'],
};
const NEGOTIATIONS: CandidateCommitment = {
  id: 'neg', quote: 'Ik zal uw Kamer voor de zomer informeren over de uitkomsten van de onderhandelingen met de Europese Commissie over de derogatie.',
  vehicle: null, answerLabel: '2', ministry: 'Landbouw, Natuur en Voedselkwaliteit', deadlinePhrase: 'voor de zomer', registerNumber: null, source, topic: 0.5,
};
const EVALUATION: CandidateCommitment = {
  id: 'eval', quote: 'Uw Kamer ontvangt in het najaar de evaluatie van de Meststoffenwet.', vehicle: 'evaluatie van de Meststoffenwet',
  answerLabel: '4', ministry: 'Landbouw, Natuur en Voedselkwaliteit', deadlinePhrase: 'in het najaar', registerNumber: null, source, topic: 0.2,
};

describe(newDeadlineOf.name, () => {
  it.each([
    ['Het is niet mogelijk uw Kamer voor de zomer te informeren; ik verwacht dit na het zomerreces te doen.', '2020-06-15', '2020-09-30'],
    ['Het is niet mogelijk de prognoses voor het einde van het jaar te sturen; ik verwacht ze in het eerste kwartaal van 2023 te sturen.', '2022-12-20', '2023-03-31'],
    ['De brief komt later: ik streef ernaar deze voor 1 oktober 2021 te sturen.', '2021-06-01', '2021-10-01'],
  ])('«%s» (%s) → %s', (quote, date, due) => {
    expect(newDeadlineOf({ quote, newDeadlinePhrase: null, newDue: null }, date).due).toBe(due);
  });
});

describe(matchDeadlineChange.name, () => {
  const change = {
    quote: 'Het is niet mogelijk uw Kamer voor de zomer te informeren over de uitkomsten van de onderhandelingen; ik verwacht dit in het najaar te doen.',
    newDeadlinePhrase: 'voor de zomer',
    newDue: '2022-07-07',
  };
  const cited = readLetter({ text: 'Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 1812', title: null, date: '2022-06-30', ministry: 'Landbouw, Natuur en Voedselkwaliteit' });
  const uncited = readLetter({ text: 'Over de mestmarkt.', title: null, date: '2022-06-30', ministry: 'Landbouw, Natuur en Voedselkwaliteit' });

  it('should move the promise the sentence is about', () => {
    expect(matchDeadlineChange(change, cited, [EVALUATION, NEGOTIATIONS])).toMatchObject({ commitmentId: 'neg', newDue: '2022-12-20' });
  });

  it('should move nothing when the letter does not point at a promise', () => {
    expect(matchDeadlineChange(change, uncited, [EVALUATION, NEGOTIATIONS])).toBeNull();
  });

  it('should move nothing when two promises fit equally well', () => {
    expect(matchDeadlineChange(change, cited, [NEGOTIATIONS, { ...NEGOTIATIONS, id: 'twin' }])).toBeNull();
  });
});
