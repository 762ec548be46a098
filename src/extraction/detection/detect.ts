import type { CommitmentKind } from '../types';
import {
  CONDITIONAL_START, FUTURE_AUX, GENERIC, GOV_PRONOUN, GOV_SUBJECT_START, IN_DOCUMENT, KAMER, LEGISLATION, NOW,
  NOW_ANYWHERE, PAST_MAIN, RECURRING, REPORT_NOUN, REPORT_VERB, testOnce, THIRD_PARTY_PRONOUN, word,
} from './lexicon';

export interface Detection {
  kind: CommitmentKind;
  confidence: number;
  rule: string;
  /** the sentence names who will act: 'cabinet', another minister (text), or the answering office */
  actor: 'self' | 'cabinet' | { mention: string };
  /** where in the sentence the promise is made (the auxiliary or verb the rule matched) */
  at?: number;
}

export interface DetectContext {
  /** there is a dated or vague time phrase in the sentence (computed lazily: it is the costly part) */
  hasTimePhrase: () => boolean;
  /** the time phrase points forward (not "op 14 augustus") */
  hasForwardTime: () => boolean;
}

const AUX_WORD = /(?<![\p{L}])(?:zal|zullen|zult|ga|gaat|gaan)(?![\p{L}])/u;

interface Token {
  w: string;
  at: number;
}

// a letter or digit: ASCII, or any character from U+00C0 up that is not a symbol or punctuation block
const isWordStart = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ||
  (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xfe00 && c <= 0xfe0f));

/** Words of a lowercased sentence: a letter or digit, then letters, digits, apostrophes and hyphens. */
function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (!isWordStart(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (!isWordStart(c) && c !== 39 && c !== 0x2019 && c !== 45) break;
    }
    out.push({ w: s.slice(i, j), at: i });
    i = j;
  }
  return out;
}

// Clause boundaries: a future auxiliary belongs to the clause after the last one of these.
const CLAUSE_BOUNDARY = /[,;:(]| (?:dat|die|wat|welke|omdat|zodat|waarna|waarbij|waarmee|waarin|maar|want|en|terwijl|nadat|zodra|voordat|zoals) /g;

function clauseStart(s: string, pos: number): number {
  let start = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(s); m && m.index < pos; m = CLAUSE_BOUNDARY.exec(s)) start = m.index + m[0].length;
  return start;
}

const OTHER_MINISTER = /^(?:de |het )?(minister(?:-president)?|staatssecretaris)(?: (?:van|voor) ([\p{L} ,-]{2,60}?))?(?= (?:zal|zullen|gaat|gaan|wil|is|zet|streeft|verwacht)(?![\p{L}]))/u;

function actorOf(subject: string): Detection['actor'] {
  if (/^(?:het )?kabinet|^de regering/.test(subject)) return 'cabinet';
  const om = OTHER_MINISTER.exec(subject);
  if (om) return { mention: subject.slice(0, om[0].length).replace(/^(?:de|het) /, '') };
  return 'self';
}

const TITLE_TAIL = /^(?:-president)?(?: (?:van|voor) [\p{L}, -]{2,80})?\s*$/u;

