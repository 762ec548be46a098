/**
 * Kamerstuk identities: a dossier ("31 936", with an optional part such as "35 300 X" or
 * "34 775-XVI") and the number within it ("nr. 85"). Read from a document's own header and from the
 * ways letters, pages and URLs name one ("Kamerstuk 31 936, nr. 85", "kamerstuk 31936-85",
 * "kst-34300-VII-60").
 */
export interface Kamerstuk {
  /** Digits, then the part if any: "31936", "35300-X", "34775-XVI". */
  dossier: string;
  /** The ondernummer: "85". */
  number: string;
}

// A dossier number as printed: "31 936", "31936"; a part: "X", "XVI", "IXB", "A" (roman numerals and fund letters).
const DOSSIER = String.raw`(\d{2}) ?(\d{3})(?:(?: ?[-–] ?| )((?:[IVXL]{1,6}[AB]?|[A-HJ-KM-UWYZ]))(?![\p{L}\d]))?`;
const PART_WORD = /^(?:[IVXL]{1,6}[AB]?|[A-Z])$/;

/** "31936" + "X" → "31936-X". */
export function dossierKey(digits: string, part?: string | null): string {
  return part ? `${digits}-${part.toUpperCase()}` : digits;
}

/** "35300-X" + "61" → "35300-X-61": the short form used in URLs and the API. */
export function kamerstukKey(k: Kamerstuk): string {
  return `${k.dossier}-${k.number}`;
}

/** "35300-X" + "61" → "35 300 X, nr. 61": as the Kamer prints it. */
export function formatKamerstuk(k: Kamerstuk): string {
  const [digits, part] = k.dossier.split('-');
  return `${digits.slice(0, 2)} ${digits.slice(2)}${part ? ` ${part}` : ''}, nr. ${k.number}`;
}

// The header of a Kamerstuk: "31 936 Luchtvaartbeleid" (maybe more dossier lines) and then "Nr. 85 BRIEF VAN …".
const HEADER_DOSSIER_LINE = new RegExp(String.raw`(?:^|\n)[ \t]*${DOSSIER}[ \t]+(?=\p{Lu})`, 'gu');
const HEADER_NUMBER = /(?:^|\n)[ \t]*Nr\. ?(\d{1,4})\b/;
// Pages that show a Kamerstuk by its id: openkamer "Kamerstuk 34300-VII-60", "ID: 34300-VII-60"; URLs "kst-29279-494".
const PAGE_ID = /(?:^|\n)(?:Kamerstuk|ID:) (\d{5})(?:-([IVXL]{1,6}[AB]?|[A-Z]))?-(\d{1,4})\b/;
// rijksbegroting.nl: "35300 X 61 BRIEF VAN DE STAATSSECRETARIS VAN DEFENSIE", "34300 J 32 Brief van de minister …"
const BUDGET_PAGE = /(?:^|\n)[ \t]*(\d{5})(?: ([IVXL]{1,6}[AB]?|[A-Z]))? (\d{1,4}) (?:BRIEF|Brief) /;
const URL_ID = /\bkst-(\d{5})(?:-([IVXL]{1,6}[AB]?|[A-Z]))?-(\d{1,4})(?:\.html|\)|\b)/;
const HEADER_CHARS = 3000;

/** The Kamerstuk a document is, read from its header; null when it is none (e.g. an answer in the Aanhangsel). */
export function kamerstukInHeader(text: string): Kamerstuk | null {
  const head = text.length > HEADER_CHARS ? text.slice(0, HEADER_CHARS) : text;
  // each pattern behind a substring every match holds: most documents are none of these
  const budget = head.includes('BRIEF ') || head.includes('Brief ') ? BUDGET_PAGE.exec(head) : null;
  if (budget) return { dossier: dossierKey(budget[1], budget[2]), number: budget[3] };
  const printed = head.includes('Nr.') ? printedHeader(head) : null;
  if (printed) return printed;
  const page = (head.includes('Kamerstuk ') || head.includes('ID: ') ? PAGE_ID.exec(head) : null) ?? (head.includes('kst-') ? URL_ID.exec(head) : null);
  if (page) return { dossier: dossierKey(page[1], page[2]), number: page[3] };
  return null;
}

