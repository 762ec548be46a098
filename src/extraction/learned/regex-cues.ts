// The cue features found by regexes, each tested on its own (see reach.ts), and the patterns they use.
import { CONDITIONAL_START, GENERIC, IN_DOCUMENT, KAMER, NOW, NOW_ANYWHERE, PAST_MAIN, RECURRING, REPORT_NOUN, REPORT_VERB, word } from '../detection/lexicon';
import { screened, type ScreenedPattern } from '../detection/pattern-screen';
import { headOf, type CueSentence } from './cue-sentence';

// Each pattern is screened by its words (see PatternScreen): most sentences hold none of them.
// Who acts: the government (ik, wij, het kabinet, a minister) or someone else.
const SELF_SUBJECT = screened(word('ik|wij|we'));
const SELF_AFTER_VERB = screened(word('(?:zal|ga|kom|laat|wil|stuur|informeer|verwacht|streef|neem) ik|(?:zullen|gaan|komen|laten|willen|verwachten|streven) (?:wij|we)'));
// with the ministries by their short names ("Daarnaast zal VWS deze partijen faciliteren"), not in
// compounds ("de VWS-begroting")
const MINISTRY_SHORT = ['vws', 'ocw', 'szw', 'bzk', 'jenv', 'ienw', 'lnv', 'ezk', 'kgg', 'vro', 'defensie'];
const CABINET = screened(word(`het kabinet|de regering|het ministerie|mijn ministerie|(?:mijn|het) departement|(?:${MINISTRY_SHORT.join('|')})(?!-)`), {
  words: ['kabinet', 'regering', 'ministerie', 'departement', ...MINISTRY_SHORT],
});
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

/** A cue found by a regex (or a word or a regex): tested one at a time, so scoring can stop as soon as the outcome is settled. */
export interface RegexCue {
  readonly feature: string;
  test(sentence: CueSentence): boolean;
}

// one-word cues that a phrase can also give: features of their own, tested with the phrase
export const PHRASE_OR_WORD = new Set(['ongoing', 'intend', 'research', 'talk']);
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

/** The letter doing it now: "stuur ik u …", "ik bied u … aan", without a future (whether a time lies ahead is the caller's question). */
export function sendsNow(x: CueSentence): boolean {
  return x.test(SEND_NOW) && !x.toks.some((t) => FUTURE_WORDS.has(t));
}