function ministerBefore(s: string, at: number): string | null {
  const from = Math.max(0, at - 100);
  const window = s.slice(from, at);
  const i = Math.max(window.lastIndexOf('minister'), window.lastIndexOf('staatssecretaris'));
  if (i < 0) return null;
  const det = /(?:^|[,;:(] |(?:^|\s)(?:dat|die|en|maar|want|ook) )de $/.test(window.slice(Math.max(0, i - 12), i)) || (from + i === 3 && s.startsWith('de '));
  if (!det) return null;
  const tail = window.slice(i).replace(/^(?:minister|staatssecretaris)/, '');
  if (!TITLE_TAIL.test(tail)) return null;
  return window.slice(i).trim().replace(/,$/, '');
}

interface AuxHit {
  actor: Detection['actor'];
  passive: boolean;
  at: number;
}

/** Finds a finite future auxiliary whose subject is the government, or a passive with no actor. */
function governmentFuture(s: string, toks: Token[]): AuxHit | null {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k].w;
    if (!FUTURE_AUX.has(t)) continue;
    if (k > 0 && toks[k - 1].w === 'te') continue; // "te zullen", "te gaan doen"
    const next = toks[k + 1]?.w ?? '';
    const next2 = toks[k + 2]?.w ?? '';
    const afterAux = s.slice(toks[k].at);
    // "ga ik ervan uit", "ga ik in op", "ga ik akkoord"; also with an aside between commas ("Ik ga, gelet hierop, ervan uit")
    if ((t === 'ga' || t === 'gaan' || t === 'gaat') && /^(?:ga|gaan|gaat) (?:ik |wij |we )?(?:er ?van ?uit|ervanuit|vanuit|uit|in op|akkoord|over tot het|na)(?![\p{L}])/u.test(afterAux)) continue;
    if ((t === 'ga' || t === 'gaan' || t === 'gaat') && /^(?:ga|gaan|gaat)(?: ik| wij| we)?, [^,.]{1,60}, (?:er ?van ?uit|ervanuit|akkoord)(?![\p{L}])/u.test(afterAux)) continue;
    if (/^(?:zal|zullen|zult|ga|gaan|gaat) (?:(?:ik|wij|we|het kabinet) )?(?:niet|geen|nooit)(?![\p{L}])/u.test(afterAux)) continue;
    // inverted subject: "zal ik", "zal het kabinet", "zal de Minister van OCW"
    if (GOV_PRONOUN.has(next)) return { actor: 'self', passive: false, at: toks[k].at };
    if ((next === 'het' && next2 === 'kabinet') || (next === 'de' && next2 === 'regering')) return { actor: 'cabinet', passive: false, at: toks[k].at };
    if (next === 'de' && /^(?:minister|staatssecretaris)/.test(next2)) {
      const rest = s.slice(toks[k + 1].at);
      const m = /^de ((?:minister(?:-president)?|staatssecretaris)(?: (?:van|voor) [\p{L}-]+(?: (?:en )?[\p{L}-]+){0,3})?)/u.exec(rest);
      return { actor: { mention: m ? m[1] : next2 }, passive: false, at: toks[k].at };
    }
    // "De Minister van Onderwijs, Cultuur en Wetenschap zal": a title whose commas are not clause ends
    const title = ministerBefore(s, toks[k].at);
    if (title) return { actor: { mention: title }, passive: false, at: toks[k].at };
    // subject before the auxiliary
    const cs = clauseStart(s, toks[k].at);
    const subject = s.slice(cs, toks[k].at).trim();
    if (subject && GOV_SUBJECT_START.test(subject)) return { actor: actorOf(`${subject} ${t}`), passive: false, at: toks[k].at };
    // "Het kabinet heeft … en zal …": a coordinated clause shares the subject of the sentence
    if (!subject && / (?:en|maar) $/.test(s.slice(Math.max(0, cs - 6), cs)) && GOV_SUBJECT_START.test(s)) {
      return { actor: actorOf(s.slice(0, cs)), passive: false, at: toks[k].at };
    }
    // a passive with no named actor: "Beantwoording zal zo spoedig mogelijk plaatsvinden"
    if (/^(?:zal|zullen|zult)(?![\p{L}])/u.test(afterAux)) {
      const window = afterAux.slice(0, 220).split(/,| (?:dat|die|om|omdat|zodat|waardoor|wat|als|indien) /)[0];
      // "Op vrijdag zal de Intercity worden opgestart": an inverted subject other than the Kamer or a time span
      const invertedThing = /^(?:de|het|een|deze|dit|die)$/.test(next) && subject !== '' &&
        !/^(?:de |het )?(?:uw |de )?(?:tweede )?kamer|^de (?:komende|eerstvolgende|volgende)/.test(afterAux.replace(/^(?:zal|zullen|zult) /, ''));
      if (invertedThing) continue;
      if (/(?<![\p{L}])(?:worden|plaatsvinden|plaats vinden)(?![\p{L}])/u.test(window) && !THIRD_PARTY_PRONOUN.test(subject) && !/ door (?:de|het|een) /.test(window)) {
        return { actor: 'self', passive: true, at: toks[k].at };
      }
      // "die u … zult ontvangen"
      if (t === 'zult' && /(?<![\p{L}])u(?![\p{L}])/u.test(s.slice(Math.max(0, toks[k].at - 80), toks[k].at + 80))) {
        return { actor: 'self', passive: true, at: toks[k].at };
      }
    }
  }
  return null;
}

