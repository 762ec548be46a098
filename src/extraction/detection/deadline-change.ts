import { DEADLINE_CHANGE, word } from './lexicon';
import { endsWithQuestionMark } from './detect';

const ABOUT_A_PROMISE = word(
  'toegezegd|toezegging|termijn|brief|kamerbrief|beantwoord|beantwoording|beantwoorden|informeren|sturen|toezenden|gezonden|aanbieden|antwoorden|reactie|rapportage|vragen',
);
const REASON = /(?:omdat|doordat|vanwege|in verband met|i\.v\.m\.|de reden (?:van|voor) het uitstel is(?: dat)?) (.{5,200}?)(?:[.;]|$)/u;

export interface DeadlineChangeHit {
  reason: string | null;
}

/** "kan niet binnen de gebruikelijke termijn worden beantwoord", "is het niet mogelijk, zoals eerder toegezegd, …" */
export function detectDeadlineChange(lower: string): DeadlineChangeHit | null {
  if (!DEADLINE_CHANGE.test(lower) && !/(?<![\p{L}])(?:vergt|kost|vraagt) meer tijd(?![\p{L}])|komt (?:[\p{L}]+ ){0,4}later/u.test(lower)) return null;
  if (!ABOUT_A_PROMISE.test(lower)) return null;
  if (endsWithQuestionMark(lower, false)) return null;
  const r = REASON.exec(lower);
  return { reason: r ? r[1] : null };
}
