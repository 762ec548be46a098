import type { DocumentHeader, DocumentKind, Office } from '../types';
import { parseDutchDate } from './dutch-date';
import { kamerstukInHeader } from './kamerstuk';
import { makeOffice, normaliseMinistry, officesIn } from './offices';

const HEAD_CHARS = 6000;

const ANSWERED_BY =
  /\b(Antwoord|Mededeling) van (?:de )?(Minister-President|[Mm]inister|[Ss]taatssecretaris) ([^()]{2,80}?) ?\(([^()]{2,120})\)(.{0,300}?)\((?:ontvangen|ingezonden) ([^)]{6,30})\)/;
const ANSWERED_BY_SHORT = /\b(Antwoord|Mededeling) van (?:de )?(Minister-President|[Mm]inister|[Ss]taatssecretaris) ([^()]{2,80}?) ?\(([^()]{2,120})\)/;
const LETTER_FROM = /BRIEF VAN DE (MINISTER-PRESIDENT|MINISTER|STAATSSECRETARIS)(?: (VAN|VOOR) ([A-ZÀ-Þ ,.-]{3,90}?))?(?=\s*(?:Aan |Den Haag|\n|$)|\s+[A-Z][a-z])/;
const SIGNATURE = /\b(?:De|de) (Minister-President|[Mm]inister|[Ss]taatssecretaris) (van|voor) ([A-ZÀ-Þ][\p{L} ,-]{2,80}?),\s*((?:[A-Z]\. ?){0,5}[A-Z][\p{L}'’. -]{1,60}?)(?:\n|$| {2}|Ondertekenaars)/u;
const OK_ANSWERED_BY = /Beantwoord door ([^()\n]{2,60}?) \((minister|staatssecretaris)(?:-president)? ([^()\n]{2,120})\)/i;
const QUESTIONS_BY = /Vragen van (?:het lid|de leden) (.{2,400}?) aan (?:de|het) /;
const OK_ASKERS = /Indieners ([^\n]{2,400})/;
const TITLE_OVER = / over (.{3,400}?) \(ingezonden/;
const DEN_HAAG = /Den Haag, (\d{1,2} \p{L}+ \d{4})/u;
const RECEIVED = /\(ontvangen (\d{1,2} \p{L}+ \d{4})\)/u;
const OK_ANSWERED_ON = /Beantwoord (\d{1,2} \p{L}+ \d{4})/u;
const DOCUMENT_NUMBER = /\b(20\d\d)D(\d{4,6})\b/;
const CASE_NUMBER = /\b(?:19|20)\d\dZ\d{5}\b/;
const APPENDIX_ID = /\bah-tk-(\d{8})-(\d{1,5})\b/;
const APPENDIX_LINE = /regering gegeven antwoorden\s+(\d{1,5})\b/;
const SESSION = /[Vv]ergaderjaar ?(\d{4}) ?[–/-] ?(\d{4})/;
const MEDE_NAMENS = /[Mm]ede namens (.{5,300}?)(?:\(ontvangen|\. |, bied|, dat|\n\n|$)/;

// Same result as replacing every /\s+/ run by one space, but single spaces (nearly all of them) are not matches.
const FOLD = /\s{2,}|[^\S ]/g;

function fold(s: string): string {
  return s.replace(FOLD, ' ');
}

/** re.exec(s), skipped when s holds none of the literals every match contains: most headers lack most of these lines. */
function execIf(re: RegExp, s: string, ...literals: string[]): RegExpExecArray | null {
  return literals.some((l) => s.includes(l)) ? re.exec(s) : null;
}

function splitNames(raw: string): string[] {
  return raw
    .replace(/\([^)]*\)/g, ',')
    .split(/,| en /)
    .map((n) => n.trim())
    .filter((n) => n.length > 1 && /^[A-ZÀ-Þ'’]/.test(n));
}

export interface HeaderResult {
  header: DocumentHeader;
  /** where the body (after letterhead, date line or answer line) starts */
  bodyStart: number;
}

export function parseHeader(text: string, received?: string): HeaderResult {
  // the header ends before the first question; look a little further, never past HEAD_CHARS
  const firstQuestion = text.indexOf('Vraag 1');
  const raw = text.slice(0, firstQuestion > 0 ? Math.min(HEAD_CHARS, firstQuestion + 2000) : HEAD_CHARS);
  const head = fold(raw);
  const author = authorOf(head);
  let { kind } = author;
  const date = author.date ?? datedIn(head);
  const office = roleAsWritten(withSignature(author.office, text), head);
  const coSigners = author.coSigners.length > 0 ? author.coSigners : coSignersIn(head);
  const qb = execIf(QUESTIONS_BY, head, 'Vragen van ');
  const askers = askersIn(qb, raw);
  if (kind === 'unknown' && qb) kind = 'questions';
  if (kind === 'answer' && /\bMededeling\s*\n/.test(raw) && !/\bAntwoord \d/.test(text)) kind = 'postponement';
  const title = titleOf(head, raw);
  if (kind === 'letter' && title && /\b[Uu]itstel\b/.test(title)) kind = 'postponement';

  const receivedDate = received ?? date;
  return {
    header: {
      kind,
      ...identitiesOf(text, head, kind),
      received: receivedDate ?? null,
      date: date ?? receivedDate ?? null,
      title,
      askers,
      office: office && office.ministry ? { ...office, ministry: normaliseMinistry(office.ministry) } : office,
      coSigners,
    },
    bodyStart: bodyStartOf(raw),
  };
}

interface Author {
  kind: DocumentKind;
  office: Office | null;
  coSigners: Office[];
  date: string | null;
}

/** Who answers or writes, and the kind that follows from how the header says so. */
function authorOf(head: string): Author {
  const author: Author = { kind: 'unknown', office: null, coSigners: [], date: null };
  const ans = head.includes('Antwoord van ') || head.includes('Mededeling van ') ? ANSWERED_BY.exec(head) ?? ANSWERED_BY_SHORT.exec(head) : null;
  if (ans) {
    author.kind = ans[1] === 'Mededeling' ? 'postponement' : 'answer';
    author.office = makeOffice(ans[2], ans[4], ans[3].trim());
    const rest = ans[5] ?? '';
    if (/mede namens/i.test(rest)) author.coSigners = officesIn(rest);
    if (ans[6]) author.date = parseDutchDate(ans[6]);
  }
  const ok = /beantwoord door /i.test(head) ? OK_ANSWERED_BY.exec(head) : null;
  if (!author.office && ok) {
    author.kind = 'answer';
    author.office = makeOffice(ok[2], ok[3], ok[1].trim());
    const on = execIf(OK_ANSWERED_ON, head, 'Beantwoord ');
    author.date = author.date ?? (on ? parseDutchDate(on[1]) : null);
  }
  if (!author.office || author.kind === 'unknown') {
    const lf = execIf(LETTER_FROM, head, 'BRIEF VAN DE ');
    if (lf || execIf(DEN_HAAG, head, 'Den Haag, ')) {
      author.kind = 'letter';
      if (lf) author.office = makeOffice(lf[1], lf[3] ? lf[3].trim() : null, null, lf[2]);
    }
  }
  return author;
}

/** "Den Haag, 1 september 2020", else "(ontvangen …)". */
function datedIn(head: string): string | null {
  const dh = execIf(DEN_HAAG, head, 'Den Haag, ');
  if (dh) return parseDutchDate(dh[1]);
  const r = execIf(RECEIVED, head, '(ontvangen ');
  return r ? parseDutchDate(r[1]) : null;
}

/** The signature names the person: "De Minister van Binnenlandse Zaken en Koninkrijksrelaties,\nJ.J.M. Uitermark". */
function withSignature(office: Office | null, text: string): Office | null {
  const tail = text.length > 4000 ? text.slice(-4000) : text;
  const sig = execIf(SIGNATURE, tail, 'inister', 'taatssecretaris');
  if (!sig) return office;
  const sigOffice = makeOffice(sig[1], sig[3], sig[4].trim(), sig[2]);
  if (!office) return sigOffice;
  if (!office.name && sigOffice.ministry && office.ministry && sigOffice.ministry.toLowerCase() === office.ministry.toLowerCase()) {
    return { ...office, name: sigOffice.name };
  }
  if (!office.name && !office.ministry) return sigOffice;
  return office;
}

function coSignersIn(head: string): Office[] {
  const mn = execIf(MEDE_NAMENS, head, 'ede namens ');
  return mn ? officesIn(mn[1]) : [];
}

function askersIn(questionsBy: RegExpExecArray | null, raw: string): string[] {
  if (questionsBy) return splitNames(questionsBy[1]);
  const oa = execIf(OK_ASKERS, raw, 'Indieners ');
  return oa ? splitNames(oa[1]) : [];
}

function titleOf(head: string, raw: string): string | null {
  const t = execIf(TITLE_OVER, head, ' (ingezonden');
  if (t) return t[1].replace(/^het bericht /, '').trim();
  const br = execIf(/Brief regering ?: ?([^\n]{3,300})/, raw, 'Brief regering');
  if (br) return br[1].trim();
  const kv = execIf(/Kamervraag \d{4}Z\d{5}\s*\n+([^\n]{3,300})/, raw, 'Kamervraag ');
  if (kv) return kv[1].trim();
  const dossier = /(?:^|\n)\d{2} \d{3}(?: [A-Z]+)? ([^\n]{3,200})\n/.exec(raw);
  return dossier ? dossier[1].trim() : null;
}

type Identities = Pick<DocumentHeader, 'documentNumber' | 'appendixNumber' | 'sessionYear' | 'caseNumber' | 'kamerstuk'>;

/** The numbers a document is known by: TK document number, Aanhangsel number and session, case, Kamerstuk. */
function identitiesOf(text: string, head: string, kind: DocumentKind): Identities {
  // numbers hold no spaces: read them from the unfolded first HEAD_CHARS, which may run past the header
  const full = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  const dn = DOCUMENT_NUMBER.exec(full);
  // a case number in an answer usually refers to other questions; only the header (or a notice) names its own
  const firstHeading = /(?:^|\s)(?:• )?(?:Vraag|Vragen)\s+\d/.exec(full);
  const cn = CASE_NUMBER.exec(firstHeading && kind !== 'postponement' ? full.slice(0, firstHeading.index) : full);
  const ap = execIf(APPENDIX_ID, text.length > 20000 ? text.slice(0, 20000) : text, 'ah-tk-');
  const apLine = execIf(APPENDIX_LINE, head, 'regering gegeven antwoorden');
  const ss = execIf(SESSION, head, 'ergaderjaar');
  return {
    documentNumber: dn ? dn[0] : null,
    appendixNumber: ap ? ap[0] : apLine ? apLine[1] : null,
    sessionYear: ss ? `${ss[1]}-${ss[2]}` : ap ? `${ap[1].slice(0, 4)}-${ap[1].slice(4)}` : null,
    caseNumber: cn ? cn[0] : null,
    kamerstuk: kind === 'answer' || kind === 'questions' ? null : kamerstukInHeader(full),
  };
}

const ADDRESSEE_VOOR = /\baan de Minister voor ([A-ZÀ-Þ][\p{L} ,-]{2,80}?)(?= over | \(|\n|,? en (?:de|aan) |$)/u;

/**
 * A Minister without a department keeps the role as the header writes it: "Minister voor Medische
 * Zorg" when the header says so, not a portfolio guessed from a list; and questions put to "de
 * Minister voor X", answered under the department's name, are answered by the Minister voor X.
 */
function roleAsWritten(office: Office | null, head: string): Office | null {
  if (!office || !office.ministry || !/^Minister (?:van|voor) /.test(office.role)) return office;
  if (office.role.startsWith('Minister van ') && !/minister voor /i.test(head)) return office;
  const lower = head.toLowerCase();
  const m = office.ministry.toLowerCase();
  const voor = lower.includes(`minister voor ${m}`);
  const van = lower.includes(`minister van ${m}`);
  if (voor && !van) return { ...office, role: `Minister voor ${office.ministry}` };
  if (van && !voor) return { ...office, role: `Minister van ${office.ministry}` };
  if (!voor && !van && office.role.startsWith('Minister van ')) {
    const to = execIf(ADDRESSEE_VOOR, head, 'aan de Minister voor ');
    // one addressee, a Minister voor …, answering under the department's name
    if (to && !/\baan de (?:Minister|Staatssecretaris)[^.]{0,200}\ben (?:de|aan de) (?:Minister|Staatssecretaris)/.test(head)) {
      return { ...office, role: `Minister voor ${to[1].trim()}` };
    }
  }
  return office;
}

function bodyStartOf(raw: string): number {
  const dh = execIf(/Den Haag, \d{1,2} \p{L}+ \d{4}[^\n]*\n?/u, raw, 'Den Haag, ');
  if (dh) return dh.index + dh[0].length;
  const aan = execIf(/Aan de Voorzitter van de Tweede Kamer[^\n]*\n?/, raw, 'Aan de Voorzitter van de Tweede Kamer');
  if (aan) return aan.index + aan[0].length;
  return 0;
}
