import { Injectable } from '@nestjs/common';
import { truncate } from '../common/truncate';
import { askersLabel, askersOf } from './askers';
import { HIT_END, HIT_START, SearchDocument, WebQueriesRepository } from './web-queries.repository';

/** A piece of text, marked when it is a word the search matched. */
export interface TextPart {
  text: string;
  hit: boolean;
}

export interface SearchExplanation {
  /** The quote with the matched words marked. */
  quote: TextPart[];
  /** Where the search matched, in Dutch: "de toezegging", "de titel", "de vraag", "het antwoord", "de vragenstellers". */
  where: string[];
  /** The best fragment of the first surrounding text that matched, when the quote itself did not. */
  snippet: { label: string; parts: TextPart[] } | null;
}

interface Searchable {
  id: string;
  quote: string;
  vehicle: string | null;
  document: { id: string } | null;
}

const PLACES = ['de titel', 'de vraag', 'het antwoord', 'de vragenstellers'] as const;

/** Says for a page of search results where each matched, with the matching words marked. */
@Injectable()
export class SearchExplainer {
  constructor(private readonly queries: WebQueriesRepository) {}

  async explain(items: Searchable[], q: string): Promise<Map<string, SearchExplanation>> {
    const documentIds = [...new Set(items.map((c) => c.document?.id).filter((id): id is string => Boolean(id)))];
    const documents = new Map((await this.queries.documentsForSearch(documentIds)).map((d) => [d.id, d]));
    const texts = items.flatMap((c) => {
      const surroundings = surroundingsOf(c, c.document ? documents.get(c.document.id) : undefined);
      return [{ text: truncate(c.quote, 300), whole: true }, { text: c.vehicle ?? '', whole: true }, ...surroundings.map((text) => ({ text, whole: false }))];
    });
    const headlines = await this.queries.headlines(texts, q);
    const explained = new Map<string, SearchExplanation>();
    items.forEach((c, i) => {
      const [quote, vehicle, ...around] = headlines.slice(i * (2 + PLACES.length), (i + 1) * (2 + PLACES.length));
      const where = [...(quote.matched || vehicle.matched ? ['de toezegging'] : []), ...PLACES.filter((_, p) => around[p].matched)];
      if (where.length === 0) where.push('de tekst van het document');
      const first = around.findIndex((h) => h.matched);
      explained.set(c.id, {
        quote: partsOf(quote.headline),
        where,
        snippet: quote.matched || first < 0 ? null : { label: PLACES[first], parts: partsOf(around[first].headline) },
      });
    });
    return explained;
  }
}

/** Title, question, answer and askers of the promise's document ('' when unknown), in the order of PLACES. */
function surroundingsOf(c: Searchable, document: SearchDocument | undefined): string[] {
  if (!document) return ['', '', '', ''];
  const at = document.text.indexOf(c.quote.slice(0, 80));
  const block = at < 0 ? undefined : document.blocks.find((b) => b.answer && b.answer.start <= at && at < b.answer.end);
  const slice = (span: { start: number; end: number } | null | undefined) => (span ? document.text.slice(span.start, span.end) : '');
  return [document.title ?? '', slice(block?.question), slice(block?.answer), askersLabel(askersOf(document.text))];
}

/** "a ⟦b⟧ c" → a, b (hit), c. */
export function partsOf(headline: string): TextPart[] {
  const parts: TextPart[] = [];
  for (const [i, piece] of headline.split(new RegExp(`[${HIT_START}${HIT_END}]`)).entries()) {
    if (piece) parts.push({ text: piece, hit: i % 2 === 1 });
  }
  return parts;
}
