import { CONDITIONAL_START, GENERIC, IN_DOCUMENT, KAMER, NOW, NOW_ANYWHERE, PAST_MAIN, RECURRING, REPORT_NOUN, REPORT_VERB, testOnce, word } from '../detection/lexicon';
import { PatternScreen, screened, type ScreenedPattern } from '../detection/pattern-screen';
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

// Who acts: the government (ik, wij, het kabinet, a minister) or someone else.
const SELF_SUBJECT = screened(word('ik|wij|we'));

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
// Every other cue is a regex screened by its words (see PatternScreen): most sentences hold none of them.
const SELF_AFTER_VERB = screened(word('(?:zal|ga|kom|laat|wil|stuur|informeer|verwacht|streef|neem) ik|(?:zullen|gaan|komen|laten|willen|verwachten|streven) (?:wij|we)'));
const CABINET = screened(word('het kabinet|de regering|het ministerie|mijn ministerie|mijn departement'));
const MINISTER = screened(word('de minister|de staatssecretaris|de minister-president|de ministers|de bewindspersonen|collega'));
const OTHERS = screened(
  word(
    'gemeente|gemeenten|provincie|provincies|waterschap|waterschappen|de politie|het om|openbaar ministerie|rivm|cbs|cpb|de eu|europese commissie|de commissie|europese unie|lidstaten|de nvwa|de ilt|inspectie|toezichthouder|de rechter|rechtbank|het bedrijf|bedrijven|ondernemingen|de sector|partijen|instellingen|scholen|universiteiten|zorgverzekeraars|werkgevers|de uitvoering|uitvoeringsorganisatie|het uwv|de svb|belastingdienst|het college|de raad|adviseur|onderzoekers|de stichting|de autoriteit|de bank|de nederlandsche bank|dnb|afm|acm|het kadaster|rijkswaterstaat|prorail|ns|tennet',
  ),
);
const THIRD_PRONOUN = screened(word('hij|zij|ze|men|zij zullen|ze zullen'));
const CONDITION_ANY = screened(word('als|indien|wanneer|mocht|mochten|zodra|tenzij|voor zover|afhankelijk van|op voorwaarde'));
const ONCE_DONE = screened(
  word('zodra|nadat|wanneer (?:[\\p{L}]+ ){0,6}(?:is|zijn) (?:afgerond|gereed|bekend|beschikbaar)|na afronding|na (?:de )?afloop|als (?:[\\p{L}]+ ){0,6}(?:is|zijn) (?:afgerond|gereed|bekend|beschikbaar)'),
  { within: ['zodra', 'nadat', 'afgerond', 'gereed', 'bekend', 'beschikbaar', 'afronding', 'afloop'] },
);
const ONGOING_PHRASE = screened(word('op dit moment'));
const PAST_LETTER = screened(
  word('in mijn brief|in de brief van|bij brief van|eerder|eerdere|toegezegd|heb toegezegd|aangekondigd|zoals gemeld|zoals aangegeven|zoals toegezegd'),
  { within: ['brief', 'eerder', 'toegezegd', 'aangekondigd', 'zoals'] },
);
const PARTICIPLE_END = /(?<![\p{L}])ge[\p{L}]{3,}(?:d|t)(?![\p{L}])/u;
const INTEND_PHRASE = screened(word('van plan'));
const COME_BACK = screened(word('terugkomen|kom terug|komen terug|kom ik|komen wij|komen we|terug'));
const RESEARCH_PHRASE = screened(word('in kaart brengen'));
const TALK_PHRASE = screened(word('in gesprek|onder de aandacht'));
const STANCE = screened(word('ervoor waken|erop toezien|zorgen dat|ervoor zorgen|ervan uit|vertrouwen|van mening|van belang|belangrijk|noodzakelijk|wenselijk|steun|steunen|inzetten|inzet'));
const SELF_ANNOUNCE = screened(word('hieronder|hierna|in onderstaande|in het antwoord op vraag|bij vraag|zal ik (?:[\\p{L}]+ ){0,3}ingaan|ga ik (?:[\\p{L}]+ ){0,3}in'));
const RECURRING_CUE = screened(RECURRING, { within: ['jaar', 'maand', 'kwartaal', 'periodiek', 'wekelijks'] });
const QUESTION_WORDS = screened(word('bent u|wilt u|kunt u|is het kabinet|gaat u|zou u|hoe|waarom|welke'));
const YES_START = /^(?:ja|jazeker|zeker|daartoe|hiertoe|dat ben ik|ik ben (?:daartoe |hiertoe )?bereid)(?![\p{L}])/u;
const LEGISLATE = screened(word('wetsvoorstel|wetsvoorstellen|wetgeving|wetswijziging|algemene maatregel van bestuur|amvb|regeling|besluit'));
const KAMER_OBJECT = screened(word('uw kamer|de kamer|tweede kamer|de eerste en tweede kamer|u (?:[\\p{L}]+ ){0,4}(?:informeren|toesturen|toezenden|sturen|doen toekomen|berichten|ontvangen)'));
const INFORM_KAMER = screened(word('(?:uw|de|tweede) kamer (?:[\\p{L}]+ ){0,8}(?:informeren|geïnformeerd|berichten|toesturen|sturen|toezenden|doen toekomen|rapporteren|inlichten)'));
// lexicon patterns the rules test too: screened here, then asked through testOnce (one scan per sentence for both)
const PAST_MAIN_CUE = screened(PAST_MAIN);
const GENERIC_CUE = screened(GENERIC);
const IN_DOCUMENT_CUE = screened(IN_DOCUMENT);
const NOW_ANYWHERE_CUE = screened(NOW_ANYWHERE);
const REPORT_VERB_CUE = screened(REPORT_VERB);
const KAMER_CUE = screened(KAMER, { words: ['u'], within: ['kamer'] });
const REPORT_NOUN_CUE = screened(REPORT_NOUN, {
  within: ['brief', 'reactie', 'rapportage', 'verslag', 'antwoorden', 'beantwoording', 'overzicht', 'notitie', 'nota', 'zaken', 'regeerprogramma', 'monitor'],
});