/** "31 936 Luchtvaartbeleid\n29 665 …\n\nNr. 85 BRIEF": the number belongs to the first dossier line above it. */
function printedHeader(head: string): Kamerstuk | null {
  const nr = HEADER_NUMBER.exec(head);
  if (!nr) return null;
  const before = head.slice(0, nr.index);
  const first = [...before.matchAll(HEADER_DOSSIER_LINE)][0];
  if (!first) return null;
  // The dossier lines sit right above "Nr.": a few short lines at most, not a number deep in a paragraph.
  if (before.length - first.index > 1200) return null;
  return { dossier: dossierKey(`${first[1]}${first[2]}`, first[3]), number: nr[1] };
}

export interface KamerstukCitation extends Kamerstuk {
  phrase: string;
}

// "Kamerstuk 31 936, nr. 85", "Kamerstukken II 2019/20, 35 300 X, nr. 61", "kamerstuk 34 775-XVI nr. 152".
const CITED_LONG = new RegExp(
  String.raw`\b[Kk]amerstuk(?:ken)?(?: I{1,2})?(?:,? (?:vergaderjaar )?\d{4}[/–-]\d{2,4})?,? ${DOSSIER},? (?:nr\.?|nummer) ?(\d{1,4})\b`,
  'gu',
);
// "(kamerstuk 31936-85)", "kamerstuk 34300-VII-60"
const CITED_SHORT = /\b[Kk]amerstuk(?:ken)? (\d{5})(?:-([IVXL]{1,6}[AB]?|[A-Z]))?-(\d{1,4})\b/g;
// "(31 936, nr. 85)" after a "brief": a Kamerstuk without the word.
const CITED_BARE = new RegExp(String.raw`\(${DOSSIER}, nr\. ?(\d{1,4})\)`, 'gu');

/** Every Kamerstuk a text names, in order, each once. */
export function kamerstukCitations(text: string): KamerstukCitation[] {
  const flat = text.replace(/\s+/g, ' ');
  const found: KamerstukCitation[] = [];
  const add = (digits: string, part: string | undefined, number: string, phrase: string) => {
    if (part && !PART_WORD.test(part)) part = undefined;
    const k = { dossier: dossierKey(digits, part), number, phrase };
    if (!found.some((f) => f.dossier === k.dossier && f.number === k.number)) found.push(k);
  };
  for (const m of flat.matchAll(CITED_LONG)) add(`${m[1]}${m[2]}`, m[3], m[4], m[0]);
  for (const m of flat.matchAll(CITED_SHORT)) add(m[1], m[2], m[3], m[0]);
  for (const m of flat.matchAll(CITED_BARE)) add(`${m[1]}${m[2]}`, m[3], m[4], m[0]);
  for (const m of flat.matchAll(new RegExp(URL_ID.source, 'g'))) add(m[1], m[2], m[3], m[0]);
  return found;
}

/** What a user types to find one ("31936-85", "31 936, nr. 85", "35300-X-61", "Kamerstuk 34 775-XVI nr. 152"); null when it is none. */
export function parseKamerstuk(input: string): Kamerstuk | null {
  const value = input.trim();
  const short = /^(?:kamerstuk )?(\d{2}) ?(\d{3})(?:[- ]([IVXL]{1,6}[AB]?|[A-Z]))?(?:[-/]|,? nr\.? ?| )(\d{1,4})$/i.exec(value);
  if (short) return { dossier: dossierKey(`${short[1]}${short[2]}`, short[3]), number: short[4] };
  const cited = kamerstukCitations(/^kamerstuk/i.test(value) ? value : `Kamerstuk ${value}`)[0];
  return cited ? { dossier: cited.dossier, number: cited.number } : null;
}
