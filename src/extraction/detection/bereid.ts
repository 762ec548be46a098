import type { CommitmentKind } from '../types';
import { KAMER, REPORT_VERB, word } from './lexicon';

const YES = /^(?:ja|jazeker|zeker|daartoe ben ik (?:zeker |graag |uiteraard )?bereid|dat ben ik (?:zeker |graag )?bereid|hiertoe ben ik (?:zeker |graag )?bereid|ik ben (?:daartoe |hiertoe |daar |hier )?(?:zeker |graag )?(?:toe )?bereid)(?![\p{L}])/u;
const READY_QUESTION = word('bent u bereid|is het kabinet bereid|bent u voornemens|wilt u|zou u bereid zijn|gaat u');
const ALREADY_DONE = word('deze vragen|de vragen|afzonderlijk|los van elkaar|één voor één|te beantwoorden|beantwoorden');

export interface YesHit {
  kind: CommitmentKind;
  confidence: number;
}

/**
 * "Ja." / "Daartoe ben ik bereid." answering "Bent u bereid de Kamer te informeren …?": the question
 * supplies the object of the promise.
 */
export function yesToReadiness(answerFirstSentence: string, questionSentences: string[]): YesHit | null {
  if (!YES.test(answerFirstSentence)) return null;
  if (/^ja,? (?:en|maar|want|dat|hoor|nee)(?![\p{L}])|^ja,? in (?:het|de) /u.test(answerFirstSentence)) return null;
  const ask = [...questionSentences].reverse().find((q) => READY_QUESTION.test(q));
  if (!ask) return null;
  const about = ask.slice(READY_QUESTION.exec(ask)!.index);
  if (ALREADY_DONE.test(about)) return null;
  const report = KAMER.test(about.replace(/^[\p{L} ]*?(?:bent|wilt|gaat|zou) u/u, '')) && REPORT_VERB.test(about);
  return { kind: report ? 'report' : 'action', confidence: report ? 0.75 : 0.55 };
}
