import type { CommitmentKind } from '../types';
import { SENTENCE_START, stemOf, visitFeatures, type CandidateFacts } from './features';

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

/** One feature's weights, with the last scoring pass that added them (each feature counts once). */
interface Entry {
  w: number[];
  pass: number;
}

/** The weights of a model in maps keyed the way features are found: no feature names are built. */
interface Compiled {
  cues: Map<string, Entry>;
  words: Map<string, Entry>;
  /** previous stem → stem → weights */
  pairs: Map<string, Map<string, Entry>>;
  /** token → its stem with the stem's word weights and the pairs it starts: one lookup per token */
  tokens: Map<string, TokenWeights>;
}

interface TokenWeights {
  stem: string;
  word: Entry | undefined;
  next: Map<string, Entry> | undefined;
}

function weightsOfToken(c: Compiled, token: string): TokenWeights {
  let t = c.tokens.get(token);
  if (t) return t;
  if (c.tokens.size > 100_000) c.tokens.clear();
  const stem = stemOf(token);
  t = { stem, word: c.words.get(stem), next: c.pairs.get(stem) };
  c.tokens.set(token, t);
  return t;
}

const compiled = new WeakMap<LinearModel, Compiled>();
// numbers the scoring passes, so that "already added in this pass" is one comparison instead of a Set
let scoringPass = 0;

function compile(model: LinearModel): Compiled {
  let c = compiled.get(model);
  if (c) return c;
  c = { cues: new Map(), words: new Map(), pairs: new Map(), tokens: new Map() };
  for (const [name, w] of Object.entries(model.weights)) {
    const entry: Entry = { w, pass: 0 };
    if (name.startsWith('w:')) c.words.set(name.slice(2), entry);
    else if (name.startsWith('b:')) {
      const cut = name.indexOf('_', 2);
      const prev = name.slice(2, cut);
      let m = c.pairs.get(prev);
      if (!m) c.pairs.set(prev, (m = new Map()));
      m.set(name.slice(cut + 1), entry);
    } else c.cues.set(name, entry);
  }
  compiled.set(model, c);
  return c;
}

/** classify(model, candidateFeatures(facts)), without building the feature names. */
export function classifyCandidate(model: LinearModel, facts: CandidateFacts): Verdict {
  const c = compile(model);
  const score = model.bias.slice();
  const pass = ++scoringPass;
  const add = (e: Entry | undefined) => {
    if (!e || e.pass === pass) return;
    e.pass = pass;
    const w = e.w;
    for (let k = 0; k < score.length; k++) score[k] += w[k];
  };
  visitFeatures(facts, {
    cue: (name) => add(c.cues.get(name)),
    word: (stem) => add(c.words.get(stem)),
    pair: (prev, stem) => add(c.pairs.get(prev)?.get(stem)),
    tokens: (toks) => {
      let next = c.pairs.get(SENTENCE_START);
      for (const token of toks) {
        const t = weightsOfToken(c, token);
        add(t.word);
        add(next?.get(t.stem));
        next = t.next;
      }
    },
  });
  return verdictOf(model, score);
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
