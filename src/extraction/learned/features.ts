import { CueSentence } from './cue-sentence';
import { PHRASE_OR_WORD, REGEX_CUES, sendsNow } from './regex-cues';

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

const YES_START = /^(?:ja|jazeker|zeker|daartoe|hiertoe|dat ben ik|ik ben (?:daartoe |hiertoe )?bereid)(?![\p{L}])/u;

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

/** The features that need the sentence's time phrases: found last, they are the costliest facts. */
export const TIME_FEATURES = ['time', 'time:forward', 'now:sending'] as const;

/** The time features of a candidate: its time phrases are asked for only here. */
export function visitTimeFeatures(f: CandidateFacts, x: CueSentence, add: (feature: string) => void): void {
  if (f.hasTime) add('time');
  if (f.hasForwardTime) add('time:forward');
  // the letter doing it now: no time ahead, no future
  else if (sendsNow(x)) add('now:sending');
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