// The Kamer receiving, as subject ("Uw Kamer ontvangt …", "krijgt u elk kwartaal …") or after a sending verb
// ("ingediend bij de Tweede Kamer", "aan uw Kamer aan te bieden": Dutch separable verbs split by "te").
// ASCII patterns (\S+ for a word): V8 runs those without the unicode flag, much faster.
const KAMER_RECEIVES = screened(word('(?:uw kamer|de kamer|u) (?:ontvangt|krijgt)|(?:ontvangt|krijgt) (?:uw kamer|de kamer|u)'), { within: ['ontvangt', 'krijgt'] });
const KAMER_SENT = screened(
  word(
    '(?:ingediend|aangeboden|toegezonden|toegestuurd|gestuurd|verstuurd|verzonden|gezonden|voorgelegd|indienen|aanbieden|sturen|zenden|toesturen|toezenden|voorleggen) (?:bij|aan|naar) (?:uw|de|de tweede) kamer' +
      '|(?:aan|naar|bij) (?:uw|de|de tweede) kamer (?:\\S+ ){0,3}(?:aan te bieden|toe te (?:sturen|zenden)|voor te leggen|in te dienen|te (?:sturen|zenden|versturen))',
  ),
);
// the promise is made through a document named as its channel: "in de voortgangsbrief …", "via het BNC-fiche"
const DOC_CHANNEL = screened(
  word('(?:in|via|bij|middels) (?:de|het|een|mijn|onze) (?:\\S+ ){0,2}\\S*?(?:brief|brieven|rapportage|nota|reactie|fiche|monitor|verslag|notitie|evaluatie|wetsvoorstel|agenda|appreciatie)'),
  { within: ['brie', 'rapportage', 'nota', 'reactie', 'fiche', 'monitor', 'verslag', 'notitie', 'evaluatie', 'wetsvoorstel', 'agenda', 'appreciatie'] },
);
// "… heeft een positieve houding en zal daarover …": a future clause coordinated after another one
const COORDINATED_FUTURE = screened(word('en (?:zal|zullen|ga|gaat|gaan)'));
// the letter doing it now: "stuur ik u …", "ik bied u … aan" without a future or a time ahead
const SEND_NOW = screened(word('(?:stuur|zend|bied|doe) ik (?:u|uw kamer|de kamer)|ik (?:stuur|zend|bied) (?:u|uw kamer|de kamer)'), { within: ['stuur', 'zend', 'bied', 'doe'] });
// the Kamer's own request, reported: "Gisteren heeft uw Kamer mij verzocht om een brief …"
const KAMER_ASKED = screened(
  word('(?:uw|de) kamer (?:heeft )?(?:mij |het kabinet |de regering )?(?:verzocht|gevraagd|verzoekt|vraagt)|heeft uw kamer (?:mij |het kabinet |de regering )?(?:verzocht|gevraagd)'),
  { within: ['verzo', 'vraag', 'gevraagd'] },
);
// a promise reported as made before: "In de brief van … heb ik uw Kamer toegezegd …", "zoals het kabinet heeft toegezegd"
const PROMISED_BEFORE = screened(word('(?:heb|heeft|hebben|had|hadden|is|zijn|werd|werden) (?:\\S+ ){0,4}toegezegd'), { within: ['toegezegd'] });
const FUTURE_WORDS = new Set(['zal', 'zullen', 'zult', 'ga', 'gaat', 'gaan']);

