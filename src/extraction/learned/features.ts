import { CONDITIONAL_START, GENERIC, IN_DOCUMENT, KAMER, NOW, NOW_ANYWHERE, PAST_MAIN, RECURRING, REPORT_NOUN, REPORT_VERB, testOnce, word } from '../detection/lexicon';
import { testAnchored } from '../detection/anchored-regexp';
import { wordCharAt } from '../text/word-chars';

/** What the rules found about one candidate sentence; the learned layer turns it into features. */
export interface CandidateFacts {
  /** the cleaned, lowercased sentence */
  lower: string;
  /** the rule that matched, or null when no rule did */
  rule: string | null;
  /** the rules' own confidence (0 when no rule matched) */
  ruleConfidence: number;
  ruleKind: 'report' | 'action' | null;
  hasTime: boolean;
  hasForwardTime: boolean;
  /** the first sentence of an answer (where "Ja." answers "Bent u bereid …?") */
  firstInAnswer: boolean;
  /** the sentence sits in a letter or notice rather than a numbered answer */
  inLetter: boolean;
}

/**
 * A cue regex behind a cheap guard: every match contains one of `literals`, so a sentence holding none is
 * not scanned. (Plain word patterns need none: testAnchored looks their anchor words up.)
 */
interface Guarded {
  test(s: string): boolean;
}
function guarded(re: Guarded, literals: string[]): Guarded {
  return {
    test(s: string): boolean {
      for (const l of literals) if (s.includes(l)) return re.test(s);
      return false;
    },
  };
}

// Who acts: the government (ik, wij, het kabinet, a minister) or someone else.
const SELF_SUBJECT = word('ik|wij|we');

