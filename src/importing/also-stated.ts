import type { AlsoStated } from '../commitments/commitment.entity';
import type { ExtractedCommitment } from '../extraction';

/**
 * The sentences that restate an extracted promise in the same document (`also`), with where each
 * stands in the text: the first occurrence after the promise (a restatement follows it), else
 * anywhere; null offsets when the sentence is not found verbatim.
 */
export function alsoStatedOf(text: string, extracted: Pick<ExtractedCommitment, 'also' | 'end'>): AlsoStated[] {
  let from = extracted.end;
  return extracted.also.map((quote) => {
    let start = text.indexOf(quote, from);
    if (start === -1) start = text.indexOf(quote);
    if (start === -1) return { quote, start: null, end: null };
    from = start + quote.length;
    return { quote, start, end: start + quote.length };
  });
}
