import { CONTEXT_CHARS, documentExcerpt, MAX_PAGE_TEXT } from './document-excerpt';

describe(documentExcerpt.name, () => {
  it('should show a short text whole', () => {
    const { segments, cut } = documentExcerpt('Ik zal uw Kamer informeren.', [{ id: 'a', status: 'open', start: 0, end: 10 }]);
    expect(cut).toBe(false);
    expect(segments.map((s) => s.text).join('')).toBe('Ik zal uw Kamer informeren.');
  });

  it('should bound a 48 MB text to windows around its promises, keeping each promise whole', () => {
    const text = 'a'.repeat(48_000_000);
    const spans = [
      { id: 'p1', status: 'open', start: 1_000_000, end: 1_000_100 },
      { id: 'p2', status: 'open', start: 30_000_000, end: 30_000_300 },
    ];
    const { segments, cut } = documentExcerpt(text, spans);
    expect(cut).toBe(true);
    const shown = segments.filter((s) => !s.gap).reduce((n, s) => n + s.text.length, 0);
    expect(shown).toBeLessThanOrEqual(MAX_PAGE_TEXT);
    expect(shown).toBe(100 + 300 + 4 * CONTEXT_CHARS);
    expect(segments.filter((s) => s.commitmentId).map((s) => [s.commitmentId, s.text.length])).toEqual([['p1', 100], ['p2', 300]]);
    expect(segments.filter((s) => s.gap)).toHaveLength(3);
  });

  it('should show the start of a long text without promises', () => {
    const { segments, cut } = documentExcerpt('b'.repeat(100_000), []);
    expect(cut).toBe(true);
    expect(segments[0].text).toHaveLength(MAX_PAGE_TEXT);
  });
});
