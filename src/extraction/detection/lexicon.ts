import { testAnchored, withAnchors } from './anchored-regexp';

// Word lists for the commitment rules. Everything is matched against lowercased, cleaned text.
// (?<!…) / (?!…) with \p{L} stand in for \b, which does not treat "é" or "ï" as word characters.
const W = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
// Pure-ASCII word lists use \b without the u flag: V8 scans those much faster.
export const word = (alternatives: string): RegExp =>
  /^[\x20-\x7e]*$/.test(alternatives) && !alternatives.includes('\\p')
    ? withAnchors(new RegExp(`\\b(?:${alternatives})\\b`), alternatives)
    : withAnchors(new RegExp(`${W}(?:${alternatives})${E}`, 'u'), alternatives);

/** Verbs and participles of informing the Kamer or sending it something. */
export const REPORT_VERB = word(
  [
    'informeren', 'informeer', 'informeert', 'geïnformeerd', 'geinformeerd', 'inlichten', 'ingelicht', 'sturen', 'stuur', 'stuurt',
    'gestuurd', 'toesturen', 'toegestuurd', 'nasturen', 'nagestuurd', 'nazenden', 'nagezonden', 'versturen', 'verstuurd', 'toezenden', 'toegezonden', 'zenden', 'zend', 'verzenden',
    'verzonden', 'gezonden', 'toekomen', 'aanbieden', 'aangeboden', 'voorleggen', 'voorgelegd', 'rapporteren', 'rapporteer',
    'gerapporteerd', 'berichten', 'bericht', 'melden', 'gemeld', 'terugkomen', 'terug', 'ontvangen', 'ontvangt', 'ontvang',
    'delen', 'gedeeld', 'verslag', 'uiteenzetten', 'toelichten', 'hoogte', 'beantwoorden', 'beantwoord', 'beantwoording',
  ].join('|'),
);
/** Documents that, when promised, make it a report even without "uw Kamer". */
// compounds ("voortgangsbrief", "kabinetsreactie") end in the noun, so only the word end is anchored
export const REPORT_NOUN =
  /(?:brief|reactie|rapportage|(?<![\p{L}\d])verslag|(?<![\p{L}\d])antwoorden|beantwoording|(?<![\p{L}\d])overzicht|(?<![\p{L}\d])notitie|nota|stand van zaken|regeerprogramma|monitor)(?![\p{L}\d])/u;
export const KAMER = /(?:uw|de|tweede) ?kamer(?![\p{L}])|(?<![\p{L}])u(?![\p{L}])/u;
export const LEGISLATION = word('wetsvoorstel|wetsvoorstellen|wetgeving|wijzigingswet|algemene maatregel van bestuur|amvb|besluit');

export const GENERIC = word(
  'tijdig en volledig|altijd|nooit|blijf|blijft|blijven|blijvend|voortdurend|doorlopend|ik hoop|hopelijk|wij hopen|we hopen|voortaan',
);
export const NOW = /^(?:hierbij|bij dezen|bij deze|hiermee|met deze brief|met deze brieven|middels deze brief|in deze brief|bijgaand|bijgevoegd|tevens stuur|ook stuur)(?![\p{L}])/u;
export const NOW_ANYWHERE = word('als bijlage|in de bijlage|ter informatie|bijgaand|bijgevoegd|hierbij|bij dezen|zojuist');
export const IN_DOCUMENT = word(
  'hieronder|hierna|in (?:deze|dit) (?:brief|antwoord|beantwoording)|bij (?:de )?(?:beantwoording|antwoorden?) (?:op|van) (?:de )?vra(?:ag|gen)|in (?:het|mijn) antwoord op vraag|deze vragen|de vragen van',
);
export const CONDITIONAL_START = /^(?:als|indien|wanneer|mocht|mochten|voor zover|voorzover|in het geval|zo ja|zo nee|afhankelijk van)(?![\p{L}])/u;
export const PAST_MAIN = word(
  'heb ik|ik heb|hebben wij|wij hebben|we hebben|heeft het kabinet|het kabinet heeft|heeft de regering|is uw kamer|heeft uw kamer|is de kamer|werd|werden|heb|had ik|ik had|hadden wij|is toegezegd|zijn toegezegd',
);

export const FUTURE_AUX = new Set(['zal', 'zullen', 'zult', 'ga', 'gaat', 'gaan']);
export const GOV_PRONOUN = new Set(['ik', 'wij', 'we']);
export const GOV_SUBJECT_START =
  /^(?:(?:ook|dan|daarom|vervolgens|tevens|daarnaast|verder|voorts) )?(?:ik|wij|we|het kabinet|de regering|mijn ministerie|mijn departement|het ministerie|de minister(?:-president)?|de staatssecretaris|de ministers|de bewindspersonen)(?![\p{L}])/u;
export const THIRD_PARTY_PRONOUN = /^(?:hij|zij|ze|men)(?![\p{L}])/u;

const CADENCE =
  'jaarlijks|halfjaarlijks|tweejaarlijks|driemaandelijks|maandelijks|wekelijks|periodiek|elk jaar|ieder jaar|elk half jaar|ieder half jaar|elke maand|iedere maand|per kwartaal|elk kwartaal|ieder kwartaal|(?:twee|drie|vier) ?(?:keer|maal) per jaar';
/** The adverbs of a cadence ("jaarlijks", "elk kwartaal"), without the adjectives of a document's name ("de jaarlijkse rapportage"). */
export const RHYTHM = word(CADENCE);
/** A cadence in any form: a standing report. */
export const RECURRING = word(`${CADENCE}|jaarlijkse|halfjaarlijkse|maandelijkse|periodieke`);

export const DEADLINE_CHANGE = word(
  'niet (?:mogelijk|haalbaar|gelukt|lukt|op tijd|tijdig)|niet (?:is|zijn) gelukt|niet binnen de (?:gebruikelijke|gestelde|afgesproken|toegezegde|aangegeven) termijn|later dan (?:gepland|voorzien|toegezegd|verwacht|aangekondigd|u)|meer tijd (?:nodig|kost|vergt)|vertraging opgelopen|uitgesteld tot|niet (?:eerder|voor) (?:dan|de)|helaas niet|kan ik (?:nog )?niet|kunnen (?:nog )?niet worden|kan (?:nog )?niet worden|uitstel',
);

// The answers for the sentence asked about last: detection and the learned layer test one sentence for
// the same words (the Kamer, reporting verbs, generic duties), so each regex scans it once.
let lastSentence = '';
const answers = new Map<RegExp, boolean>();

/** re.test(s), remembered while `s` is the sentence last asked about. Only for regexes without the g or y flag. */
export function testOnce(re: RegExp, s: string): boolean {
  if (s !== lastSentence) {
    lastSentence = s;
    answers.clear();
  }
  let answer = answers.get(re);
  if (answer === undefined) answers.set(re, (answer = testAnchored(re, s)));
  return answer;
}