// Cues that are one word: looked up per token in one table instead of one regex scan each.
const WORD_CUES: Record<string, string[]> = {
  'subj:self': ['ik', 'wij', 'we'],
  'verb:future': ['zal', 'zullen', 'zult'],
  'verb:go': ['ga', 'gaat', 'gaan'],
  'verb:must': ['moet', 'moeten', 'dient', 'dienen'],
  'verb:can': ['kan', 'kunnen', 'kon', 'konden', 'mogelijk'],
  'verb:want': ['wil', 'willen'],
  neg: ['niet', 'geen', 'nooit', 'noch', 'niets'],
  stay: ['blijf', 'blijft', 'blijven', 'blijvend', 'voortdurend', 'doorlopend', 'continu'],
  ongoing: ['momenteel', 'thans', 'nu', 'inmiddels', 'reeds', 'al', 'bezig'],
  hope: ['hoop', 'hopen', 'hopelijk', 'wens', 'wensen'],
  expect: ['verwacht', 'verwachten', 'voorzie', 'voorzien'],
  strive: ['streef', 'streeft', 'streven', 'beoog', 'beoogt', 'beogen'],
  intend: ['voornemens', 'voornemen'],
  'promise-word': ['toe', 'toezeggen', 'toezegging', 'zeg'],
  'have-done': ['laat', 'laten'],
  research: [
    'onderzoek', 'onderzoeken', 'onderzocht', 'nagaan', 'bezien', 'bekijken', 'kijken', 'verkennen', 'uitwerken', 'inventariseren',
    'evalueren', 'evaluatie', 'verkenning', 'analyse',
  ],
  talk: ['bespreken', 'overleggen', 'overleg', 'gesprek', 'gesprekken', 'contact', 'aankaarten', 'agenderen'],
  decide: ['besluiten', 'besluit', 'beslissen', 'besluitvorming', 'keuze', 'keuzes'],
  perfect: ['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden', 'is', 'zijn', 'was', 'waren', 'werd', 'werden'],
};
const CUES_OF_WORD = new Map<string, string[]>();
for (const [cue, words] of Object.entries(WORD_CUES)) for (const w of words) CUES_OF_WORD.set(w, [...(CUES_OF_WORD.get(w) ?? []), cue]);
const SELF_AFTER_VERB = word('(?:zal|ga|kom|laat|wil|stuur|informeer|verwacht|streef|neem) ik|(?:zullen|gaan|komen|laten|willen|verwachten|streven) (?:wij|we)');
const CABINET = guarded(word('het kabinet|de regering|het ministerie|mijn ministerie|mijn departement'), ['kabinet', 'regering', 'ministerie', 'departement']);
const MINISTER = guarded(word('de minister|de staatssecretaris|de minister-president|de ministers|de bewindspersonen|collega'), ['minister', 'staatssecretaris', 'bewindspersonen', 'collega']);
const OTHERS = word(
  'gemeente|gemeenten|provincie|provincies|waterschap|waterschappen|de politie|het om|openbaar ministerie|rivm|cbs|cpb|de eu|europese commissie|de commissie|europese unie|lidstaten|de nvwa|de ilt|inspectie|toezichthouder|de rechter|rechtbank|het bedrijf|bedrijven|ondernemingen|de sector|partijen|instellingen|scholen|universiteiten|zorgverzekeraars|werkgevers|de uitvoering|uitvoeringsorganisatie|het uwv|de svb|belastingdienst|het college|de raad|adviseur|onderzoekers|de stichting|de autoriteit|de bank|de nederlandsche bank|dnb|afm|acm|het kadaster|rijkswaterstaat|prorail|ns|tennet',
);
const THIRD_PRONOUN = word('hij|zij|ze|men|zij zullen|ze zullen');
const CONDITION_ANY = word('als|indien|wanneer|mocht|mochten|zodra|tenzij|voor zover|afhankelijk van|op voorwaarde');
const ONCE_DONE = guarded(
  word('zodra|nadat|wanneer (?:[\\p{L}]+ ){0,6}(?:is|zijn) (?:afgerond|gereed|bekend|beschikbaar)|na afronding|na (?:de )?afloop|als (?:[\\p{L}]+ ){0,6}(?:is|zijn) (?:afgerond|gereed|bekend|beschikbaar)'),
  ['zodra', 'nadat', 'afgerond', 'gereed', 'bekend', 'beschikbaar', 'afronding', 'afloop'],
);
const ONGOING_PHRASE = word('op dit moment');
const PAST_LETTER = guarded(
  word('in mijn brief|in de brief van|bij brief van|eerder|eerdere|toegezegd|heb toegezegd|aangekondigd|zoals gemeld|zoals aangegeven|zoals toegezegd'),
  ['brief', 'eerder', 'toegezegd', 'aangekondigd', 'zoals '],
);
const PARTICIPLE_END = /(?<![\p{L}])ge[\p{L}]{3,}(?:d|t)(?![\p{L}])/u;
const INTEND_PHRASE = word('van plan');
const COME_BACK = guarded(word('terugkomen|kom terug|komen terug|kom ik|komen wij|komen we|terug'), ['terug', 'kom ik', 'komen w']);
const RESEARCH_PHRASE = word('in kaart brengen');
const TALK_PHRASE = word('in gesprek|onder de aandacht');
const STANCE = word('ervoor waken|erop toezien|zorgen dat|ervoor zorgen|ervan uit|vertrouwen|van mening|van belang|belangrijk|noodzakelijk|wenselijk|steun|steunen|inzetten|inzet');
const SELF_ANNOUNCE = word('hieronder|hierna|in onderstaande|in het antwoord op vraag|bij vraag|zal ik (?:[\\p{L}]+ ){0,3}ingaan|ga ik (?:[\\p{L}]+ ){0,3}in');
const ANNOUNCES = { test: (s: string) => testAnchored(SELF_ANNOUNCE, s) || testOnce(IN_DOCUMENT, s) };
const RECURRING_CUE = guarded(RECURRING, ['jaar', 'maand', 'kwartaal', 'periodiek', 'wekelijks']);
const NOW_ANYWHERE_CUE = { test: (s: string) => testOnce(NOW_ANYWHERE, s) };
const QUESTION_WORDS = word('bent u|wilt u|kunt u|is het kabinet|gaat u|zou u|hoe|waarom|welke');
const YES_START = /^(?:ja|jazeker|zeker|daartoe|hiertoe|dat ben ik|ik ben (?:daartoe |hiertoe )?bereid)(?![\p{L}])/u;
const LEGISLATE = word('wetsvoorstel|wetsvoorstellen|wetgeving|wetswijziging|algemene maatregel van bestuur|amvb|regeling|besluit');
const KAMER_OBJECT = word('uw kamer|de kamer|tweede kamer|de eerste en tweede kamer|u (?:[\\p{L}]+ ){0,4}(?:informeren|toesturen|toezenden|sturen|doen toekomen|berichten|ontvangen)');
const INFORM_KAMER = word('(?:uw|de|tweede) kamer (?:[\\p{L}]+ ){0,8}(?:informeren|geïnformeerd|berichten|toesturen|sturen|toezenden|doen toekomen|rapporteren|inlichten)');