const EXPECT = word('ik verwacht|verwacht ik|we verwachten|wij verwachten|verwachten we|verwachten wij|het kabinet verwacht|verwacht het kabinet');
const STRIVE = word('streef|streeft|streven') ;
const STRIVE_SUBJECT = word('ik streef|streef ik|wij streven|we streven|streven wij|streven we|het kabinet streeft|streeft het kabinet|de regering streeft');
const INTEND = word('ik ben voornemens|ben ik voornemens|ik voornemens ben|het kabinet is voornemens|is het kabinet voornemens|het kabinet voornemens is|wij zijn voornemens|zijn wij voornemens|wij voornemens zijn|ik ben van plan|ben ik van plan|ik van plan ben|het kabinet is van plan|is het kabinet van plan|het kabinet van plan is');
const PROMISE = word('ik zeg (?:u |uw kamer |de kamer )?toe|zeg ik (?:u |uw kamer |de kamer )?(?:[\\p{L}]+ ){0,3}toe|ik zeg hierbij toe');
const COME_BACK = /(?<![\p{L}])(?:kom ik|ik kom|komen wij|wij komen|we komen|komt het kabinet|het kabinet komt)(?: [\p{L}\d.,-]+){0,12}? (?:terug|op terug)(?![\p{L}])/u;
const COMMIT_SELF = word('zet (?:ik mij|ik me|het kabinet zich|wij ons|we ons) in om|(?:ik zet mij|ik zet me|het kabinet zet zich|wij zetten ons) (?:er ?voor )?in om|zet zich in om');
// The formulas of a postponement or a planning letter: "U kunt de brief uiterlijk in mei tegemoet zien",
// "Begin april kom ik met een beleidsbrief", "Ik stel voor uw Kamer uiterlijk 21 juni te berichten",
// "Onze planning is om de opzet medio april naar de Kamer te sturen"
const AWAIT = /(?<![\p{L}])(?:(?:u|uw kamer|de kamer) (?:kunt|kan|mag)|(?:kunt|kan|mag) (?:u|uw kamer|de kamer))(?![\p{L}])[^.;]{0,120}? tegemoet (?:zien|te zien)(?![\p{L}])/u;
const COME_WITH = /(?<![\p{L}])(?:kom ik|ik kom|komen wij|wij komen|we komen|komt het kabinet|het kabinet komt)(?: [\p{L}\d.,-]+){0,8}? met (?:een|de|het|mijn|onze)(?![\p{L}])/u;
const PROPOSE = word('ik stel (?:u |uw kamer )?voor|stel ik (?:u |uw kamer )?voor|wij stellen (?:u |uw kamer )?voor|we stellen (?:u |uw kamer )?voor');
// "Met de uitwerking wil ik in het najaar bij u terugkomen": coming back, in the infinitive
const COME_BACK_LATER = /(?<![\p{L}])(?:(?:wil|zal|ga) ik|ik (?:wil|zal|ga)|(?:willen|zullen|gaan) (?:wij|we)|(?:wij|we) (?:willen|zullen|gaan)|het kabinet (?:wil|zal|gaat)|(?:wil|zal|gaat) het kabinet)(?: [\p{L}\d.,-]+){0,12}? (?:terugkomen|terug te komen)(?![\p{L}])/u;
// "U zult deze informatie voor de zomer ontvangen": the Kamer as the one who receives
const WILL_RECEIVE = /(?<![\p{L}])(?:(?:u|uw kamer|de kamer) (?:zult|zal)|(?:zult|zal) (?:u|uw kamer|de kamer))(?![\p{L}])[^.;]{0,120}? (?:ontvangen|krijgen|toegestuurd krijgen|tegemoet zien)(?![\p{L}])/u;
const PLANNING = word('(?:onze|mijn|de) planning is (?:nu |thans |erop gericht )?(?:om|dat)');
const HAVE_DONE = word('laat ik|ik laat|laten wij|wij laten|we laten|laat het kabinet|het kabinet laat');
const RESEARCH_VERB = word('onderzoeken|uitzoeken|nagaan|bezien|verkennen|uitwerken|in kaart brengen|inventariseren|evalueren|uitvoeren|opstellen');
const WANT = word('wil ik|ik wil|willen wij|wij willen|we willen');
const TAKE_ALONG = word('wordt meegenomen|worden meegenomen|neem ik (?:[\\p{L}]+ ){0,6}mee|ik neem (?:[\\p{L}]+ ){0,6}mee|zal (?:[\\p{L}]+ ){0,8}meenemen|wordt betrokken bij|worden betrokken bij');
/** Present tense with future meaning when a time phrase follows: "Ik informeer u voor de zomer". */
const PRESENT_REPORT = word(
  'informeer ik|ik informeer|stuur ik|ik stuur|zend ik|ik zend|bied ik|ik bied|rapporteer ik|ik rapporteer|bericht ik|ik bericht|presenteer ik|ik presenteer|publiceer ik|ik publiceer|ontvangt u|ontvangt uw kamer|uw kamer ontvangt|ontvangt de kamer|de kamer ontvangt|u ontvangt|informeren wij|wij informeren|we informeren|sturen wij|wij sturen|volgt|ontvangt u van mij|krijgt uw kamer|krijgt u',
);
const PRESENT_REPORT_HINT = /informe|stuur|zend|bied|rapporte|bericht|ontvang|volgt|krijgt|sturen|presenteer|publiceer/;
/** Without a date, a present-tense report still looks ahead when it names a cadence or a coming debate: "Uw Kamer ontvangt elk kwartaal …". */
const EVENT_AHEAD = word(
  '(?:voor|vóór|voorafgaand aan|bij|rond) (?:de|het) (?:begrotingsbehandeling|behandeling van de begroting|commissiedebat|debat over|algemeen overleg|wetgevingsoverleg|notaoverleg|voorjaarsnota|miljoenennota)',
);
/** Passive report with the Kamer as receiver: "Uw Kamer wordt … geïnformeerd", "wordt u … toegezonden". */
const PASSIVE_AUX = word('wordt|worden|zal worden|zullen worden');
const REPORT_PARTICIPLE = word(
  'geïnformeerd|geinformeerd|ingelicht|toegezonden|toegestuurd|gestuurd|verstuurd|verzonden|gezonden|nagezonden|nagestuurd|aangeboden|voorgelegd|bericht|gerapporteerd|op de hoogte gesteld|op de hoogte gehouden|gemeld|aangeleverd|toegekomen',
);