const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019;

/**
 * The words of a sentence as they stand: what /[\p{L}\d]+(?:[-'’][\p{L}\d]+)* /u matches, found in one
 * pass over the characters (the regex was a tenth of the learned layer's time).
 */
function wordsOf(lower: string): string[] {
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
    out.push(lower.slice(start, i));
  }
  return out;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const tokenOf = (w: string) => (isDigit(w.charCodeAt(0)) ? '#' : w);

/** Lowercase word tokens of a sentence; numbers become "#". */
export function tokensOf(lower: string): string[] {
  return wordsOf(lower).map(tokenOf);
}

/** A candidate sentence as the cues read it: its text, its tokens, the one-word cues among them, and which screened cues it may match. */
export class CueSentence {
  readonly toks: string[];
  /** the cues of WORD_CUES that its tokens are */
  readonly wordCues = new Set<string>();
  private readonly words: string[];
  private screenMemo: PatternScreen | undefined;

  constructor(readonly s: string) {
    this.words = wordsOf(s);
    this.toks = this.words.map(tokenOf);
    for (const t of this.toks) {
      const cues = CUES_OF_WORD.get(t);
      if (cues) for (const cue of cues) this.wordCues.add(cue);
    }
  }

  /** built on first use: a candidate's score is often settled before any regex cue is asked */
  get screen(): PatternScreen {
    return (this.screenMemo ??= new PatternScreen(this.words));
  }

  test(p: ScreenedPattern, text = this.s): boolean {
    return this.screen.test(p, text);
  }

