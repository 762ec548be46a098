import type { CommitmentKind } from '../types';
import { CueSentence, REGEX_CUES, SENTENCE_START, stemOf, TIME_FEATURES, visitFeatures, visitPlainCues, visitTimeFeatures, type CandidateFacts, type RegexCue } from './features';

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
  model: LinearModel;
  cues: Map<string, Entry>;
  words: Map<string, Entry>;
  /** previous stem → stem → weights */
  pairs: Map<string, Map<string, Entry>>;
  /** token → its stem with the stem's word weights and the pairs it starts: one lookup per token */
  tokens: Map<string, TokenWeights>;
  /** the regex cues with their slack, the ones that can move a score most first (see mayReach) */
  cueOrder: ReadonlyArray<{ cue: RegexCue; slack: readonly number[] }>;
  /** the slack of all regex cues, and of the time features */
  slackOfCues: readonly number[];
  slackOfTime: readonly number[];
  /** indices into a score of the rival pairs */
  rivals: ReadonlyArray<readonly [number, number]>;
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
  c = { model, cues: new Map(), words: new Map(), pairs: new Map(), tokens: new Map(), cueOrder: [], slackOfCues: [], slackOfTime: [], rivals: [] };
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
  const ci = c;
  ci.rivals = RIVALS.map(([rival, own]) => [model.classes.indexOf(rival), model.classes.indexOf(own)] as const);
  const total = (x: readonly number[]) => x.reduce((a, b) => a + b, 0);
  ci.cueOrder = REGEX_CUES.map((cue) => ({ cue, slack: slack(ci, [cue.feature]) })).sort((a, b) => total(a.slack) - total(b.slack));
  ci.slackOfCues = slack(ci, REGEX_CUES.map((x) => x.feature));
  ci.slackOfTime = slack(ci, TIME_FEATURES);
  compiled.set(model, c);
  return c;
}

/** Sums the weights of the features visited into a score, each feature once. */
class Scorer {
  readonly score: number[];
  private readonly pass = ++scoringPass;

  constructor(private readonly c: Compiled) {
    this.score = c.model.bias.slice();
  }

  add(e: Entry | undefined): void {
    if (!e || e.pass === this.pass) return;
    e.pass = this.pass;
    const w = e.w;
    for (let k = 0; k < this.score.length; k++) this.score[k] += w[k];
  }

  cue = (name: string) => this.add(this.c.cues.get(name));

  tokens = (toks: readonly string[]) => {
    let next = this.c.pairs.get(SENTENCE_START);
    for (const token of toks) {
      const t = weightsOfToken(this.c, token);
      this.add(t.word);
      this.add(next?.get(t.stem));
      next = t.next;
    }
  };
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

// score differences bounded by mayReach: none − report, action − report (report's probability), none − action, report − action (action's)
const RIVALS: ReadonlyArray<readonly [ClassName, ClassName]> = [['none', 'report'], ['action', 'report'], ['none', 'action'], ['report', 'action']];

/** For each rival pair, how much the given features, when present, can narrow the gap between the rival's score and the class's (≤ 0). */
function slack(c: Compiled, features: readonly string[]): number[] {
  return c.rivals.map(([r, o]) => {
    let sum = 0;
    for (const f of features) {
      const w = c.cues.get(f)?.w;
      if (w) sum += Math.min(0, w[r] - w[o]);
    }
    return sum;
  });
}

// a margin for rounding: the bound and the final score add the same weights in another order
const ROUNDING = 1e-9;

/** The highest confidence the candidate can still reach, whatever the features not yet known turn out to be. */
function ceiling(c: Compiled, score: readonly number[], unknown: readonly number[]): number {
  const gap = (k: number) => score[c.rivals[k][0]] - score[c.rivals[k][1]] + unknown[k];
  const report = 1 / (1 + Math.exp(gap(0)) + Math.exp(gap(1)));
  const action = 1 / (1 + Math.exp(gap(2)) + Math.exp(gap(3)));
  return Math.max(report, action) + ROUNDING;
}

/**
 * Whether a candidate can reach `threshold` at all: exact, never false for one whose confidence
 * would reach it. The score of what is cheap to know (rules, words, word pairs) comes first; then
 * regex cues one at a time, the ones that move a score most first, and the time phrases last; it
 * stops as soon as even the most favourable rest leaves the candidate below the threshold. Most
 * candidates are settled after a few cues, without their time phrases.
 */
export function mayReach(model: LinearModel, facts: CandidateFacts, threshold: number, sentence: CueSentence): boolean {
  const c = compile(model);
  const scorer = new Scorer(c);
  visitPlainCues(facts, sentence, scorer.cue);
  scorer.tokens(sentence.toks);
  const unknown = c.slackOfCues.map((x, k) => x + c.slackOfTime[k]);
  for (const { cue, slack: own } of c.cueOrder) {
    if (ceiling(c, scorer.score, unknown) < threshold) return false;
    for (let k = 0; k < unknown.length; k++) unknown[k] -= own[k];
    if (cue.test(sentence)) scorer.cue(cue.feature);
  }
  if (ceiling(c, scorer.score, unknown) < threshold) return false;
  visitTimeFeatures(facts, sentence, scorer.cue);
  return ceiling(c, scorer.score, [0, 0, 0, 0]) >= threshold;
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