// The Kamer receiving, as subject ("Uw Kamer ontvangt …", "krijgt u elk kwartaal …") or after a sending verb
// ("ingediend bij de Tweede Kamer", "aan uw Kamer aan te bieden": Dutch separable verbs split by "te").
// ASCII patterns (\S+ for a word): V8 runs those without the unicode flag, much faster.
const KAMER_RECEIVES = guarded(word('(?:uw kamer|de kamer|u) (?:ontvangt|krijgt)|(?:ontvangt|krijgt) (?:uw kamer|de kamer|u)'), ['ontvangt', 'krijgt']);
const SENT_LITERALS = [
  'ingediend', 'aangeboden', 'toegezonden', 'toegestuurd', 'gestuurd', 'verstuurd', 'verzonden', 'gezonden', 'voorgelegd', 'indienen',
  'aanbieden', 'sturen', 'zenden', 'voorleggen', ' te ',
];
const KAMER_SENT = guarded(
  word(
    '(?:ingediend|aangeboden|toegezonden|toegestuurd|gestuurd|verstuurd|verzonden|gezonden|voorgelegd|indienen|aanbieden|sturen|zenden|toesturen|toezenden|voorleggen) (?:bij|aan|naar) (?:uw|de|de tweede) kamer' +
      '|(?:aan|naar|bij) (?:uw|de|de tweede) kamer (?:\\S+ ){0,3}(?:aan te bieden|toe te (?:sturen|zenden)|voor te leggen|in te dienen|te (?:sturen|zenden|versturen))',
  ),
  SENT_LITERALS,
);
// the promise is made through a document named as its channel: "in de voortgangsbrief …", "via het BNC-fiche"
const DOC_CHANNEL = guarded(
  word('(?:in|via|bij|middels) (?:de|het|een|mijn|onze) (?:\\S+ ){0,2}\\S*?(?:brief|brieven|rapportage|nota|reactie|fiche|monitor|verslag|notitie|evaluatie|wetsvoorstel|agenda|appreciatie)'),
  ['brie', 'rapportage', 'nota', 'reactie', 'fiche', 'monitor', 'verslag', 'notitie', 'evaluatie', 'wetsvoorstel', 'agenda', 'appreciatie'],
);
// "… heeft een positieve houding en zal daarover …": a future clause coordinated after another one
const COORDINATED_FUTURE = guarded(word('en (?:zal|zullen|ga|gaat|gaan)'), ['en z', 'en ga']);
// the letter doing it now: "stuur ik u …", "ik bied u … aan" without a future or a time ahead
const SEND_NOW = guarded(word('(?:stuur|zend|bied|doe) ik (?:u|uw kamer|de kamer)|ik (?:stuur|zend|bied) (?:u|uw kamer|de kamer)'), ['stuur', 'zend', 'bied', 'doe ik']);
// the Kamer's own request, reported: "Gisteren heeft uw Kamer mij verzocht om een brief …"
const KAMER_ASKED = guarded(
  word('(?:uw|de) kamer (?:heeft )?(?:mij |het kabinet |de regering )?(?:verzocht|gevraagd|verzoekt|vraagt)|heeft uw kamer (?:mij |het kabinet |de regering )?(?:verzocht|gevraagd)'),
  ['verzo', 'vraag', 'gevraagd'],
);
// a promise reported as made before: "In de brief van … heb ik uw Kamer toegezegd …", "zoals het kabinet heeft toegezegd"
const PROMISED_BEFORE = guarded(
  word('(?:heb|heeft|hebben|had|hadden|is|zijn|werd|werden) (?:\\S+ ){0,4}toegezegd'),
  ['toegezegd'],
);
const FUTURE_WORDS = new Set(['zal', 'zullen', 'zult', 'ga', 'gaat', 'gaan']);