const SENDING_VERB = word('sturen|toesturen|toezenden|doen toekomen|doen komen|rapporteren|informeren|inlichten');

// "zal ik nader ingaan op …", "zal worden ingegaan op …": what a coming document will address, for the Kamer to read
const ADDRESS = word('ingaan op|ingegaan op|in te gaan op|(?:ga|gaat|gaan) (?:\\S+ ){0,4}in op');

// "De overige vragen zal ik in mijn eerste termijn beantwoorden": answering the Kamer's questions later
const QUESTIONS = word('vraag|vragen');
const ANSWER_VERB = word('beantwoorden|beantwoord|beantwoording|ingaan|in te gaan');
// "Hierop zal ik reageren in mijn eerste termijn": a reply in the debate, to the Kamer
const IN_THE_DEBATE = word('(?:in|tijdens) (?:mijn|de) (?:eerste |tweede )?termijn');
const REPLY = word('reageren|reageer|terugkomen');

function isReport(s: string): boolean {
  if (s.includes(' op') && s.includes('in') && ADDRESS.test(s)) return true;
  if (s.includes('vra') && QUESTIONS.test(s) && ANSWER_VERB.test(s)) return true;
  if (s.includes('termijn') && IN_THE_DEBATE.test(s) && (ANSWER_VERB.test(s) || REPLY.test(s))) return true;
  if (LEGISLATION.test(s) && !/(?<![\p{L}])(?:informeren|geïnformeerd|informeer)(?![\p{L}])/u.test(s)) return false;
  if (testOnce(REPORT_VERB, s) && testOnce(KAMER, s)) return true;
  if (SENDING_VERB.test(s)) return true;
  if (COME_BACK.test(s)) return true;
  if (testOnce(REPORT_NOUN, s)) return true;
  return false;
}

/** Whether `s` ends in "?" once closing quotes, brackets and spaces are skipped (a loop: /[…]+$/ retries at every position). */
export function endsWithQuestionMark(s: string, bracket: boolean): boolean {
  let i = s.length - 1;
  for (; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 0xbb || c === 34 || c === 0x2019 || c === 0x201d || c === 41 || (bracket && c === 93) || c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) continue;
    break;
  }
  return i >= 0 && s.charCodeAt(i) === 63;
}

/**
 * Decides whether one cleaned, lowercased answer sentence is a commitment of the government.
 * Returns null for questions, past acts, the letter doing it now, generic duties and the like.
 */
