import { tokensOf } from './cue-sentence';
import { candidateFeatures, stemOf, type CandidateFacts } from './features';

const facts = (lower: string, extra: Partial<CandidateFacts> = {}): CandidateFacts => ({
  lower, rule: null, ruleConfidence: 0, ruleKind: null, hasTime: false, hasForwardTime: false, firstInAnswer: false, inLetter: false, ...extra,
});

describe('candidateFeatures: the cues the learned layer weighs (invented sentences)', () => {
  const cases: Array<[string, string, boolean]> = [
    ['ik zal de kamer voor de zomer informeren over de uitkomsten.', 'subj:self-early', true],
    ['de gemeente zal de subsidieregeling volgend jaar aanpassen.', 'subj:others-early', true],
    ['de gemeente zal de subsidieregeling volgend jaar aanpassen.', 'subj:self', false],
    ['het kabinet zal de regeling evalueren.', 'subj:cabinet', true],
    ['daarnaast zal vws de zorgaanbieders hierbij ondersteunen.', 'subj:cabinet', true],
    ['de vws-begroting stijgt volgend jaar.', 'subj:cabinet', false],
    ['daarna zal de minister van financiën een besluit nemen.', 'subj:minister', true],
    ['hij zal de resultaten openbaar maken.', 'subj:third-pronoun', true],
    ['ik zal hier niet opnieuw op ingaan.', 'neg', true],
    ['indien nodig zal ik de kamer informeren.', 'cond:start', true],
    ['ik zal de kamer informeren als dat nodig is.', 'cond:inside', true],
    ['zodra het rapport is afgerond, stuur ik het naar de kamer.', 'cond:once-done', true],
    ['ik blijf hierover in gesprek met de sector.', 'stay', true],
    ['ik ben bezig een plan op te stellen voor de opvang.', 'ongoing', true],
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
    // the Kamer receiving: as subject, or after a (separable) sending verb
    ['uw kamer ontvangt voor de begrotingsbehandeling de monitor.', 'kamer:receives', true],
    ['daarnaast krijgt u elk half jaar een overzicht van de uitgaven.', 'kamer:receives', true],
    ['de gemeente ontvangt een bijdrage.', 'kamer:receives', false],
    ['het wetsvoorstel zal in het najaar worden ingediend bij de tweede kamer.', 'kamer:sent', true],
    ['het kabinet zet zich in om de nota zo snel mogelijk aan uw kamer aan te bieden.', 'kamer:sent', true],
    ['ik heb met de kamer gesproken.', 'kamer:sent', false],
    ['vorige week heeft uw kamer mij verzocht een brief te sturen over de opvang.', 'kamer:asked', true],
    ['uw kamer vraagt om een reactie op het advies.', 'kamer:asked', true],
    ['op verzoek van uw kamer zal ik de regeling aanpassen.', 'kamer:asked', false],
    // a promise reported as made before
    ['in de brief van 3 maart heb ik uw kamer toegezegd de cijfers te sturen.', 'promised-before', true],
    ['zoals het kabinet eerder heeft toegezegd, zal ik u informeren.', 'promised-before', true],
    ['ik zeg u toe de cijfers te sturen.', 'promised-before', false],
    // a document as the channel of the promise
    ['in de volgende voortgangsbrief ga ik hier nader op in.', 'doc:channel', true],
    ['ik zal u via het bnc-fiche informeren.', 'doc:channel', true],
    ['ik zal hier later op terugkomen.', 'doc:channel', false],
    // a future clause after another one, and the letter sending something now
    ['het kabinet heeft een positieve houding en zal u daarover informeren.', 'future:coordinated', true],
    ['wij hebben de cijfers en zullen die na de zomer publiceren.', 'future:coordinated', true],
    ['naar aanleiding van het debat stuur ik u het rapport.', 'now:sending', true],
    ['ik zal u het rapport sturen.', 'now:sending', false],
  ];
  it.each(cases)('%s → %s %s', (sentence, feature, present) => {
    expect(candidateFeatures(facts(sentence)).includes(feature)).toBe(present);
  });

  it('does not take a send with a time ahead for the letter sending now', () => {
    expect(candidateFeatures(facts('na de zomer stuur ik u het rapport.', { hasTime: true, hasForwardTime: true }))).not.toContain('now:sending');
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
