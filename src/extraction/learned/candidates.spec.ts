import { CANDIDATE_TRIGGER, neverAPromise } from './candidates';

describe('candidates: sentences the learned layer is never asked about (invented sentences)', () => {
  it.each([
    // the letter doing it now
    ['hierbij stuur ik u het advies van de commissie over de tarieven.', true],
    ['met deze brief informeer ik uw kamer over de voortgang van het programma.', true],
    ['bij dezen ontvangt u de antwoorden op de vragen van het lid de vries.', true],
    ['hiermee geef ik uitvoering aan de motie van het lid jansen.', true],
    // the text announcing its own content
    ['hieronder zal ik ingaan op de afzonderlijke vragen.', true],
    ['in onderstaande ga ik in op de cijfers.', true],
    // "hierbij" as "in doing so", with a promise in it
    ['hierbij zal ik ook de gevolgen voor gemeenten meenemen.', false],
    ['hierbij stuur ik u het rapport en zal ik u na de zomer over de reactie informeren.', false],
    ['ik stuur u het rapport voor de zomer.', false],
    ['tevens stuur ik u in het najaar de evaluatie.', false],
  ])('%s → %s', (sentence, never) => {
    expect(neverAPromise(sentence)).toBe(never);
  });

  it('lets through only sentences with a trigger word', () => {
    expect(CANDIDATE_TRIGGER.test('Ik zal u informeren.')).toBe(true);
    expect(CANDIDATE_TRIGGER.test('Dit is een feitelijke mededeling over het beleid.')).toBe(false);
  });
});