export function detectCommitment(s: string, ctx: DetectContext): Detection | null {
  if (endsWithQuestionMark(s, true)) return null;
  const fut = AUX_WORD.test(s) ? governmentFuture(s, tokenize(s)) : null;
  if (!fut && NOW.test(s)) return null;

  let reportMemo: boolean | undefined;
  const isReportSentence = () => (reportMemo ??= isReport(s));
  const candidates = ruleCandidates(s, ctx, fut, isReportSentence);

  if (candidates.length === 0) return null;
  // exclusions are only worth computing once something looks like a promise
  if (testOnce(GENERIC, s) || testOnce(IN_DOCUMENT, s)) return null;
  candidates.sort((a, b) => b.conf - a.conf);
  const best = candidates[0];

  if (reportsEarlierPromise(s, best, fut !== null)) return null;

  let confidence = best.conf;
  if (CONDITIONAL_START.test(s)) confidence *= 0.55;
  if (/(?<![\p{L}])zodra(?![\p{L}])/u.test(s)) confidence *= 0.85;
  if (testOnce(NOW_ANYWHERE, s) && !fut) confidence *= 0.6;
  const kind: CommitmentKind = best.forceKind ?? (isReportSentence() ? 'report' : 'action');
  return { kind, confidence: Math.round(confidence * 100) / 100, rule: best.rule, actor: best.actor, at: best.at };
}

interface RuleCandidate {
  conf: number;
  rule: string;
  at: number;
  actor: Detection['actor'];
  forceKind?: CommitmentKind;
}

