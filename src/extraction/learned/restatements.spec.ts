import { analyseDocument } from '../index';

const answer = (body: string) => `Vraag 1\nWanneer informeert u de Kamer over de wachtlijsten?\n\nAntwoord 1\n${body}\n`;

describe('one commitment per promise (invented answers)', () => {
  it.each([
    [
      'an elaboration starting with "Daarbij"',
      'Ik zal uw Kamer voor de zomer informeren over de wachtlijsten in de jeugdzorg. Daarbij zal ik ook ingaan op de rol van de gemeenten.',
      1,
    ],
    [
      'the document named again with its time',
      'Ik stuur uw Kamer een brief over de wachtlijsten in de jeugdzorg. Uw Kamer ontvangt deze brief na de zomer.',
      1,
    ],
    [
      'two different promises stay two',
      'Ik zal uw Kamer voor de zomer informeren over de wachtlijsten. Daarnaast zal ik uw Kamer na de zomer de evaluatie van de Jeugdwet sturen.',
      2,
    ],
  ])('%s', (_, body, count) => {
    const found = analyseDocument(answer(body), { received: '2024-03-01', minConfidence: 0 }).commitments.filter((c) => c.confidence >= 0.5);
    expect(found).toHaveLength(count);
    if (count === 1) expect(found[0].also).toHaveLength(1);
  });

  it('a restatement lends its deadline to the promise that had none', () => {
    const [c] = analyseDocument(answer('Ik stuur uw Kamer een brief over de wachtlijsten in de jeugdzorg. Uw Kamer ontvangt deze brief na de zomer.'), { received: '2024-03-01' }).commitments;
    expect(c.deadlinePhrase).toBe('na de zomer');
    expect(c.due).toBe('2024-09-30');
  });
});

describe('deadlines in context (invented answers)', () => {
  it.each([
    ['the phrase in the clause of the promise wins over an earlier date', 'Op 26 september vindt een bijeenkomst plaats en ik verwacht uw Kamer dit najaar te informeren over de uitkomst.', 'dit najaar'],
    ['a firm limit still wins', 'Ik streef ernaar uw Kamer zo spoedig mogelijk, maar uiterlijk in het eerste kwartaal van 2025, te informeren.', 'het eerste kwartaal van 2025'],
    ['a time in the next sentence that points back', 'Ik zal uw Kamer informeren over de uitkomsten van het overleg. Naar verwachting is dat voor het kerstreces.', 'voor het kerstreces'],
    ['the month in the name of the promised document', 'Ik zal u op de hoogte houden van de voortgang in de voortgangsbrief wachtlijsten van juni 2025.', 'juni 2025'],
  ])('%s', (_, body, phrase) => {
    const [c] = analyseDocument(answer(body), { received: '2024-03-01' }).commitments;
    expect(c.deadlinePhrase).toBe(phrase);
  });

  it('a standing report names its rhythm as its term, with no date', () => {
    const [c] = analyseDocument(answer('Uw Kamer wordt elk kwartaal geïnformeerd over de wachtlijsten in de jeugdzorg.'), { received: '2024-03-01' }).commitments;
    expect(c).toMatchObject({ recurring: true, deadlinePhrase: 'elk kwartaal', due: null });
  });

  it('an adjective in the name of another document is no term', () => {
    const [c] = analyseDocument(answer('Ik zal uw Kamer naast de jaarlijkse rapportage ook een tussentijdse rapportage over de wachtlijsten sturen.'), { received: '2024-03-01' }).commitments;
    expect(c.deadlinePhrase).toBeNull();
  });

  it('with the date unknown the deadline is named but gets no date', () => {
    const [c] = analyseDocument(answer('Ik zal uw Kamer voor de zomer informeren over de wachtlijsten.'), { received: null }).commitments;
    expect(c.deadlinePhrase).toBe('voor de zomer');
    expect(c.due).toBeNull();
  });
});

describe('the letter that sends the answers (invented)', () => {
  const letter = (body: string) =>
    `Geachte Voorzitter,\n\nHierbij stuur ik uw Kamer de antwoorden op de vragen over de wachtlijsten. ${body}\n\n` +
    'Vraag 1\nZult u de Kamer voor de zomer informeren over de wachtlijsten?\n\nAntwoord 1\nDe wachtlijsten zijn in 2023 gedaald.\n';

  it('reads a promise in the covering letter before the first question', () => {
    const found = analyseDocument(letter('De overige vragen zal ik voor de zomer schriftelijk beantwoorden.'), { received: '2024-03-01' }).commitments;
    expect(found.map((c) => c.deadlinePhrase)).toEqual(['voor de zomer']);
    expect(found[0].answer).toBeNull();
  });

  it('never reads the question text or the sending sentence as a promise', () => {
    expect(analyseDocument(letter(''), { received: '2024-03-01' }).commitments).toEqual([]);
  });

  const questions = 'Vraag 1\nZult u de Kamer informeren over de wachtlijsten?\n\nAntwoord 1\nDe wachtlijsten zijn in 2023 gedaald.\n';

  it('reads a letter without a salutation from its first sentence in the letter\'s voice', () => {
    const text =
      'Schriftelijke antwoorden op vragen gesteld tijdens de eerste termijn van de begrotingsbehandeling\n\n' +
      'Tijdens de behandeling van de begroting heeft uw Kamer vragen gesteld. Het antwoord op een deel daarvan doe ik u schriftelijk toekomen. ' +
      'De overige vragen zal ik voor de zomer schriftelijk beantwoorden.\n\n' +
      questions;
    const found = analyseDocument(text, { received: '2024-03-01' }).commitments;
    expect(found.map((c) => c.deadlinePhrase)).toEqual(['voor de zomer']);
  });

  it('never reads a title that speaks of the minister, or a headline it quotes', () => {
    const text =
      'Vragen van het lid Jansen aan de minister over het bericht «Minister: «We zullen de Kamer voor de zomer informeren over de wachtlijsten»» (ingezonden 1 februari 2024).\n\n' +
      'Antwoord van minister De Vries (ontvangen 20 februari 2024).\n\n' +
      questions;
    expect(analyseDocument(text, { received: '2024-03-01' }).commitments).toEqual([]);
  });
});
