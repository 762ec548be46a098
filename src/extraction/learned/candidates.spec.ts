import { analyse } from '../analyse';
import { ANSWER_YES_TRIGGER, CANDIDATE_TRIGGER, DEADLINE_CHANGE_TRIGGER, datedPastAct, neverAPromise } from './candidates';

describe('candidates: sentences the learned layer is never asked about (invented sentences)', () => {
  it.each([
    // the letter doing it now
    ['hierbij stuur ik u het advies van de commissie over de tarieven.', true],
    ['met deze brief informeer ik uw kamer over de voortgang van het programma.', true],
    ['bij dezen ontvangt u de antwoorden op de vragen van het lid de vries.', true],
    ['hiermee geef ik uitvoering aan de motie van het lid jansen.', true],
    ['vandaag stuur ik u een aantal brieven over de asielsituatie.', true],
    // the text announcing its own content
    ['hieronder zal ik ingaan op de afzonderlijke vragen.', true],
    ['in onderstaande ga ik in op de cijfers.', true],
    ['in deze rapportage zal ik vooruitblikken op de plannen voor volgend jaar.', true],
    ['in deze brief ga ik in op de uitkomsten van het onderzoek.', true],
    ['in deze brief zeg ik u toe dat ik u voor de zomer zal informeren.', false],
    // "hierbij" as "in doing so", with a promise in it
    ['hierbij zal ik ook de gevolgen voor gemeenten meenemen.', false],
    ['hierbij stuur ik u het rapport en zal ik u na de zomer over de reactie informeren.', false],
    ['ik stuur u het rapport voor de zomer.', false],
    ['tevens stuur ik u in het najaar de evaluatie.', false],
  ])('%s → %s', (sentence, never) => {
    expect(neverAPromise(sentence)).toBe(never);
  });

  it.each([
    ['in mijn brief van 4 oktober jl. heb ik uw kamer geïnformeerd over de voortgang.', true],
    ['op 12 juli 2022 heeft het kabinet de kamer een brief gestuurd over de aanpak.', true],
    ['in de brief van 3 september 2013 (kamerstuk 27 858, nr. 215) heb ik uw kamer toegezegd de resultaten te sturen.', true],
    ['tijdens het commissiedebat van 17 februari heb ik toegezegd de kamer voor de zomer te informeren.', true],
    // … unless a promise follows, the frame is not dated, or the main clause is present or future
    ['op 4 oktober heb ik u geïnformeerd en zal ik u na de zomer opnieuw informeren.', false],
    ['op 1 juli is het rapport gereed en stuur ik het u toe.', false],
    ['in mijn brief van 4 oktober zal ik ingaan op de uitkomsten.', false],
    ['zoals ik in mijn brief van 4 oktober heb gemeld, zal ik u voor de zomer informeren.', false],
    ['in mijn vorige brief heb ik u toegezegd dat ik u voor de zomer zou informeren.', false],
  ])('a dated past act is never a promise: %s → %s', (sentence, past) => {
    expect(datedPastAct(sentence)).toBe(past);
  });

  it('lets through only sentences with a trigger word', () => {
    expect(CANDIDATE_TRIGGER.test('Ik zal u informeren.')).toBe(true);
    expect(CANDIDATE_TRIGGER.test('Dit is een feitelijke mededeling over het beleid.')).toBe(false);
  });

  it.each([
    'Ik stel uw Kamer voor de zomer op de hoogte van de uitkomsten.',
    'Ik houd uw Kamer op de hoogte van de voortgang.',
    'De resultaten van de pilot deel ik na afloop met uw Kamer.',
    'Ik verstuur de evaluatie in het najaar.',
    'De overige vragen beantwoord ik zo snel mogelijk.',
    'Ik leg het wetsvoorstel voor de zomer voor aan de Raad van State.',
    'Ik breng de knelpunten dit jaar in kaart.',
    'Het ministerie publiceert de cijfers jaarlijks.',
    'U kunt de brief uiterlijk in mei tegemoet zien.',
    'Ik stel voor uw Kamer uiterlijk 21 juni nader te berichten.',
    'Onze planning is om de opzet medio april naar de Kamer te sturen.',
    'De werkagenda presenteer ik kort na Prinsjesdag.',
  ])('a promise in the present tense is a candidate: %s', (sentence) => {
    expect(CANDIDATE_TRIGGER.test(sentence)).toBe(true);
  });

  it.each([
    ['Dat is helaas niet het geval.', false, true],
    ['Er is meer tijd nodig voor de beantwoording.', false, true],
    ['De publicatie is uitgesteld tot na de verkiezingen.', false, true],
    ['Ik zal dat niet doen.', true, true],
    ['Ja, dat klopt.', false, false],
  ])('a promise needs a trigger of its own; deadline words only open a deadline-change reading: %s', (sentence, candidate, deadline) => {
    expect(CANDIDATE_TRIGGER.test(sentence)).toBe(candidate);
    expect(DEADLINE_CHANGE_TRIGGER.test(sentence)).toBe(deadline);
  });

  it('"Ja." is a candidate only as the first sentence of an answer', () => {
    expect(ANSWER_YES_TRIGGER.test('Ja.')).toBe(true);
    const text = [
      'Vraag 1',
      'Bent u bereid de Kamer voor de zomer te informeren over de uitkomsten van het onderzoek?',
      'Antwoord 1',
      'Ja. De gesprekken lopen nog. Ja, dat klopt ook.',
    ].join('\n');
    const offered: string[] = [];
    analyse(text, { received: '2024-03-01', minConfidence: 0, onCandidate: (c) => offered.push(text.slice(c.start, c.end).trim()) });
    expect(offered).toEqual(['Ja.']);
  });

  it('offers training the sentences with only deadline or answer words, and never keeps them', () => {
    const text = 'Dat is helaas niet het geval. Ja, dat klopt ook. Ik zal uw Kamer voor de zomer informeren.';
    const offered: string[] = [];
    const result = analyse(text, {
      received: '2024-03-01', minConfidence: 0, offerNonCandidates: true,
      onCandidate: (c) => offered.push(text.slice(c.start, c.end).trim()),
    });
    expect(offered).toEqual(['Dat is helaas niet het geval.', 'Ja, dat klopt ook.', 'Ik zal uw Kamer voor de zomer informeren.']);
    expect(result.commitments.map((c) => c.quote.trim())).toEqual(['Ik zal uw Kamer voor de zomer informeren.']);
  });

  it('reads a sentence with only deadline words for a deadline change', () => {
    const text = 'Het is helaas niet mogelijk de vragen binnen de gebruikelijke termijn te beantwoorden, omdat afstemming met andere departementen nodig is.';
    const result = analyse(text, { received: '2024-03-01' });
    expect(result.deadlineChanges).toHaveLength(1);
    expect(result.deadlineChanges[0].reason).toBe('afstemming met andere departementen nodig is');
    expect(result.commitments).toEqual([]);
  });
});
