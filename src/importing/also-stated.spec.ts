import { alsoStatedOf } from './also-stated';

describe('alsoStatedOf', () => {
  const text = 'Ik stuur de nota eind 2025. Daarbij zal ik ook de kosten noemen. Die nota volgt eind dit jaar.';

  it('places each restatement after the promise, in order', () => {
    const found = alsoStatedOf(text, { end: 27, also: ['Daarbij zal ik ook de kosten noemen.', 'Die nota volgt eind dit jaar.'] });
    expect(found.map((f) => (f.start === null ? null : text.slice(f.start, f.end ?? 0)))).toEqual([
      'Daarbij zal ik ook de kosten noemen.',
      'Die nota volgt eind dit jaar.',
    ]);
  });

  it('keeps a sentence it cannot find verbatim, without offsets', () => {
    expect(alsoStatedOf(text, { end: 27, also: ['Een zin die er niet staat.'] })).toEqual([{ quote: 'Een zin die er niet staat.', start: null, end: null }]);
  });

  it('finds a restatement that stands before the promise when none follows', () => {
    expect(alsoStatedOf(text, { end: 64, also: ['Ik stuur de nota eind 2025.'] })).toEqual([{ quote: 'Ik stuur de nota eind 2025.', start: 0, end: 27 }]);
  });
});
