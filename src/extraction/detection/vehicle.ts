import { findTimePhrases } from '../deadlines/phrases';
import { cadenceOf, startsFrequency } from './frequency';

// The named letter, report or moment through which the Kamer will hear.
//
// The vehicle is a noun phrase: a document noun ("brief", "kabinetsreactie", "wetsvoorstel") with
// the adjectives before it and its complement after it: proper-name words ("Wetsvoorstel Herziening
// Zorgverzekeringswet"), a title in «…», a parenthetical "(NPLG)", and prepositional phrases ("over de
// wachttijden in de jeugdzorg", "op het advies van …", "met daarin …"). The complement ends at a clause boundary: a
// comma, a finite or auxiliary verb, a relative pronoun, the Kamer as receiver, or a time phrase.
// A prepositional phrase moved behind the verb ("een brief sturen over …") is taken back to its noun.
// A bare definite mention ("het wetsvoorstel", "de toegezegde brief", "een reactie op dit advies")
// is resolved to the fullest earlier mention of the same noun in the text before the sentence.

// a token ending in one of these (compounds: "voortgangsbrief", "kabinetsreactie"); anchored at the end only, which is fast;
// "antwoorden" only as a whole word ("beantwoorden" is the verb)
const NOUN = /(?:brief|brieven|rapportage|rapportages|rapport|nota|verslag|reactie|monitor|begroting|notitie|overzicht|voortgangsbericht|halfjaarbericht|wetsvoorstel|regeerprogramma|roadmap|jaarverslag|jaarplan|actieplan|beantwoording|^antwoorden|evaluatie|kabinetsstandpunt|kabinetsappreciatie|appreciatie|informatie)$|^stand$/i;
// compounds only: "werkagenda", "transitieplan" are documents; "de agenda", "van plan" are not
const COMPOUND_NOUN = /^[\p{L}-]{3,}(?:agenda|plan|fiche)$|^(?:fiche|fiches)$/iu;
// a capitalised programme, plan or strategy inside a sentence is a named document: "het Programma Versnelling …"
const NAMED_NOUN = /^(?:Programma|Plan|Agenda|Strategie|Visie|Actieplan|Werkagenda)$/u;
// research is a vehicle when it is sent or commissioned ("laat ik vervolgonderzoek uitvoeren")
const RESEARCH_NOUN = /(?:onderzoek|inventarisatie|verkenning|studie|analyse)$/i;
const COMMISSION = /(?<![\p{L}])(?:laat|laten|liet)(?![\p{L}])[^.;]{0,120}(?<![\p{L}])(?:uitvoeren|doen|verrichten|opstellen|maken)(?![\p{L}])/iu;
// "zoals aangekondigd in de hoofdlijnenbrief": a document that already exists, not the one promised
const MENTIONED = /^(?:aangekondigd|genoemd|vermeld|beschreven|aangegeven|opgenomen|gemeld|toegelicht|uiteengezet)$/i;
// Things that become a vehicle only when they are what is sent ("Ik zal u de resultaten toesturen").
const SENT_NOUN = /^(?:resultaten|uitkomsten|adviezen|advies|gegevens|cijfers|stukken|documenten|onderzoeksresultaten)$/i;
const SEND_VERB =
  /(?<![\p{L}])(?:stuur|stuurt|sturen|gestuurd|toesturen|toegestuurd|zend|zendt|zenden|toezenden|toegezonden|gezonden|nagezonden|nasturen|nagestuurd|verzenden|verzonden|verstuur|verstuurt|verstuurd|versturen|toekomen|voorleggen|voorgelegd|aanbieden|aangeboden|bied|biedt|deel|deelt|delen|gedeeld|ontvangt|ontvangen)(?![\p{L}])/iu;