const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019;

/**
 * Lowercase word tokens of a sentence; numbers become "#". A token is what /[\p{L}\d]+(?:[-'’][\p{L}\d]+)* /u
 * matches, found in one pass over the characters (the regex was a tenth of the learned layer's time).
 */
export function tokensOf(lower: string): string[] {
  const out: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let k = wordCharAt(lower, i);
    if (k === 0) {
      i++;
      continue;
    }
    const start = i;
    i += k;
    while (i < n) {
      if ((k = wordCharAt(lower, i)) > 0) i += k;
      else if (i + 1 < n && isJoiner(lower.charCodeAt(i)) && (k = wordCharAt(lower, i + 1)) > 0) i += 1 + k;
      else break;
    }
    const first = lower.charCodeAt(start);
    out.push(first >= 48 && first <= 57 ? '#' : lower.slice(start, i));
  }
  return out;
}

/** Cuts a word to a crude stem, so that "informeer", "informeren", "informeert" share one feature. */
const stems = new Map<string, string>();

export function stemOf(token: string): string {
  if (token.length <= 4) return token;
  let st = stems.get(token);
  if (st !== undefined) return st;
  if (stems.size > 100_000) stems.clear();
  st = token.replace(/(?:eren|eert|erde|erden|ingen|ing|en|ert|ers|er|te|ten|de|den|t|e|s)$/u, '').slice(0, 8);
  stems.set(token, st);
  return st;
}

const bucket = (n: number, edges: number[]) => {
  let i = 0;
  while (i < edges.length && n > edges[i]) i++;
  return i;
};

function wordCues(toks: string[], s: string, add: (f: string) => void): void {
  const found = new Set<string>();
  for (const t of toks) {
    const cues = CUES_OF_WORD.get(t);
    if (cues) for (const cue of cues) found.add(cue);
  }
  for (const cue of found) if (cue !== 'perfect') add(cue);
  if (found.has('perfect') && PARTICIPLE_END.test(s)) add('verb:perfect');
  if (!found.has('ongoing') && testAnchored(ONGOING_PHRASE, s)) add('ongoing');
  if (!found.has('intend') && testAnchored(INTEND_PHRASE, s)) add('intend');
  if (!found.has('research') && testAnchored(RESEARCH_PHRASE, s)) add('research');
  if (!found.has('talk') && testAnchored(TALK_PHRASE, s)) add('talk');
}

function grammarFeatures(s: string, toks: string[], add: (f: string) => void): void {
  const head = s.slice(0, 40);
  if (SELF_SUBJECT.test(head)) add('subj:self-early');
  if (testAnchored(SELF_AFTER_VERB, s)) add('subj:self-inverted');
  if (CABINET.test(s)) add('subj:cabinet');
  if (MINISTER.test(s)) add('subj:minister');
  if (testAnchored(OTHERS, s)) add('subj:others');
  if (OTHERS.test(head)) add('subj:others-early');
  if (THIRD_PRONOUN.test(head)) add('subj:third-pronoun');
  wordCues(toks, s, add);
  if (testAnchored(PAST_MAIN, s)) add('verb:past-main');
  if (CONDITIONAL_START.test(s)) add('cond:start');
  else if (testAnchored(CONDITION_ANY, s)) add('cond:inside');
  if (ONCE_DONE.test(s)) add('cond:once-done');
  if (PAST_LETTER.test(s)) add('past-letter');
  if (COME_BACK.test(s)) add('come-back');
  if (testAnchored(STANCE, s)) add('stance');
  if (ANNOUNCES.test(s)) add('self-announce');
  if (testOnce(GENERIC, s)) add('generic');
  if (NOW.test(s) || NOW_ANYWHERE_CUE.test(s)) add('now');
  if (COORDINATED_FUTURE.test(s)) add('future:coordinated');
  if (testAnchored(LEGISLATE, s)) add('legislate');
  if (RECURRING_CUE.test(s)) add('recurring');
}

