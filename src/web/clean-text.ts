// What PDF extraction leaves in an answer's text: running page headers and footers, footnote markers
// glued to words, hyphenated line breaks, markdown debris. Pages show excerpts without them.
const PAGE_HEADER = /(?:ISSN 0921 ?- ?7398\s*)?(?:[’']s-Gravenhage \d{4}\s*)?Tweede Kamer,? vergaderjaar \d{4}\s*[–-]\s*\d{4},? aanhangsel(?: \d{1,5})? \d{1,3}(?!\d)/gi;
const STRAY_HEADER = /ISSN 0921 ?- ?7398|[’']s-Gravenhage \d{4}|^\s*ah-tk-\d{8}-\d+\s*$/gim;
const FOOTNOTE_LINE = /^[ \t]*\d{1,2}(?:[ \t]*,[ \t]*\d{1,2})*[ \t]*$/gm;
// "reizigers1." and "uw Kamer6 onderzoek": a footnote number glued to a word of three letters or more.
const FOOTNOTE_MARK = /(\p{L}{2}\p{Ll})\d{1,2}(?=[\s.,;:!?)]|$)/gu;
const DEBRIS = /↩︎?|\*\*|^#{1,6}\s*/gm;

/** The text without page headers, footnote markers and debris; hyphenated line breaks joined, lines of a paragraph joined. */
export function cleanText(text: string): string {
  return text
    .replace(PAGE_HEADER, ' ')
    .replace(STRAY_HEADER, ' ')
    .replace(FOOTNOTE_LINE, '')
    .replace(DEBRIS, '')
    .replace(FOOTNOTE_MARK, '$1')
    .replace(/(\p{Ll})-\s*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/[ \t]*\n(?:[ \t]*\n)+[ \t]*/g, '\n\n')
    .replace(/(?<!\n)[ \t]*\n(?!\n)[ \t]*/g, ' ')
    .replace(/[ \t]{2,}/g, ' ');
}

const SENTENCE_END = /[.!?…]["'’”»)]*(?=\s|$)/g;

/** An excerpt that starts where a sentence starts: the part of `text` after the first sentence end, when `text` was cut mid-sentence. */
export function fromSentenceStart(text: string): string {
  if (/^\s*(?:\p{Lu}|[«"“‘(\d•-])/u.test(text)) return text.trimStart();
  SENTENCE_END.lastIndex = 0;
  const end = SENTENCE_END.exec(text);
  return end ? text.slice(end.index + end[0].length).trimStart() : '';
}

/** An excerpt that ends where a sentence ends: `text` up to its last sentence end. */
export function toSentenceEnd(text: string): string {
  const ends = [...text.matchAll(SENTENCE_END)];
  const last = ends.at(-1);
  return last ? text.slice(0, (last.index ?? 0) + last[0].length) : '';
}

const ID_LIKE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}[DZ]\d{4,6}|ah-tk-\d{8}-\d+|kst-[\w-]+|[\w-]+\.(?:pdf|docx?|html?|txt))$/i;
// The heading a document gives itself, in order of preference; it ends at "(ingezonden …)" or the sentence end.
const OWN_TITLES = [/Vragen van (?:het|de) (?:kamer)?(?:lid|leden)\b/i, /(?:Antwoord op|Beantwoording van(?: de)?) (?:schriftelijke )?vragen\b/i, /(?:Onderwerp|Betreft)\s*:/i].map(
  (start) => new RegExp(`${start.source}[^\\n]{10,300}?(?=\\s*\\(ingezonden|\\.(?:\\s|$)|\\n|$)`, 'i'),
);

/** A title as a reader sees it: no markup or underscores, capitalised, at most 160 characters. */
function tidyTitle(title: string): string {
  const plain = title
    .replace(/<[^>]*>/g, ' ')
    .replace(/[_*#]+/g, ' ')
    .replace(/^(?:Onderwerp|Betreft)\s*:?\s*/i, '')
    .replace(/\s*\(ingezonden [^)]*\)\.?\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const short = plain.length > 160 ? `${plain.slice(0, 160).replace(/\s+\S*$/, '')}…` : plain;
  return short.charAt(0).toLocaleUpperCase('nl-NL') + short.slice(1);
}

/**
 * The title to show for a document: its stored title unless that is an id, a file name or missing;
 * then the document's own title line ("Vragen van het lid … over …"); else its kind and date. Never an id.
 */
export function displayTitle(d: { title: string | null; text?: string | null }, fallback: string): string {
  const stored = d.title?.trim() ?? '';
  // A title with underscores is a file name ("antwoord_op_vragen"): the document's own title line says more.
  if (stored && !ID_LIKE.test(stored) && !stored.includes('_') && /\p{L}{3}/u.test(stored)) return tidyTitle(stored);
  const fromFile = stored.includes('_') && !ID_LIKE.test(stored) ? tidyTitle(stored) : fallback;
  const head = d.text ? cleanText(d.text.slice(0, 3000)) : '';
  const own = OWN_TITLES.map((title) => title.exec(head)).find((m) => m !== null);
  return own ? tidyTitle(own[0]) : fromFile;
}