const DETERMINER = /^(?:de|het|een|mijn|onze|deze|dit|die|zijn|haar|uw)$/i;
const DEFINITE = /^(?:de|het|deze|dit|die|diezelfde|dezelfde|hetzelfde)$/i;
const ANCHOR = /^(?:in|via|bij|middels)$/i;
const STOP = new Set([
  'aan', 'naar', 'die', 'dat', 'wat', 'welke', 'waar', 'waarin', 'waarmee', 'waarover', 'waarbij', 'waarop', 'zal', 'zullen', 'zult', 'wordt',
  'worden', 'werd', 'werden', 'is', 'zijn', 'was', 'waren', 'te', 'om', 'nader', 'ook', 'ik', 'u', 'uw', 'hierover', 'daarover',
  'hier', 'daar', 'er', 'voor', 'vóór', 'eind', 'begin', 'medio', 'uiterlijk', 'binnenkort', 'zo', 'in', 'bij', 'kan', 'kunnen',
  'wil', 'tevens', 'nog', 'al', 'reeds', 'vervolgens', 'wanneer', 'als', 'zodra', 'na', 'rond', 'dit', 'deze', 'volgt', 'informeren',
  'informeer', 'geïnformeerd', 'sturen', 'stuur', 'gestuurd', 'verstuurd', 'toegezonden', 'toesturen', 'aangeboden', 'aanbieden',
  'voorgelegd', 'ontvangen', 'ontvangt', 'doen', 'toekomen', 'komen', 'verschijnt', 'gaat', 'gaan', 'ga', 'mee', 'meenemen',
  'betrekken', 'zodat', 'omdat', 'dan', 'wij', 'we', 'hierop', 'daarop', 'meer', 'kost', 'heeft', 'hebben', 'heb', 'moet',
  'moeten', 'blijkt', 'vergt', 'komt', 'rapporteren', 'rapporteer', 'rapporteert', 'indienen', 'toelichten', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'uiteraard',
  'graag', 'apart', 'relevant', 'niet', 'geen', 'hierbij', 'daarbij', 'daarnaast', 'bovendien', 'verder', 'eerst', 'vandaag',
  'morgen', 'gisteren', 'zojuist', 'inmiddels', 'momenteel', 'thans', 'nu', 'dan', 'wel', 'zeker', 'spoedig', 'kort', 'direct',
  'mogelijk', 'verwacht', 'verwachten', 'hoop', 'kunt', 'mag', 'mogen', 'jl', 'a.s', 'hiervan', 'daarvan', 'binnen', 'dermate',
  'zeer', 'erg', 'heel', 'onverwijld', 'ommegaande', 'tijdig', 'snel', 'alsnog', 'opnieuw', 'eveneens', 'echter', 'dus', 'daarom',
  'wellicht', 'tegelijkertijd', 'tegelijk', 'gelijktijdig', 'separaat', 'mede', 'namens', 'hiermee', 'daarmee', 'hierin', 'vooral',
  'ten', 'ter', 'zoals', 'dus', 'want', 'maar', 'terwijl', 'voordat', 'nadat', 'zal', 'wel', 'gereed', 'klaar',
  'voorafgaand', 'voorafgaande', 'voorafgaandelijk', 'tijdens', 'gedurende', 'sinds', 'vanaf', 'daarna', 'hierna', 'later', 'uitvoeren', 'verrichten', 'opstellen', 'laten', 'uitgevoerd', 'verricht', 'opgesteld',
]);
// adjectives that point back at an earlier mention rather than describe the document
const REFERRING = /^(?:toegezegde|gevraagde|genoemde|bedoelde|betreffende|aangekondigde|voornoemde?|voorgenoemde?|eerdergenoemde?|bovengenoemde?|vermelde)$/i;
// a predicative or adverbial form right after the noun ends the phrase ("de vragen technisch", "de brief schriftelijk")
const ADVERBIAL = /^\p{Ll}[\p{L}]*(?:lijk|isch|baar|ig|end)$/u;
// words that may follow a preposition although they stop a phrase elsewhere
const AFTER_PREPOSITION = new Set(['die', 'dit', 'deze', 'uw', 'zijn']);
const PREPOSITION = new Set([
  'van', 'op', 'over', 'inzake', 'betreffende', 'omtrent', 'met', 'tot', 'tegen', 'voor', 'rond', 'aangaande', 'naar', 'onder', 'door',
  'uit', 'bij', 'om', 'per', 'tussen', 'zonder', 'inclusief', 'vanuit', 'richting', 'achter', 'boven', 'naast', 'langs', 'via', 'in',
  'aan', 'na', 'ter', 'ten', 'jegens', 'conform', 'volgens',
]);
// a past participle ends the phrase ("gesprekken gevoerd over …"), unless it introduces a name
const PARTICIPLE = /^ge\p{Ll}{2,}[dt]$/u;
const NOT_PARTICIPLE = /(?:heid|ied|icht|eit|ucht|oort|rond|and)$|^(?:getiteld|genaamd|geheten)$/;
// prepositions that can introduce the complement of a document noun after the verb ("een brief sturen over …")
const EXTRAPOSED = new Set(['over', 'inzake', 'betreffende', 'omtrent', 'aangaande', 'met']);
const VERB_CLUSTER = /^(?:te|kunnen|willen|zullen|worden|gaan|doen|laten|komen|toekomen|sturen|zenden|toesturen|toezenden|versturen|verzenden|aanbieden|voorleggen|delen|geven|uitbrengen|publiceren|verschijnen|gestuurd|verstuurd|gezonden|verzonden|toegezonden|toegestuurd|aangeboden|voorgelegd|gedeeld|gepubliceerd|uitgebracht)$/i;
const ADJECTIVE = /^(?:[\p{L}-]+(?:e|de|te)|voornoemd|voorgenoemd|eerdergenoemd|bovengenoemd|eerstvolgende|volgende|nieuwe|aparte|separate|halfjaarlijkse|jaarlijkse|toegezegde|gevraagde|aanvullende|\d{1,4})$/u;
const TRAILING = /^(?:van|op|over|met|en|of|de|het|een|inzake|betreffende|omtrent|daarin|tegen|tot|voor|uw|die|dit|deze|zijn|aangaande|naar)$/i;
const MONTH = /^(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)$/i;

