import { classify, CLASSES, type LinearModel } from './model';

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
