import { classify, classifyCandidate, CLASSES, type LinearModel } from './model';
import { candidateFeatures } from './features';

const model: LinearModel = {
  classes: CLASSES,
  bias: [1, 0, 0],
  weights: { 'kamer:informed': [0, 3, 0], research: [0, 0, 2.5], stay: [2, 0, 0] },
};

describe('classify', () => {
  it.each([
    [['kamer:informed'], 'report', true],
    [['research'], 'action', true],
    [['stay'], 'report', false],
    [['unknown-feature'], 'report', false],
  ] as const)('%j → %s, commitment %s', (features, kind, isCommitment) => {
    const v = classify(model, features);
    expect(v.kind).toBe(kind);
    expect(v.commitment > 0.5).toBe(isCommitment);
    expect(v.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });
});

describe('classifyCandidate', () => {
  it('gives the same verdict as classify over the feature names, on a trained model', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const trained = require('./weights.json') as LinearModel;
    const facts = {
      lower: 'ik zal uw kamer voor de zomer informeren over de uitkomsten van het overleg met de gemeenten.',
      rule: 'future', ruleConfidence: 0.85, ruleKind: 'report' as const, hasTime: true, hasForwardTime: true, firstInAnswer: false, inLetter: false,
    };
    const named = classify(trained, candidateFeatures(facts));
    const direct = classifyCandidate(trained, facts);
    direct.probabilities.forEach((p, k) => expect(p).toBeCloseTo(named.probabilities[k], 12));
  });
});