interface Tok {
  w: string;
  lw: string;
  start: number;
  end: number;
}
const TOKEN = /[\p{L}\d][\p{L}\d'’/–.-]*[\p{L}\d]|[\p{L}\d]|[,.;:()«»?!]/gu;

function tokens(s: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) out.push({ w: m[0], lw: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

const isPunct = (w: string) => w.length === 1 && ',.;:()«»?!'.includes(w);

interface Phrase {
  /** first token of the phrase (after the determiner) */
  first: number;
  /** determiner token or -1 */
  det: number;
  head: number;
  /** last token of the phrase proper */
  last: number;
  /** a complement moved behind the verb: [from, to] token indices, or null */
  moved: [number, number] | null;
}

/** The closing bracket that matches toks[open], within `max` tokens, or -1. */
function closing(toks: Tok[], open: number, closeWith: string, max: number): number {
  let depth = 0;
  for (let k = open; k < toks.length && k - open <= max; k++) {
    if (toks[k].w === toks[open].w && k !== open && toks[open].w !== closeWith) depth++;
    else if (toks[k].w === closeWith) {
      if (depth === 0) return k;
      depth--;
    } else if (toks[k].w === '.' && toks[k + 1] && /^\p{Lu}/u.test(toks[k + 1].w)) return -1;
  }
  return -1;
}

/**
 * The last token of the complement that starts at `from` (the token after the noun or after an
 * extraposed preposition's noun); `from - 1` when there is none. `stopAt` holds offsets where a time
 * phrase starts.
 */
function complementEnd(toks: Tok[], from: number, stopAt: ReadonlySet<number>): number {
  let last = from - 1;
  let inPP = from > 0 && PREPOSITION.has(toks[from - 1].lw);
  for (let j = from; j < toks.length && j - from < 40; j++) {
    const t = toks[j];
    if (stopAt.has(t.start)) break;
    if (t.w === '(') {
      const c = closing(toks, j, ')', 40);
      // "(NPLG)", "(Kamerstuk 36 100, nr. 4)", "(Verzoek commissie …)": a name or reference; a long aside in lower case is not
      if (c < 0 || (c - j > 12 && !/^[\p{Lu}\d«]/u.test(toks[j + 1].w))) break;
      last = c;
      j = c;
      continue;
    }
    if (t.w === '«') {
      const c = closing(toks, j, '»', 25);
      if (c < 0) break;
      last = c;
      j = c;
      continue;
    }
    const prev = j > from ? toks[j - 1].lw : '';
    // the stop of "motie Jansen c.s." is not the end of the phrase
    if (t.w === '.' && (prev === 'c.s' || prev === 'e.a') && toks[j + 1] && !/^\p{Lu}/u.test(toks[j + 1].w)) continue;
    if (isPunct(t.w)) break;
    // "twee keer per jaar", "elk kwartaal": how often, not part of the name
    if (startsFrequency(toks, j)) break;
    // "het rapport voorzien van een reactie": a verb, not part of the name
    if (t.lw === 'voorzien' && toks[j + 1]?.lw === 'van') break;
    const lw = t.lw;
    if (ADVERBIAL.test(t.w) && !PREPOSITION.has(prev) && !DETERMINER.test(prev)) {
      const n = toks[j + 1];
      if (!n || isPunct(n.w) || n.lw === 'en' || n.lw === 'of' || PREPOSITION.has(n.lw) || STOP.has(n.lw) || DETERMINER.test(n.w)) break;
    }
    if (PARTICIPLE.test(t.w) && !NOT_PARTICIPLE.test(lw) && !PREPOSITION.has(prev) && !DETERMINER.test(prev)) break;
    // a word that takes an object is a verb: "de kwartaalrapportage geeft een overzicht"
    if (!PREPOSITION.has(lw) && lw !== 'en' && lw !== 'of' && !/^(?:daarin|waarin|hierin)$/.test(lw) && /^\p{Ll}/u.test(t.w) && /^(?:een|de|het)$/i.test(toks[j + 1]?.w ?? '')) break;
    // a finite verb before its subject: "… over de bankenbelasting heb ik ontvangen"
    if (/^(?:ik|wij|we|hij|zij)$/.test(toks[j + 1]?.lw ?? '')) break;
    // "met uw Kamer delen", "aan de Kamer": the receiver, never part of the name
    if (PREPOSITION.has(lw) && /^(?:uw|de|tweede)$/.test(toks[j + 1]?.lw ?? '') && /^kamer$/i.test(toks[j + 2]?.w ?? '')) break;
    if (STOP.has(lw)) {
      const afterPrep = PREPOSITION.has(prev) && AFTER_PREPOSITION.has(lw);
      // "commissie voor Infrastructuur", "Raad voor het Openbaar Bestuur": a name, not a deadline
      const n1 = toks[j + 1];
      const named = (lw === 'voor' || lw === 'van') && n1 && (/^\p{Lu}/u.test(n1.w) || (DETERMINER.test(n1.w) && /^\p{Lu}/u.test(toks[j + 2]?.w ?? '')));
      // "over de wachtlijsten in de jeugdzorg", "de gevolgen voor de landbouw": a place or domain inside a complement
      const inner = (lw === 'in' || lw === 'voor') && inPP && n1 && (DETERMINER.test(n1.w) || /^\p{Lu}/u.test(n1.w));
      // "onderzoek naar de wachttijden", "naar aanleiding van de motie": a subject, not a receiver ("naar uw Kamer")
      const about = lw === 'naar' && n1 && !/^(?:u|uw|verwachting|voren|buiten|mijn|ons)$/.test(n1.lw) && !/^kamer$/i.test(toks[j + 2]?.w ?? '') && !/^kamer$/i.test(toks[j + 3]?.w ?? '');
      if (!afterPrep && !named && !inner && !about) break;
    }
    if (PREPOSITION.has(lw)) inPP = true;
    // "op 13 september", "van 7 maart": a date, not a complement
    // ("op 17 en 18 november": two days of one month)
    const days = toks[j + 2]?.lw === 'en' && /^\d/.test(toks[j + 3]?.w ?? '') ? 2 : 0;
    if ((lw === 'op' || lw === 'per' || lw === 'tot' || lw === 'van' || lw === 'd.d') && /^\d/.test(toks[j + 1]?.w ?? '') && (MONTH.test(toks[j + 2 + days]?.w ?? '') || /^\d{1,2}[-/]/.test(toks[j + 1].w))) break;
    // coordination: "en de appreciatie" goes on only when another document follows; "en hierbij …" stops
    if (lw === 'en' || lw === 'of') {
      const n1 = toks[j + 1];
      if (!n1 || isPunct(n1.w) || STOP.has(n1.lw) && !AFTER_PREPOSITION.has(n1.lw)) break;
      if (DETERMINER.test(n1.w)) {
        let ok = false;
        for (let k = j + 2; k < toks.length && k <= j + 4; k++) if (NOUN.test(toks[k].w) || SENT_NOUN.test(toks[k].w)) ok = true;
        if (!ok) break;
      }
    }
    last = j;
  }
  while (last >= from && TRAILING.test(toks[last].w)) last--;
  return last;
}

function phraseAt(toks: Tok[], i: number, stopAt: ReadonlySet<number>, allowMoved: boolean): Phrase {
  let first = i;
  while (first > 0 && i - first < 3 && ADJECTIVE.test(toks[first - 1].w) && !DETERMINER.test(toks[first - 1].w)) first--;
  const det = first > 0 && DETERMINER.test(toks[first - 1].w) ? first - 1 : -1;
  const last = Math.max(i, complementEnd(toks, i + 1, stopAt));
  let moved: [number, number] | null = null;
  if (allowMoved) {
    // "een brief te doen komen met de reactie op uw verzoek": the complement follows the verbs
    let k = last + 1;
    let verbs = 0;
    while (k < toks.length && verbs < 4 && VERB_CLUSTER.test(toks[k].w)) {
      k++;
      verbs++;
    }
    const p = toks[k];
    const kamer = toks[k + 2] && /^kamer$/i.test(toks[k + 2].w);
    if (verbs > 0 && p && EXTRAPOSED.has(p.lw) && !kamer) {
      const end = complementEnd(toks, k + 1, stopAt);
      if (end > k) moved = [k, end];
    }
  }
  return { first, det, head: i, last, moved };
}

function textOf(s: string, toks: Tok[], p: Phrase, from = p.first): string {
  let out = s.slice(toks[from].start, toks[p.last].end);
  if (p.moved) out += ' ' + s.slice(toks[p.moved[0]].start, toks[p.moved[1]].end);
  return out;
}

/** "de brief van 13 september", "in mijn brief": a letter already sent, not a vehicle. */
function pastLetter(toks: Tok[], i: number, det: number, anchored: boolean): boolean {
  const n1 = toks[i + 1]?.lw ?? '';
  if ((n1 === 'van' || n1 === 'd.d') && /^\d/.test(toks[i + 2]?.w ?? '')) return true;
  return det >= 0 && /^(?:mijn|deze|dit)$/i.test(toks[det].w) && /brief/i.test(toks[i].w) && !anchored;
}

function isVehicleNoun(toks: Tok[], i: number, sending: boolean, commissioned = false): boolean {
  const t = toks[i];
  if (COMPOUND_NOUN.test(t.w) && toks[i - 1]?.lw !== 'van') return true;
  if (NAMED_NOUN.test(t.w) && i > 0 && /^\p{Lu}/u.test(toks[i + 1]?.w ?? '')) return true;
  if ((sending || commissioned) && RESEARCH_NOUN.test(t.w)) return true;
  if (NOUN.test(t.w)) {
    if (t.lw === 'stand' && toks[i + 1]?.w !== 'van') return false;
    // "informeren over de stand van zaken": what the Kamer hears about, not through what
    if (t.lw === 'stand' && toks[i - 1]?.lw === 'de' && toks[i - 2]?.lw === 'over') return false;
    // bare "informatie" is too vague to follow; "de aanvullende / ontbrekende informatie" names something
    if (t.lw === 'informatie' && !(ADJECTIVE.test(toks[i - 1]?.w ?? '') && !/^\d/.test(toks[i - 1]?.w ?? ''))) return false;
    return true;
  }
  return sending && SENT_NOUN.test(t.w);
}

// "de behandeling van de begroting", "het debat over de nota": a debate about a document, not a document promised
const DEBATE = /^(?:behandeling|bespreking|debat|commissiedebat|overleg|notaoverleg|wetgevingsoverleg)$/i;

function debated(toks: Tok[], p: Phrase): boolean {
  const lead = p.det >= 0 ? p.det : p.first;
  const prep = toks[lead - 1]?.lw;
  if (prep !== 'van' && prep !== 'over') return false;
  // "de behandeling in uw Kamer van de begroting": a few words may stand between
  for (let k = lead - 2; k >= 0 && lead - k <= 6; k--) {
    if (isPunct(toks[k].w)) return false;
    if (DEBATE.test(toks[k].w)) return true;
  }
  return false;
}

export interface VehicleContext {
  /** cleaned text before the sentence (same document), or a function that makes it (only called when needed); used to resolve "het wetsvoorstel", "dit advies" */
  before?: string | (() => string);
  /** offsets in the sentence where a time phrase starts; a complement never runs into one */
  timeStarts?: number[];
}

interface Antecedents {
  s: string;
  lower: string;
}

function antecedentsOf(s: string): Antecedents {
  return { s, lower: s.toLowerCase() };
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;

/** Tokens and time-phrase starts of a window of `s` (the date is irrelevant to where a time phrase starts). */
function windowAt(s: string, lower: string, at: number): { w: string; toks: Tok[]; stopAt: Set<number>; offset: number } {
  let from = Math.max(0, at - 80);
  while (from > 0 && from < at && lower.charCodeAt(from - 1) !== 32) from++;
  const to = Math.min(s.length, at + 600);
  const w = s.slice(from, to);
  // time phrases only matter after the noun
  const stopAt = new Set(findTimePhrases(lower.slice(at, to), '2000-01-01').map((p) => p.index + at - from));
  return { w, toks: tokens(w), stopAt, offset: from };
}

const NEXT_WORD = /[ \t]*([\p{L}\d][\p{L}\d'’/–.-]*|[^\s])/uy;

/** A mention followed by a word that ends every phrase ("het wetsvoorstel is …", "de brief.") needs no closer look. */
function endsBare(lower: string, end: number): boolean {
  NEXT_WORD.lastIndex = end;
  const m = NEXT_WORD.exec(lower);
  if (!m) return true;
  const w = m[1];
  if (w === '(' || w === '«') return false;
  if (w.length === 1 && isPunct(w)) return true;
  return STOP.has(w) && !VERB_CLUSTER.test(w) && w !== 'voor' && w !== 'van' && w !== 'in' && w !== 'naar';
}

// "BRIEF VAN DE MINISTER VAN …", "Brief van de staatssecretaris van …": the document's own title
const AUTHOR_AFTER = /^ van de (?:minister|staatssecretaris)(?![\p{L}])/u;

/** Whether the mention at `at` is a title: in capitals, or the letter of the minister itself. */
function ownTitle(ctx: Antecedents, at: number, word: string): boolean {
  const original = ctx.s.slice(at, at + word.length);
  return (original === original.toUpperCase() && original !== original.toLowerCase()) || AUTHOR_AFTER.test(ctx.lower.slice(at + word.length, at + word.length + 40));
}

/** The fullest earlier mention of `word` that carries a complement, as text from its determiner or first word. */
function antecedent(ctx: Antecedents | null, word: string, withDeterminer: boolean, modifiers: string[] = []): string | null {
  if (!ctx) return null;
  // only the windows around actual occurrences are tokenised: most contexts hold none
  for (let at = ctx.lower.lastIndexOf(word); at >= 0; at = at > 0 ? ctx.lower.lastIndexOf(word, at - 1) : -1) {
    if ((at > 0 && isWordChar(ctx.lower.charCodeAt(at - 1))) || isWordChar(ctx.lower.charCodeAt(at + word.length))) continue;
    if (endsBare(ctx.lower, at + word.length)) continue;
    if (ownTitle(ctx, at, word)) continue;
    const { w, toks, stopAt, offset } = windowAt(ctx.s, ctx.lower, at);
    const k = toks.findIndex((t) => t.start === at - offset);
    if (k < 0) continue;
    const p = phraseAt(toks, k, stopAt, true);
    if (p.last === k && !p.moved) continue;
    // "de 47 vragen" is not "de vragen van vorig jaar": the earlier mention carries the same modifiers
    if (modifiers.some((m) => !toks.slice(p.first, k).some((t) => t.lw === m))) continue;
    if (pastLetter(toks, k, p.det, false)) continue;
    const from = withDeterminer && p.det >= 0 ? (/^(?:deze|dit|die)$/i.test(toks[p.det].w) ? -1 : p.det) : p.first;
    if (from < 0) {
      const txt = textOf(w, toks, p, p.first);
      return (toks[p.det].lw === 'dit' ? 'het ' : 'de ') + txt;
    }
    const txt = textOf(w, toks, p, from);
    return from === p.det ? toks[p.det].lw + txt.slice(toks[p.det].w.length) : txt;
  }
  return null;
}

// a state the document will be in ("het vastgestelde actieplan", "de definitieve evaluatie"): not a modifier that
// tells it apart from the earlier mention, as "de 47 vragen" is
const STATE = /^(?:vastgestelde|definitieve|uiteindelijke|herziene|aangepaste|geactualiseerde|uitgewerkte|volledige|afgeronde|ondertekende)$/i;

function modifiersOf(toks: Tok[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) if (!REFERRING.test(toks[k].w) && !STATE.test(toks[k].w)) out.push(toks[k].lw);
  return out;
}

/** Resolves a bare definite phrase, or a bare definite noun at the end of its complement, against earlier mentions. */
function resolve(s: string, toks: Tok[], p: Phrase, context: () => Antecedents | null): string {
  const plain = textOf(s, toks, p);
  // only a bare phrase, a coordination or a complement ending in a definite noun needs the text before
  const endsDefinite = p.last > p.head && toks.slice(Math.max(p.head + 1, p.last - 4), p.last).some((t) => DEFINITE.test(t.w));
  if (p.last !== p.head && !endsDefinite && !/^(?:en|of)$/.test(toks[p.head + 1]?.lw ?? '')) return plain;
  const ctx = context();
  if (!ctx) return plain;
  if (p.last === p.head) {
    // "de toegezegde brief", "het wetsvoorstel", and "een brief" after "Bent u bereid een brief te sturen over …?"
    const referring = p.det >= 0 ? DEFINITE.test(toks[p.det].w) || toks[p.det].lw === 'een' : REFERRING.test(toks[p.first].w);
    if (!referring) return plain;
    const ante = antecedent(ctx, toks[p.head].lw, false, modifiersOf(toks, p.first, p.head));
    if (!ante) return plain;
    return p.moved ? `${ante} ${s.slice(toks[p.moved[0]].start, toks[p.moved[1]].end)}` : ante;
  }
  if (p.moved) return plain;
  // "de resultaten en de appreciatie": resolve the first document, keep the second
  const conj = toks[p.head + 1]?.lw;
  if ((conj === 'en' || conj === 'of') && p.det >= 0 && DEFINITE.test(toks[p.det].w)) {
    const ante = antecedent(ctx, toks[p.head].lw, false, modifiersOf(toks, p.first, p.head));
    return ante ? `${ante} ${s.slice(toks[p.head + 1].start, toks[p.last].end)}` : plain;
  }
  // "kabinetsreactie op dit advies", "antwoorden op de 47 vragen"
  const end = p.last;
  let d = end - 1;
  while (d > p.head && end - d <= 3 && !DETERMINER.test(toks[d].w)) d--;
  if (d <= p.head || !DEFINITE.test(toks[d].w) || !PREPOSITION.has(toks[d - 1]?.lw ?? '')) return plain;
  for (let k = d + 1; k < end; k++) if (!ADJECTIVE.test(toks[k].w)) return plain;
  const ante = antecedent(ctx, toks[end].lw, true, modifiersOf(toks, d + 1, end));
  if (!ante) return plain;
  const prefix = s.slice(toks[p.first].start, toks[d - 1].end);
  return `${prefix} ${/^(?:de|het) /i.test(ante) ? ante : (toks[d].lw === 'dit' || toks[d].lw === 'het' ? 'het ' : 'de ') + ante}`;
}

/** "de adviezen voorzien van een (bestuurlijke) reactie": the reaction is one to the object of "voorzien". */
function reactionTo(s: string, toks: Tok[], p: Phrase): string | null {
  if (p.last !== p.head || p.moved || !/(?:reactie|appreciatie|standpunt)$/.test(toks[p.head].lw)) return null;
  const lead = p.det >= 0 ? p.det : p.first;
  if (toks[lead - 1]?.lw !== 'van' || toks[lead - 2]?.lw !== 'voorzien') return null;
  const v = lead - 2;
  for (let d = v - 1; d >= 0 && v - d <= 8; d--) {
    if (isPunct(toks[d].w)) return null;
    // the object of "voorzien", not a noun inside its complement ("het advies van de Raad")
    if (!DEFINITE.test(toks[d].w) || PREPOSITION.has(toks[d - 1]?.lw ?? '')) continue;
    let e = d + 1;
    while (e < v && ADJECTIVE.test(toks[e].w)) e++;
    if (e >= v || STOP.has(toks[e].lw)) return null;
    const object = (/^(?:deze|dit|die)$/i.test(toks[d].w) ? (toks[d].lw === 'dit' ? 'het' : 'de') : toks[d].lw) + ' ' + s.slice(toks[d + 1].start, toks[e].end);
    return `${s.slice(toks[p.first].start, toks[p.head].end)} op ${object}`;
  }
  return null;
}

// a cheap test before tokenising: every vehicle noun contains one of these
const VEHICLE_HINT = /brie|rapport|nota|verslag|reactie|monitor|begroting|notitie|overzicht|bericht|wetsvoorstel|programma|roadmap|plan|beantwoording|antwoorden|evaluatie|standpunt|appreciatie|informatie|stand|agenda|fiche|strategie|visie/i;
const SENT_HINT = /resultaten|uitkomsten|advie|gegevens|cijfers|stukken|documenten|onderzoek|inventarisatie|verkenning|studie|analyse/i;

/** The vehicle named in a (cleaned, original-case) sentence, or null. */
export function findVehicle(sentence: string, context: VehicleContext = {}): string | null {
  const sending = SEND_VERB.test(sentence);
  const commissioned = COMMISSION.test(sentence);
  if (!VEHICLE_HINT.test(sentence) && !((sending || commissioned) && SENT_HINT.test(sentence))) return null;
  const toks = tokens(sentence);
  const stopAt = new Set(context.timeStarts ?? []);
  let ctx: Antecedents | null | undefined;
  const getCtx = () => {
    if (ctx === undefined) {
      const b = typeof context.before === 'function' ? context.before() : context.before;
      ctx = b ? antecedentsOf(b) : null;
    }
    return ctx;
  };
  let fallback: string | null = null;
  for (let i = 0; i < toks.length; i++) {
    if (!isVehicleNoun(toks, i, sending, commissioned)) continue;
    const p = phraseAt(toks, i, stopAt, true);
    const anchor = p.det >= 0 ? (p.det > 0 ? toks[p.det - 1].lw : '') : p.first > 0 ? toks[p.first - 1].lw : '';
    const anchored = ANCHOR.test(anchor) || (anchor === 'van' && toks[(p.det >= 0 ? p.det : p.first) - 2]?.lw === 'middel');
    if (pastLetter(toks, i, p.det, anchored)) continue;
    if (anchored && MENTIONED.test(toks[(p.det >= 0 ? p.det : p.first) - 2]?.w ?? '')) continue;
    if (debated(toks, p)) continue;
    if (anchored) return resolve(sentence, toks, p, getCtx);
    // "het rapport voorzien van een reactie": the reaction is the document, whatever noun came first
    const reaction = reactionTo(sentence, toks, p);
    if (reaction) return reaction;
    if (fallback === null) fallback = resolve(sentence, toks, p, getCtx);
    // a coordinated document is part of this phrase: skip past it
    if (p.last > i) i = p.last;
  }
  return fallback;
}

const REPORT_VERB = /^(?:rapporteren|rapporteer|rapporteert|rapporteren)$/i;

/**
 * "Ik zal u over de voortgang van X rapporteren": the verb names the report. Gives "rapportage over X",
 * or the compound "voortgangsrapportage van X" for the progress of X.
 */
export function reportByVerb(sentence: string, context: VehicleContext = {}): string | null {
  if (!/rapporte/i.test(sentence)) return null;
  const toks = tokens(sentence);
  if (!toks.some((t) => REPORT_VERB.test(t.w))) return null;
  const stopAt = new Set(context.timeStarts ?? []);
  // "jaarlijks rapporteren" is a yearly report, "twee keer per jaar" a half-yearly one
  const every = cadenceOf(sentence);
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i].lw !== 'over' || !DETERMINER.test(toks[i + 1].w)) continue;
    const end = complementEnd(toks, i + 1, stopAt);
    if (end <= i + 1) continue;
    if (toks[i + 2].lw === 'voortgang' && toks[i + 3]?.lw === 'van' && end > i + 3) {
      const from = DETERMINER.test(toks[i + 4].w) && end > i + 4 ? i + 5 : i + 4;
      return `${every}voortgangsrapportage ${sentence.slice(toks[from].start, toks[end].end)}`;
    }
    return `${every}rapportage ${sentence.slice(toks[i].start, toks[end].end)}`;
  }
  return null;
}

/**
 * For "We verwachten deze eind oktober te sturen": the document named shortly before. The most
 * recent mention that names its subject wins over a bare one ("de beantwoording").
 */
export function vehicleBefore(before: string, window = 800): string | null {
  const s = before.length > window ? before.slice(before.length - window) : before;
  if (!VEHICLE_HINT.test(s)) return null;
  const toks = tokens(s);
  const stopAt = new Set(findTimePhrases(s.toLowerCase(), '2000-01-01').map((p) => p.index));
  let full: string | null = null;
  let bare: string | null = null;
  for (let k = 0; k < toks.length; k++) {
    if (!isVehicleNoun(toks, k, false)) continue;
    const p = phraseAt(toks, k, stopAt, true);
    if (pastLetter(toks, k, p.det, false)) continue;
    if (p.last > k || p.moved) full = textOf(s, toks, p);
    else bare = textOf(s, toks, p);
    // a document named inside this one's complement is part of it, not a mention of its own
    k = Math.max(k, p.moved ? p.moved[1] : p.last);
  }
  return full ?? bare;
}

// without the unicode flag (much faster); Dutch letters are ASCII or Latin-1
const PRONOUN = /(?:^|[^a-zà-ÿ])(deze|die|dit|hem|ze)(?![a-zà-ÿ])[ ,]*([a-zà-ÿ]*)/g;

/**
 * Whether a lowercased sentence uses "deze/die/dit/hem/ze" on its own, as a pronoun for a document
 * ("We verwachten deze eind oktober te sturen", "Die wordt voor de zomer gestuurd"), not as a
 * determiner ("dit punt").
 */
export function standalonePronoun(lower: string): boolean {
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(lower); m; m = PRONOUN.exec(lower)) {
    const next = m[2];
    if (m[1] === 'hem' || m[1] === 'ze' || !next || STOP.has(next) || /^(?:eind|begin|medio|uiterlijk|volgende|komende|binnen|zo|spoedig|rond|dit|deze)$/.test(next)) return true;
  }
  return false;
}