/** Every rule that finds promise wording in the sentence, with its confidence; the strongest wins. */
function ruleCandidates(s: string, ctx: DetectContext, fut: ReturnType<typeof governmentFuture>, isReportSentence: () => boolean): RuleCandidate[] {
  const candidates: RuleCandidate[] = [];

  if (fut) {
    const base = fut.passive ? 0.6 : 0.85;
    candidates.push({ conf: base, rule: fut.passive ? 'passive-future' : 'future', at: fut.at, actor: fut.actor });
  }
  const passive = s.includes('word') ? PASSIVE_AUX.exec(s) : null;
  if (passive && REPORT_PARTICIPLE.test(s) && testOnce(KAMER, s) && !LEGISLATION.test(s)) {
    candidates.push({ conf: 0.85, rule: 'passive-kamer', at: passive.index, actor: 'self', forceKind: 'report' });
  }
  const present = PRESENT_REPORT_HINT.test(s) ? PRESENT_REPORT.exec(s) : null;
  if (present && (ctx.hasForwardTime() || RECURRING.test(s) || EVENT_AHEAD.test(s)) && !testOnce(NOW_ANYWHERE, s)) {
    const isVolgt = present[0] === 'volgt';
    if (!isVolgt || testOnce(KAMER, s)) candidates.push({ conf: 0.8, rule: 'present-with-time', at: present.index, actor: 'self', forceKind: 'report' });
  }
  const expect = s.includes('verwacht') ? EXPECT.exec(s) : null;
  if (expect && / te (?:[\p{L}]+ )?(?:kunnen |doen )?[\p{L}]+en(?![\p{L}])/u.test(s.slice(expect.index)) && !/verwacht(?:en)? (?:ik |wij |we )?dat (?!ik|wij|we)/u.test(s)) {
    candidates.push({ conf: isReportSentence() ? 0.8 : 0.55, rule: 'expectation', at: expect.index, actor: /kabinet/.test(expect[0]) ? 'cabinet' : 'self' });
  }
  const strive = !s.includes('stre') ? null : STRIVE_SUBJECT.exec(s) ?? (STRIVE.test(s) && /kabinet|regering/.test(s) ? STRIVE.exec(s) : null);
  if (strive) {
    const firm = /uiterlijk|in ieder geval|in elk geval/.test(s);
    candidates.push({ conf: isReportSentence() || firm ? 0.75 : 0.45, rule: 'strive', at: strive.index, actor: /kabinet|regering/.test(s.slice(0, strive.index + 40)) ? 'cabinet' : 'self' });
  }
  const intend = s.includes('voornemens') || s.includes('van plan') ? INTEND.exec(s) : null;
  if (intend) candidates.push({ conf: isReportSentence() || ctx.hasTimePhrase() ? 0.75 : 0.55, rule: 'intention', at: intend.index, actor: /kabinet/.test(intend[0]) ? 'cabinet' : 'self' });
  const promise = s.includes('zeg') ? PROMISE.exec(s) : null;
  if (promise) candidates.push({ conf: 0.9, rule: 'promise', at: promise.index, actor: 'self' });
  const back = s.includes('terug') ? COME_BACK.exec(s) : null;
  if (back) candidates.push({ conf: 0.85, rule: 'come-back', at: back.index, actor: /kabinet/.test(back[0]) ? 'cabinet' : 'self', forceKind: 'report' });
  const commitSelf = s.includes(' in om') ? COMMIT_SELF.exec(s) : null;
  if (commitSelf) candidates.push({ conf: ctx.hasTimePhrase() ? 0.6 : 0.45, rule: 'commit-self', at: commitSelf.index, actor: /kabinet|zich/.test(commitSelf[0]) ? 'cabinet' : 'self' });
  const awaits = s.includes('tegemoet') ? AWAIT.exec(s) : null;
  if (awaits) candidates.push({ conf: 0.8, rule: 'await', at: awaits.index, actor: 'self', forceKind: 'report' });
  const comeWith = s.includes(' met ') ? COME_WITH.exec(s) : null;
  if (comeWith && REPORT_NOUN.test(s.slice(comeWith.index))) candidates.push({ conf: 0.75, rule: 'come-with', at: comeWith.index, actor: /kabinet/.test(comeWith[0]) ? 'cabinet' : 'self', forceKind: 'report' });
  const later = s.includes('terug') ? COME_BACK_LATER.exec(s) : null;
  if (later) candidates.push({ conf: 0.8, rule: 'come-back', at: later.index, actor: /kabinet/.test(later[0]) ? 'cabinet' : 'self', forceKind: 'report' });
  const receive = s.includes('zal') || s.includes('zult') ? WILL_RECEIVE.exec(s) : null;
  if (receive) candidates.push({ conf: 0.8, rule: 'will-receive', at: receive.index, actor: 'self', forceKind: 'report' });
  const plan = s.includes('stel') || s.includes('planning') ? PROPOSE.exec(s) ?? PLANNING.exec(s) : null;
  if (plan && (REPORT_VERB.test(s.slice(plan.index)) || SENDING_VERB.test(s.slice(plan.index)))) {
    candidates.push({ conf: 0.75, rule: 'plan-to-report', at: plan.index, actor: 'self', forceKind: 'report' });
  }
  const have = s.includes('laat') || s.includes('laten') ? HAVE_DONE.exec(s) : null;
  if (have && RESEARCH_VERB.test(s.slice(have.index)) && !/(?:laat|laten) (?:ik |wij |we )?(?:mij|me|ons|zich)(?![\p{L}])/u.test(s)) {
    candidates.push({ conf: 0.7, rule: 'have-done', at: have.index, actor: 'self' });
  }
  const want = s.includes('wil') ? WANT.exec(s) : null;
  if (want && RESEARCH_VERB.test(s.slice(want.index))) candidates.push({ conf: 0.55, rule: 'want-research', at: want.index, actor: 'self', forceKind: 'action' });
  const along = s.includes('mee') || s.includes('betrokken') ? TAKE_ALONG.exec(s) : null;
  if (along) candidates.push({ conf: 0.6, rule: 'take-along', at: along.index, actor: 'self' });
  return candidates;
}

/** "In mijn brief van … heb ik toegezegd dat ik … zal": a promise reported, not made. */
function reportsEarlierPromise(s: string, best: RuleCandidate, future: boolean): boolean {
  const past = PAST_MAIN.exec(s);
  if (past && past.index < best.at) {
    const between = s.slice(past.index, best.at);
    const zoals = /zoals(?: [\p{L}]+){0,3} $/u.test(s.slice(Math.max(0, past.index - 30), past.index));
    if (!zoals && / (?:dat|te|om|die|wat|welke|waarin|waarover) /.test(` ${between} `)) return true;
    if (!zoals && best.rule !== 'future' && best.rule !== 'passive-kamer' && best.rule !== 'present-with-time') return true;
  }
  if (!future && past && best.rule === 'passive-kamer' && /(?<![\p{L}])(?:is|zijn|werd|werden|heeft|hebben)(?![\p{L}])/u.test(s) && !/(?<![\p{L}])(?:wordt|worden)(?![\p{L}])/u.test(s)) return true;
  return false;
}
