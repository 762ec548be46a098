import { isPublished } from './publication';

describe('isPublished', () => {
  const t = { reviewBelow: 0.3, reviewActionsBelow: 0.5 };
  it.each([
    ['report', 0.3, true],
    ['report', 0.29, false],
    ['action', 0.4, false],
    ['action', 0.5, true],
  ])('a %s at %s → %s', (kind, confidence, published) => {
    expect(isPublished({ kind, confidence }, t)).toBe(published);
  });

  it('never publishes an action below the threshold for all commitments', () => {
    expect(isPublished({ kind: 'action', confidence: 0.6 }, { reviewBelow: 0.7, reviewActionsBelow: 0.2 })).toBe(false);
  });
});
