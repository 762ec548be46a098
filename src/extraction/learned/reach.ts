// Settling a candidate early: whether it can still reach a confidence, before all its features are known.
import { compile, Scorer, type Compiled } from './compiled';
import type { CueSentence } from './cue-sentence';
import { TIME_FEATURES, visitPlainCues, visitTimeFeatures, type CandidateFacts } from './features';
import { REGEX_CUES, type RegexCue } from './regex-cues';
import type { ClassName, LinearModel } from './model';

// The confidence is max(P(report), P(action)); each is bounded through the gaps between the class's
// score and its two rivals: none − report and action − report, none − action and report − action.
const RIVALS: ReadonlyArray<readonly [ClassName, ClassName]> = [['none', 'report'], ['action', 'report'], ['none', 'action'], ['report', 'action']];
// a margin for rounding: the bound and the final score add the same weights in another order
const ROUNDING = 1e-9;

interface Bounds {
  /** indices into a score of each rival pair */
  rivals: ReadonlyArray<readonly [number, number]>;
  /** the regex cues with their slack, the ones that can move a score most first */
  cueOrder: ReadonlyArray<{ cue: RegexCue; slack: readonly number[] }>;
  slackOfCues: readonly number[];
  slackOfTime: readonly number[];
}

/** For each rival pair, how much the given features, when present, can narrow the rival's lead over the class at most (≤ 0). */
function slack(c: Compiled, rivals: Bounds['rivals'], features: readonly string[]): number[] {
  return rivals.map(([r, o]) => {
    let sum = 0;
    for (const f of features) {
      const w = c.cues.get(f)?.w;
      if (w) sum += Math.min(0, w[r] - w[o]);
    }
    return sum;
  });
}

const boundsOf = new WeakMap<Compiled, Bounds>();

function bounds(c: Compiled): Bounds {
  let b = boundsOf.get(c);
  if (b) return b;
  const classes = c.model.classes;
  const rivals = RIVALS.map(([rival, own]) => [classes.indexOf(rival), classes.indexOf(own)] as const);
  const total = (x: readonly number[]) => x.reduce((a, y) => a + y, 0);
  b = {
    rivals,
    cueOrder: REGEX_CUES.map((cue) => ({ cue, slack: slack(c, rivals, [cue.feature]) })).sort((x, y) => total(x.slack) - total(y.slack)),
    slackOfCues: slack(c, rivals, REGEX_CUES.map((x) => x.feature)),
    slackOfTime: slack(c, rivals, TIME_FEATURES),
  };
  boundsOf.set(c, b);
  return b;
}

/** The highest confidence the candidate can still reach, whatever the features not yet known turn out to be. */
function ceiling(b: Bounds, score: readonly number[], unknown: readonly number[]): number {
  const gap = (k: number) => score[b.rivals[k][0]] - score[b.rivals[k][1]] + unknown[k];
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
  const b = bounds(c);
  const scorer = new Scorer(c);
  visitPlainCues(facts, sentence, scorer.cue);
  scorer.tokens(sentence.toks);
  const unknown = b.slackOfCues.map((x, k) => x + b.slackOfTime[k]);
  for (const { cue, slack: own } of b.cueOrder) {
    if (ceiling(b, scorer.score, unknown) < threshold) return false;
    for (let k = 0; k < unknown.length; k++) unknown[k] -= own[k];
    if (cue.test(sentence)) scorer.cue(cue.feature);
  }
  if (ceiling(b, scorer.score, unknown) < threshold) return false;
  visitTimeFeatures(facts, sentence, scorer.cue);
  return ceiling(b, scorer.score, [0, 0, 0, 0]) >= threshold;
}