  /** a lexicon pattern the rules test too: screened, then answered by testOnce (one scan per sentence for both) */
  testShared(p: ScreenedPattern): boolean {
    return this.screen.mayMatch(p) && testOnce(p.re, this.s);
  }
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

/** The first `n` characters of a sentence, to the end of the word there: a word cut in two ("wij|ziging") is no word of the sentence. */
function headOf(s: string, n: number): string {
  let end = Math.min(n, s.length);
  while (end < s.length && wordCharAt(s, end) > 0) end++;
  return s.slice(0, end);
}

/** A cue found by a regex (or a word or a regex): tested one at a time, so scoring can stop as soon as the outcome is settled. */
export interface RegexCue {
  readonly feature: string;
  test(sentence: CueSentence): boolean;
}

// one-word cues that a phrase can also give: features of their own, tested with the phrase
const PHRASE_OR_WORD = new Set(['ongoing', 'intend', 'research', 'talk']);
const phraseOrWord = (feature: string, phrase: ScreenedPattern): RegexCue => ({
  feature,
  test: (x) => x.wordCues.has(feature) || x.test(phrase),
});

/** Every regex cue, in the order the features of a sentence are listed. */
export const REGEX_CUES: readonly RegexCue[] = [
  { feature: 'question-start', test: (x) => x.test(QUESTION_WORDS, headOf(x.s, 25)) },
  // who acts
  { feature: 'subj:self-early', test: (x) => x.test(SELF_SUBJECT, headOf(x.s, 40)) },
  { feature: 'subj:self-inverted', test: (x) => x.test(SELF_AFTER_VERB) },
  { feature: 'subj:cabinet', test: (x) => x.test(CABINET) },
  { feature: 'subj:minister', test: (x) => x.test(MINISTER) },
  { feature: 'subj:others', test: (x) => x.test(OTHERS) },
  { feature: 'subj:others-early', test: (x) => x.test(OTHERS, headOf(x.s, 40)) },
  { feature: 'subj:third-pronoun', test: (x) => x.test(THIRD_PRONOUN, headOf(x.s, 40)) },
  // tense, mood and what the sentence does
  { feature: 'verb:perfect', test: (x) => x.wordCues.has('perfect') && PARTICIPLE_END.test(x.s) },
  phraseOrWord('ongoing', ONGOING_PHRASE),
  phraseOrWord('intend', INTEND_PHRASE),
  phraseOrWord('research', RESEARCH_PHRASE),
  phraseOrWord('talk', TALK_PHRASE),
  { feature: 'verb:past-main', test: (x) => x.testShared(PAST_MAIN_CUE) },
  { feature: 'cond:start', test: (x) => CONDITIONAL_START.test(x.s) },
  { feature: 'cond:inside', test: (x) => !CONDITIONAL_START.test(x.s) && x.test(CONDITION_ANY) },
  { feature: 'cond:once-done', test: (x) => x.test(ONCE_DONE) },
  { feature: 'past-letter', test: (x) => x.test(PAST_LETTER) },
  { feature: 'come-back', test: (x) => x.test(COME_BACK) },
  { feature: 'stance', test: (x) => x.test(STANCE) },
  { feature: 'self-announce', test: (x) => x.test(SELF_ANNOUNCE) || x.testShared(IN_DOCUMENT_CUE) },
  { feature: 'generic', test: (x) => x.testShared(GENERIC_CUE) },
  { feature: 'now', test: (x) => NOW.test(x.s) || x.testShared(NOW_ANYWHERE_CUE) },
  { feature: 'future:coordinated', test: (x) => x.test(COORDINATED_FUTURE) },
  { feature: 'legislate', test: (x) => x.test(LEGISLATE) },
  { feature: 'recurring', test: (x) => x.test(RECURRING_CUE) },
  // the Kamer and what it receives
  { feature: 'kamer:receives', test: (x) => x.test(KAMER_RECEIVES) },
  { feature: 'kamer:sent', test: (x) => x.test(KAMER_SENT) },
  { feature: 'kamer:asked', test: (x) => x.test(KAMER_ASKED) },
  { feature: 'promised-before', test: (x) => x.test(PROMISED_BEFORE) },
  { feature: 'doc:channel', test: (x) => x.test(DOC_CHANNEL) },
  { feature: 'kamer', test: (x) => x.testShared(KAMER_CUE) },
  { feature: 'kamer:object', test: (x) => x.test(KAMER_OBJECT) },
  { feature: 'kamer:informed', test: (x) => x.test(INFORM_KAMER) },
  { feature: 'report:verb', test: (x) => x.testShared(REPORT_VERB_CUE) },
  { feature: 'report:noun', test: (x) => x.testShared(REPORT_NOUN_CUE) },
];

/** The features that need the sentence's time phrases: found last, they are the costliest facts. */
export const TIME_FEATURES = ['time', 'time:forward', 'now:sending'] as const;

/** The time features of a candidate: its time phrases are asked for only here. */
export function visitTimeFeatures(f: CandidateFacts, x: CueSentence, add: (feature: string) => void): void {
  if (f.hasTime) add('time');
  if (f.hasForwardTime) add('time:forward');
  // the letter doing it now, without a future or a time ahead
  else if (x.test(SEND_NOW) && !x.toks.some((t) => FUTURE_WORDS.has(t))) add('now:sending');
}

/**
 * The features of a candidate that are known without a regex cue or its time phrases: what the
 * rules found, where the sentence stands, its length and its one-word cues. Words and word pairs
 * are visited apart.
 */
export function visitPlainCues(f: CandidateFacts, x: CueSentence, add: (feature: string) => void): void {
  add(f.rule ? `rule:${f.rule}` : 'rule:none');
  if (f.rule) add(`rule-conf:${bucket(f.ruleConfidence, [0.5, 0.6, 0.7, 0.8])}`);
  if (f.ruleKind) add(`rule-kind:${f.ruleKind}`);
  if (f.firstInAnswer) add('first-in-answer');
  if (f.firstInAnswer && YES_START.test(f.lower)) add('yes-start');
  if (f.inLetter) add('in-letter');
  if (/\?\s*["'”’»)]*\s*$/.test(f.lower)) add('question-mark');
  for (const cue of x.wordCues) if (cue !== 'perfect' && !PHRASE_OR_WORD.has(cue)) add(cue);
  add(`len:${bucket(x.toks.length, [8, 15, 25, 40])}`);
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
 * modals, negation, conditions, "blijven", the Kamer as object, a past letter, question form),
 * its time phrases, and word stems and stem pairs. General by construction: no ids, no whole
 * sentences. A feature may be visited more than once; each counts once.
 */
export function visitFeatures(f: CandidateFacts, v: FeatureVisitor, sentence = new CueSentence(f.lower)): void {
  const add = (x: string) => v.cue(x);
  visitPlainCues(f, sentence, add);
  for (const cue of REGEX_CUES) if (cue.test(sentence)) add(cue.feature);
  visitTimeFeatures(f, sentence, add);
  if (v.tokens) return v.tokens(sentence.toks);
  let prev = SENTENCE_START;
  for (const t of sentence.toks) {
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