function reportFeatures(s: string, toks: string[], forwardTime: boolean, add: (f: string) => void): void {
  if (KAMER_RECEIVES.test(s)) add('kamer:receives');
  if (KAMER_SENT.test(s)) add('kamer:sent');
  if (KAMER_ASKED.test(s)) add('kamer:asked');
  if (PROMISED_BEFORE.test(s)) add('promised-before');
  if (DOC_CHANNEL.test(s)) add('doc:channel');
  if (!forwardTime && SEND_NOW.test(s) && !toks.some((t) => FUTURE_WORDS.has(t))) add('now:sending');
  if (testOnce(KAMER, s)) add('kamer');
  if (testAnchored(KAMER_OBJECT, s)) add('kamer:object');
  if (testAnchored(INFORM_KAMER, s)) add('kamer:informed');
  if (testOnce(REPORT_VERB, s)) add('report:verb');
  if (testOnce(REPORT_NOUN, s)) add('report:noun');
}

/** Receives the features of a sentence as they are found: cue features by name, words and word pairs by stem. */
export interface FeatureVisitor {
  cue(name: string): void;
  word(stem: string): void;
  pair(previous: string, stem: string): void;
  /** when given, receives the sentence's tokens in place of word() and pair() calls (stems and pairs are then the visitor's work) */
  tokens?(tokens: readonly string[]): void;
}

export const wordFeature = (stem: string) => `w:${stem}`;
export const pairFeature = (previous: string, stem: string) => `b:${previous}_${stem}`;
/** the "previous word" of a sentence's first word */
export const SENTENCE_START = '^';

/**
 * The features of one candidate sentence: what the rules found, grammar cues (subject, tense,
 * modals, negation, conditions, "blijven", the Kamer as object, a past letter, question form) and
 * word stems and stem pairs. General by construction: no ids, no whole sentences. A feature may be
 * visited more than once; each counts once.
 */
export function visitFeatures(f: CandidateFacts, v: FeatureVisitor): void {
  const add = (x: string) => v.cue(x);
  const s = f.lower;
  add(f.rule ? `rule:${f.rule}` : 'rule:none');
  if (f.rule) add(`rule-conf:${bucket(f.ruleConfidence, [0.5, 0.6, 0.7, 0.8])}`);
  if (f.ruleKind) add(`rule-kind:${f.ruleKind}`);
  if (f.hasTime) add('time');
  if (f.hasForwardTime) add('time:forward');
  if (f.firstInAnswer) add('first-in-answer');
  if (f.firstInAnswer && YES_START.test(s)) add('yes-start');
  if (f.inLetter) add('in-letter');
  if (/\?\s*["'”’»)]*\s*$/.test(s)) add('question-mark');
  if (QUESTION_WORDS.test(s.slice(0, 25))) add('question-start');
  const toks = tokensOf(s);
  grammarFeatures(s, toks, add);
  reportFeatures(s, toks, f.hasForwardTime, add);
  add(`len:${bucket(toks.length, [8, 15, 25, 40])}`);
  if (v.tokens) return v.tokens(toks);
  let prev = SENTENCE_START;
  for (const t of toks) {
    const st = stemOf(t);
    v.word(st);
    v.pair(prev, st);
    prev = st;
  }
}

/** The features of a candidate as names (what training reads). */
export function candidateFeatures(f: CandidateFacts): string[] {
  const out = new Set<string>();
  visitFeatures(f, {
    cue: (x) => out.add(x),
    word: (st) => out.add(wordFeature(st)),
    pair: (a, b) => out.add(pairFeature(a, b)),
  });
  return [...out];
}
