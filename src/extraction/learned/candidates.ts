import { MONTH_NAMES } from '../deadlines/dates';

/**
 * Sentences without any of these words are never candidates: future, modal and reporting verbs (the
 * present tense too: "deel ik", "presenteer ik"), intentions, "bereid", "wanneer"/"zodra", a cadence
 * ("jaarlijks") and the formulas of postponements ("tegemoet zien", "Ik stel voor … te berichten").
 * Broad on purpose (recall first): the learned layer decides. Tested on the raw text, so capitals
 * are allowed where a sentence may start.
 */
export const CANDIDATE_TRIGGER =
  /\b(?:zal|zullen|zult|ga|gaat|gaan|wordt|worden|verwacht|verwachten|streef|streeft|streven|kom|komt|komen|zeg|informeer|informeert|stuur|stuurt|zend|bied|rapporteer|rapporteert|bericht|ontvangt|volgt|krijgt|laat|laten|voornemens|plan|zet|wil|willen|neem|meegenomen|betrokken|bekijk|bekijken|kijk|kijken|moet|moeten|onderzoek|onderzoeken|jaarlijks|wanneer|zodra|bereid|hoogte|deel|deelt|delen|verstuur|verstuurt|beantwoord|leg|legt|breng|brengt|publiceer|publiceert|tegemoet|planning|presenteer|presenteert|stel(?:len)?(?: (?:ik|wij|we|u|[Uu]w|[Kk]amer))* voor)\b/;

/**
 * "Ja." or "Daartoe …" answers "Bent u bereid …?" only as an answer's first sentence: only there do
 * these words make a sentence a candidate.
 */
export const ANSWER_YES_TRIGGER = /\b(?:[Jj]a|[Jj]azeker|[Zz]eker|[Dd]aartoe|[Hh]iertoe)\b/;

/**
 * Words of a deadline that moves ("niet mogelijk", "meer tijd", "later dan", "uitstel"): a sentence
 * holding one is read for a deadline change, and is a candidate only when it has a trigger too.
 */
export const DEADLINE_CHANGE_TRIGGER = /\b(?:niet|tijd|later|uitstel|uitgesteld|vertraging)\b/;

// The letter doing it now ("Hierbij stuur ik u …", "Met deze brief informeer ik …") and the text
// announcing its own content ("Hieronder zal ik ingaan op …"): never a promise by the annotation
// guidelines, however much the sentence looks like one, so the learned layer is not asked.
const LETTER_NOW =
  /^(?:hierbij|bij dezen|bij deze|hiermee|met deze brief|met deze brieven|middels deze brief|bijgaand|vandaag|heden) (?:stuur|zend|bied|deel|informeer|bericht|meld|geef|ontvangt|doe)(?![\p{L}])/u;
// "In deze brief zeg ik u toe …": a promise made in the letter itself
const PROMISES_HERE = /(?<![\p{L}])zeg(?![\p{L}])[^.;]*(?<![\p{L}])toe(?![\p{L}])/u;
const ANNOUNCES_ITSELF = /^(?:hieronder|in onderstaande|in (?:deze|dit) (?:brief|rapportage|voortgangsrapportage|voortgangsbrief|verzamelbrief|notitie|nota|verslag|antwoord|beantwoording))(?![\p{L}])/u;
const FUTURE = /(?<![\p{L}])(?:zal|zullen|zult|ga|gaat|gaan)(?![\p{L}])/u;

// A dated past act ("In mijn brief van 4 oktober jl. heb ik …", "Op 12 juli 2022 heeft het kabinet …"):
// the finite verb right after the dated frame is a past auxiliary, so the main clause tells what was
// done, and the guidelines count only promises in a present or future main clause. "is" and "zijn"
// are left to the learned layer: they also open a present clause ("Op 1 juli is het rapport gereed").
const MONTH = `(?:${MONTH_NAMES})`;
const DATED_PAST_ACT = new RegExp(
  '^(?:(?:bij|in|tijdens) (?:mijn |onze |de |het |een )?[\\p{L}-]*(?:brief|debat|overleg|antwoord|verslag|beantwoording)(?![\\p{L}])[^.;:]{0,80}?(?:van|d\\.d\\.|op) |op )' +
    `\\d{1,2} ${MONTH}(?: \\d{4})?(?: jl\\.?| jongstleden)?[\\d\\[\\]\\s.]*(?:\\([^)]{0,80}\\)[\\d\\[\\]\\s.]*)?,? ?` +
    '(?:heb|hebben|heeft|had|hadden|ben|was|waren|werd|werden)(?![\\p{L}])',
  'u',
);
// "… heb ik u geïnformeerd en zal ik u na de zomer opnieuw informeren": a promise after all
const LATER_PROMISE = /(?:,| en| maar) (?:(?:ik|wij|we|het kabinet) )?(?:zal|zullen|ga|gaan)(?![\p{L}])/u;

/**
 * Whether a cleaned, lowercased sentence tells a dated past act and promises nothing: never a
 * commitment, though training still learns from it as a negative.
 */
export function datedPastAct(lower: string): boolean {
  return DATED_PAST_ACT.test(lower) && !LATER_PROMISE.test(lower);
}

/** Whether a cleaned, lowercased sentence is one of the kinds that never hold a promise. */
export function neverAPromise(lower: string): boolean {
  if (ANNOUNCES_ITSELF.test(lower) && !PROMISES_HERE.test(lower)) return true;
  return LETTER_NOW.test(lower) && !FUTURE.test(lower);
}
