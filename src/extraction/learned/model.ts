import type { CommitmentKind } from '../types';
import { Scorer, compile } from './compiled';
import type { CueSentence } from './cue-sentence';
import { visitFeatures, type CandidateFacts } from './features';

export const CLASSES = ['none', 'report', 'action'] as const;
export type ClassName = (typeof CLASSES)[number];

/** A multinomial logistic regression over binary features: one weight per class for each feature. */
export interface LinearModel {
  classes: readonly ClassName[];
  bias: number[];
  weights: Record<string, number[]>;
}

export interface Verdict {
  /** probability that the sentence is a commitment at all (report or action) */
  commitment: number;
  kind: CommitmentKind;
  /** probability that the sentence is a commitment of exactly this kind: the prediction is right */
  confidence: number;
  /** probability of each class, in CLASSES order */
  probabilities: number[];
}

/** Softmax of the summed weights of the features present. Unknown features weigh nothing. */
export function classify(model: LinearModel, features: readonly string[]): Verdict {
  const score = model.bias.slice();
  for (const f of new Set(features)) {
    const w = model.weights[f];
    if (!w) continue;
    for (let k = 0; k < score.length; k++) score[k] += w[k];
  }
  return verdictOf(model, score);
}

/** classify(model, candidateFeatures(facts)), without building the feature names. */
export function classifyCandidate(model: LinearModel, facts: CandidateFacts, sentence?: CueSentence): Verdict {
  const c = compile(model);
  const scorer = new Scorer(c);
  visitFeatures(
    facts,
    {
      cue: scorer.cue,
      word: (stem) => scorer.add(c.words.get(stem)),
      pair: (prev, stem) => scorer.add(c.pairs.get(prev)?.get(stem)),
      tokens: scorer.tokens,
    },
    sentence,
  );
  return verdictOf(model, scorer.score);
}

function verdictOf(model: LinearModel, score: number[]): Verdict {
  const max = Math.max(...score);
  const exp = score.map((x) => Math.exp(x - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  const probabilities = exp.map((x) => x / sum);
  const report = probabilities[model.classes.indexOf('report')];
  const action = probabilities[model.classes.indexOf('action')];
  return { commitment: report + action, kind: report >= action ? 'report' : 'action', confidence: Math.max(report, action), probabilities };
}
