import { KamerstukCitation, kamerstukCitations } from '../../extraction/structure/kamerstuk';
import { DatedLetterCitation, datedLetterCitations } from './dated-letters';
import { fold } from './words';

/** An answer to written questions as letters cite it. */
export interface QuestionReference {
  askers: string;
  subject: string | null;
  phrase: string;
}

/** Everything in a letter that points at an earlier document or promise. */
export interface Citations {
  documentNumbers: string[];
  caseNumbers: string[];
  appendix: { session: string | null; number: string; phrase: string }[];
  registerNumbers: string[];
  questions: QuestionReference[];
  /** Question or answer numbers the letter names ("vraag 8", "antwoorden op de vragen 5 en 6"). */
  answerNumbers: string[];
  /** "Kamerstuk 31 936, nr. 85", "(kamerstuk 31936-85)", "Kamerstukken II 2019/20, 35 300 X, nr. 61". */
  kamerstukken: KamerstukCitation[];
  /** Earlier letters named by their date: "mijn brief van 1 september jl.". */
  datedLetters: DatedLetterCitation[];
}

const DOCUMENT_NUMBER = /\b(?:19|20)\d{2}D\d{5}\b/g;
const CASE_NUMBER = /\b(?:19|20)\d{2}Z\d{5}\b/g;
const REGISTER_NUMBER = /\bTZ\d{6}-\d{2,4}\b/g;
const APPENDIX =
  /Aanhangsel (?:van de )?Handelingen(?: II)?,? (?:vergaderjaar |vj\.? ?)?(\d{4}) ?[-–/] ?(\d{4}|\d{2}),? (?:nr\.?|nummer|no\.?) ?(\d{1,5})/gi;
const APPENDIX_ID = /\bah-tk-(\d{4})(\d{4})-(\d{1,5})\b/gi;
const QUESTIONS =
  /(?:(?:kamer)?vragen|vraag \d{1,2}(?: en \d{1,2})?) (?:van|gesteld door) (?:het (?:kamer)?lid|de (?:kamer)?leden) (.{2,160}?)(?= \(| aan | over | inzake | betreffende |[.;:]|$)(?: \([^()]{1,60}\))?(?: aan [^,()]{3,120}?)?(?: (?:over|inzake|betreffende) (.{3,220}?))?(?=\s\(|\(|[.;:,]|$)/gi;
const ANSWER_NUMBERS =
  /\b(?:antwoord(?:en)?(?: op)?(?: de)? )?(?:vra(?:ag|gen)|antwoord(?:en)?) (\d{1,2}(?:(?:, ?| en | tot en met | t\/m |-)\d{1,2})*)\b/gi;

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function numbersIn(phrase: string): string[] {
  const range = /(\d{1,2}) ?(?:tot en met|t\/m|-) ?(\d{1,2})/.exec(phrase);
  if (range) {
    const out: string[] = [];
    for (let n = Number(range[1]); n <= Number(range[2]) && out.length < 30; n++) out.push(String(n));
    return out;
  }
  return phrase.match(/\d{1,2}/g) ?? [];
}

/** "2017" + "18" → "2017-2018". */
function sessionOf(first: string, second: string): string {
  return `${first}-${second.length === 2 ? `${first.slice(0, 2)}${second}` : second}`;
}

/**
 * Reads the references in a letter: document, case, appendix, register and Kamerstuk numbers,
 * questions by asker, earlier letters by date (which need the letter's own date for "jl.").
 */
export function findCitations(text: string, letterDate: string | null = null): Citations {
  const flat = text.replace(/\s+/g, ' ');
  const appendix: Citations['appendix'] = [];
  for (const m of flat.matchAll(APPENDIX)) appendix.push({ session: sessionOf(m[1], m[2]), number: m[3], phrase: m[0] });
  for (const m of flat.matchAll(APPENDIX_ID)) appendix.push({ session: `${m[1]}-${m[2]}`, number: m[3], phrase: m[0] });
  const questions: QuestionReference[] = [];
  for (const m of flat.matchAll(QUESTIONS)) {
    questions.push({ askers: m[1], subject: m[2] ?? null, phrase: m[0].trim() });
  }
  const answerNumbers: string[] = [];
  for (const m of flat.matchAll(ANSWER_NUMBERS)) answerNumbers.push(...numbersIn(m[1]));
  return {
    documentNumbers: unique((flat.match(DOCUMENT_NUMBER) ?? []).map((n) => n.toUpperCase())),
    caseNumbers: unique((flat.match(CASE_NUMBER) ?? []).map((n) => n.toUpperCase())),
    appendix,
    registerNumbers: unique((flat.match(REGISTER_NUMBER) ?? []).map((n) => n.toUpperCase())),
    questions,
    answerNumbers: unique(answerNumbers),
    kamerstukken: kamerstukCitations(flat),
    datedLetters: datedLetterCitations(flat, letterDate),
  };
}

/** "5 en 6" → ["5", "6"]: the answer numbers a commitment sits under. */
export function answerNumbersOf(label: string | null): string[] {
  return label ? numbersIn(label) : [];
}

/** Surnames of the askers of the source as they appear in a letter: "Van Toorenburg" → "toorenburg". */
export function askersCited(sourceAskers: string[], citedAskers: string): string[] {
  const cited = fold(citedAskers);
  return sourceAskers.filter((asker) => {
    const surname = fold(asker).split(' ').pop() ?? '';
    return surname.length >= 2 && new RegExp(`(?<![a-z])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`).test(cited);
  });
}

/** The askers of written questions, from the opening of the answer ("Vragen van de leden Kuik, Rog en Van Toorenburg (allen CDA) aan …"). */
export function askersOf(head: string): string[] {
  const m = /Vragen van (?:het lid|de leden) (.{2,400}?) aan (?:de|het) /.exec(head.replace(/\s+/g, ' '));
  if (!m) return [];
  return m[1]
    .replace(/\([^)]*\)/g, ',')
    .split(/,| en /)
    .map((name) => name.trim())
    .filter((name) => name.length > 1 && /^[A-ZÀ-Þ'’]/.test(name));
}

/** "3349" or "ah-tk-20192020-3349" → "3349". */
export function appendixNumberOf(stored: string | null): string | null {
  if (!stored) return null;
  const m = /(\d{1,5})$/.exec(stored.trim());
  return m ? m[1] : null;
}
