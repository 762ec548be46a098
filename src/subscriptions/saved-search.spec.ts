import { searchTargetKey } from './saved-search';

describe(searchTargetKey.name, () => {
  it('should keep two searches apart that differ only after character 500', () => {
    const start = 'woningbouw '.repeat(60);
    const a = searchTargetKey({ q: `${start} stikstof` });
    const b = searchTargetKey({ q: `${start} grondbeleid` });
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(500);
    expect(b.length).toBeLessThanOrEqual(500);
  });

  it('should leave short keys as they always were', () => {
    expect(searchTargetKey({ q: ' mensenhandel ', status: ['open'] })).toBe('search:{"q":"mensenhandel","status":["open"]}');
  });
});
