import { classifyCandidate, type LinearModel } from './model';
import { mayReach } from './reach';
import { CueSentence } from './cue-sentence';

describe('mayReach: settles a candidate early, and never drops one that reaches the threshold', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const trained = require('./weights.json') as LinearModel;
  const sentences = [
    'ik zal uw kamer voor de zomer informeren over de uitkomsten van het overleg met de gemeenten.',
    'uw kamer wordt in de voortgangsbrief van dit najaar nader geïnformeerd.',
    'het kabinet gaat de regeling volgend jaar aanpassen.',
    'de gemeente wordt verzocht de aanvraag opnieuw te beoordelen.',
    'dat wordt in de praktijk niet altijd zo ervaren.',
    'de resultaten worden jaarlijks gepubliceerd door het cbs.',
    'ik laat onderzoeken of een aanpassing van de wet mogelijk is.',
    'hierbij stuur ik u het rapport van de commissie.',
    'zodra het onderzoek is afgerond, zal ik uw kamer informeren.',
    'het bedrijf moet de schade binnen zes weken vergoeden.',
  ];
  const variants = [
    { rule: null, ruleConfidence: 0, ruleKind: null, hasTime: false, hasForwardTime: false },
    { rule: 'future', ruleConfidence: 0.85, ruleKind: 'report' as const, hasTime: true, hasForwardTime: true },
    { rule: 'passive-future', ruleConfidence: 0.6, ruleKind: 'action' as const, hasTime: true, hasForwardTime: false },
  ];
  const cases = sentences.flatMap((lower) =>
    variants.flatMap((v) => [false, true].map((firstInAnswer) => ({ lower, ...v, firstInAnswer, inLetter: !firstInAnswer }))),
  );

  it.each([0.05, 0.25, 0.5, 0.75, 0.95])('at threshold %s', (threshold) => {
    let settled = 0;
    for (const facts of cases) {
      const reaches = classifyCandidate(trained, facts).confidence >= threshold;
      const may = mayReach(trained, facts, threshold, new CueSentence(facts.lower));
      if (reaches) expect([facts, may]).toEqual([facts, true]);
      if (!may) settled++;
    }
    if (threshold >= 0.5) expect(settled).toBeGreaterThan(0);
  });

  it('does not ask for the time phrases of a candidate it settles before them', () => {
    let asked = 0;
    const facts = {
      lower: 'dat wordt in de praktijk niet altijd zo ervaren.', rule: null, ruleConfidence: 0, ruleKind: null, firstInAnswer: false, inLetter: false,
      get hasTime() {
        asked++;
        return false;
      },
      get hasForwardTime() {
        asked++;
        return false;
      },
    };
    expect(mayReach(trained, facts, 0.25, new CueSentence(facts.lower))).toBe(false);
    expect(asked).toBe(0);
  });
});
