import { candidateFeatures, stemOf, tokensOf, type CandidateFacts } from './features';

const facts = (lower: string, extra: Partial<CandidateFacts> = {}): CandidateFacts => ({
  lower, rule: null, ruleConfidence: 0, ruleKind: null, hasTime: false, hasForwardTime: false, firstInAnswer: false, inLetter: false, ...extra,
});

describe('candidateFeatures: the cues the learned layer weighs (invented sentences)', () => {
  const cases: Array<[string, string, boolean]> = [
    ['ik zal de kamer voor de zomer informeren over de uitkomsten.', 'subj:self-early', true],
    ['de gemeente zal de subsidieregeling volgend jaar aanpassen.', 'subj:others-early', true],
    ['de gemeente zal de subsidieregeling volgend jaar aanpassen.', 'subj:self', false],
    ['het kabinet zal de regeling evalueren.', 'subj:cabinet', true],
    ['daarna zal de minister van financiën een besluit nemen.', 'subj:minister', true],
    ['hij zal de resultaten openbaar maken.', 'subj:third-pronoun', true],
    ['ik zal hier niet opnieuw op ingaan.', 'neg', true],
    ['indien nodig zal ik de kamer informeren.', 'cond:start', true],
    ['ik zal de kamer informeren als dat nodig is.', 'cond:inside', true],
    ['zodra het rapport is afgerond, stuur ik het naar de kamer.', 'cond:once-done', true],
    ['ik blijf hierover in gesprek met de sector.', 'stay', true],
    ['in mijn brief van 3 maart heb ik toegezegd de kamer te informeren.', 'past-letter', true],
    ['in mijn brief van 3 maart heb ik toegezegd de kamer te informeren.', 'verb:past-main', true],
    ['de knelpunten zullen moeten worden opgelost.', 'verb:must', true],
    ['ik hoop dat de partijen snel overeenstemming bereiken.', 'hope', true],
    ['ik laat onderzoeken of een aanpassing mogelijk is.', 'research', true],
    ['hieronder zal ik dieper ingaan op de cijfers.', 'self-announce', true],
    ['ik stuur uw kamer het rapport na de zomer toe.', 'kamer:object', true],
    ['de tweede kamer wordt jaarlijks geïnformeerd over de voortgang.', 'kamer:informed', true],
    ['de tweede kamer wordt jaarlijks geïnformeerd over de voortgang.', 'recurring', true],
    ['hierbij stuur ik u de rapportage.', 'now', true],
    ['bent u bereid de kamer te informeren?', 'question-mark', true],
    ['het kabinet zal ervoor waken dat de lasten niet stijgen.', 'stance', true],
  ];
  it.each(cases)('%s → %s %s', (sentence, feature, present) => {
    expect(candidateFeatures(facts(sentence)).includes(feature)).toBe(present);
  });

  it('carries what the rules found, the time phrases and the position in the answer', () => {
    const f = candidateFeatures(facts('ja.', { rule: 'yes-to-readiness', ruleConfidence: 0.75, ruleKind: 'report', hasTime: true, hasForwardTime: true, firstInAnswer: true }));
    expect(f).toEqual(expect.arrayContaining(['rule:yes-to-readiness', 'rule-conf:3', 'rule-kind:report', 'time', 'time:forward', 'first-in-answer', 'yes-start']));
    expect(candidateFeatures(facts('ja.'))).toContain('rule:none');
  });

  it('turns words into stems and stem pairs, numbers into #', () => {
    expect(tokensOf('in 2025 zullen wij rapporteren')).toEqual(['in', '#', 'zullen', 'wij', 'rapporteren']);
    expect(stemOf('informeren')).toBe(stemOf('informeert'));
    const f = candidateFeatures(facts('wij rapporteren jaarlijks'));
    expect(f).toEqual(expect.arrayContaining([`w:${stemOf('rapporteren')}`, `b:^_wij`, `b:wij_${stemOf('rapporteren')}`]));
  });

  it.each([
    ['hyphens and apostrophes join words', "de zorg-verzekeraar en 's avonds d'r auto’s", ['de', 'zorg-verzekeraar', 'en', 's', 'avonds', "d'r", 'auto’s']],
    ['a joiner with no word after it ends the token', 'ministerie- en zorg-- en (zeg) x-', ['ministerie', 'en', 'zorg', 'en', 'zeg', 'x']],
    ['letters beyond ASCII, digits inside words', 'geïnformeerd over één co2-norm, 2e kwartaal', ['geïnformeerd', 'over', 'één', 'co2-norm', '#', 'kwartaal']],
    ['symbols and punctuation split', 'a×b ½ c—d “e” 𝒜x', ['a', 'b', 'c', 'd', 'e', '𝒜x']],
  ])('tokenises like the word regex: %s', (_name, text, expected) => {
    expect(tokensOf(text)).toEqual(expected);
    const byRegex = [...text.matchAll(/[\p{L}\d]+(?:[-'’][\p{L}\d]+)*/gu)].map((m) => (/^\d/.test(m[0]) ? '#' : m[0]));
    expect(tokensOf(text)).toEqual(byRegex);
  });
});
