// Cross-validation over documents: fit on k-1 folds, predict the fold left out, and score with
// ../shared/eval/score.mjs itself (predictions written as JSONL, the scorer's --cmd just prints them).
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { analyse } from '../../src/extraction/analyse';
import type { LinearModel } from '../../src/extraction/learned/model';
import { isPublished } from '../../src/extraction/publication';
import { fitModel, type FitOptions } from './fit';
import { foldsOf, labelledCandidates, SCORER, type Example, type GoldDocument } from './gold';

export interface Prediction {
  quote: string;
  kind: string;
  vehicle: string | null;
  deadlinePhrase: string | null;
  due: string | null;
  confidence: number;
  published: boolean;
}
export type Predictions = Map<string, Prediction[]>;

export interface Figures {
  report: { precision: number; recall: number; tp: number; fp: number; fn: number };
  action: { precision: number; recall: number; tp: number; fp: number; fn: number };
  any: { precision: number; recall: number; tp: number; fp: number; fn: number };
  dueAccuracy: number | null;
  dueCompared: number;
  vehicleF1: number | null;
  hardNegativesHit: string;
}

export const FOLDS = 5;
// EVAL_SEED shuffles the folds differently: a check that a figure is not one lucky split
export const SEED = Number(process.env.EVAL_SEED ?? 15);
const THRESHOLDS = Array.from({ length: 15 }, (_, i) => Math.round((0.25 + i * 0.05) * 100) / 100);

/** Review thresholds: commitments below `report` wait for review, and actions below `action` too. */
export interface Thresholds {
  report: number;
  action: number;
}
export const formatThresholds = (t: Thresholds) => (t.action > t.report ? `${t.report} (actions ${t.action})` : `${t.report}`);

export function predict(docs: GoldDocument[], model: LinearModel, thresholds: Thresholds): Predictions {
  const out: Predictions = new Map();
  for (const d of docs) {
    const a = analyse(d.text, { received: d.received, model, reviewBelow: thresholds.report, reviewActionsBelow: thresholds.action });
    out.set(d.id, a.commitments.map((c) => ({
      quote: c.quote, kind: c.kind, vehicle: c.vehicle, deadlinePhrase: c.deadlinePhrase, due: c.due, confidence: c.confidence, published: c.published,
    })));
  }
  return out;
}

const republish = (p: Predictions, t: Thresholds): Predictions =>
  new Map([...p].map(([id, cs]) => [id, cs.map((c) => ({ ...c, published: isPublished(c, { reviewBelow: t.report, reviewActionsBelow: t.action }) }))]));
const UNPUBLISHED: Thresholds = { report: 1.01, action: 1.01 };

/** Runs the scorer on these documents with these predictions; `verbose` returns its list of mistakes too. */
export function score(docs: GoldDocument[], predictions: Predictions, published: boolean, verbose = false): { figures: Figures; mistakes: string[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'toezegd-cv-'));
  try {
    const gold = path.join(dir, 'gold');
    mkdirSync(gold);
    for (const d of docs) symlinkSync(d.file, path.join(gold, `${d.id}.json`));
    const lines = docs.map((d) => JSON.stringify({ id: d.id, commitments: predictions.get(d.id) ?? [] }));
    writeFileSync(path.join(dir, 'predictions.jsonl'), `${lines.join('\n')}\n`);
    const args = [SCORER, '--gold', gold, '--cmd', `cat >/dev/null; cat '${path.join(dir, 'predictions.jsonl')}'`, '--json'];
    if (published) args.push('--published');
    if (verbose) args.push('--verbose');
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (run.status !== 0) throw new Error(`scorer failed: ${run.stderr}`);
    const lines2 = run.stdout.trim().split('\n');
    return { figures: JSON.parse(lines2.pop()!) as Figures, mistakes: lines2 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The one-sided 95 % lower bound (Wilson) of a precision measured on tp + fp predictions: 0.9 on
 * the folds is not 0.9 on answers from elsewhere, and a low band of doubtful predictions that the
 * point estimate could still absorb is not published on the strength of the good ones above it.
 */
export function precisionLowerBound(tp: number, fp: number, z = 1.645): number {
  const n = tp + fp;
  if (n === 0) return 1;
  const p = tp / n;
  const z2 = z * z;
  return (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
}

/**
 * Review thresholds from out-of-fold predictions. The threshold for all commitments is the lowest
 * one from which on every higher one keeps published commitments at precision 0.9 by its lower bound
 * (see above) and published actions at 0.8; actions, the kind most often mistaken, get a higher one
 * of their own when they need it: the lowest from which on published actions keep 0.8 by the same
 * bound. Scanning down from the top, the last one before the first failure: more robust than the
 * lowest single threshold that happens to pass.
 */
export function chooseThresholds(docs: GoldDocument[], predictions: Predictions): Thresholds {
  const lowest = (fails: (t: number) => boolean) => {
    let chosen = THRESHOLDS[THRESHOLDS.length - 1];
    for (const t of [...THRESHOLDS].reverse()) {
      if (fails(t)) break;
      chosen = t;
    }
    return chosen;
  };
  // one false positive says little at the top of the scale, where a handful of predictions is published
  const below = (x: { tp: number; fp: number }, target: number) => x.fp >= 2 && precisionLowerBound(x.tp, x.fp) < target;
  const figuresAt = (t: Thresholds) => score(docs, republish(predictions, t), true).figures;
  const report = lowest((t) => {
    const f = figuresAt({ report: t, action: t });
    return below(f.any, 0.9) || (f.action.fp >= 2 && f.action.precision < 0.8);
  });
  const action = lowest((t) => t >= report && below(figuresAt({ report, action: t }).action, 0.8));
  return { report, action: Math.max(report, action) };
}

export interface FoldResult {
  docs: GoldDocument[];
  model: LinearModel;
  thresholds: Thresholds;
  predictions: Predictions;
}

export class CrossValidation {
  private readonly examples = new Map<string, Example[]>();

  constructor(private readonly fitOptions: FitOptions = {}) {}

  private examplesOf(d: GoldDocument): Example[] {
    let e = this.examples.get(d.id);
    if (!e) this.examples.set(d.id, (e = labelledCandidates(d)));
    return e;
  }

  fit(docs: GoldDocument[]): LinearModel {
    return fitModel(docs.flatMap((d) => this.examplesOf(d)), this.fitOptions);
  }

  /** Out-of-fold predictions for every document (threshold applied later). */
  outOfFold(docs: GoldDocument[], k = FOLDS, seed = SEED): { folds: GoldDocument[][]; predictions: Predictions } {
    const folds = foldsOf(docs, k, seed);
    const predictions: Predictions = new Map();
    folds.forEach((test, i) => {
      const model = this.fit(folds.filter((_, j) => j !== i).flat());
      for (const [id, p] of predict(test, model, UNPUBLISHED)) predictions.set(id, p);
    });
    return { folds, predictions };
  }

  /**
   * k folds; in each, the model is fitted on the other folds and the review threshold is chosen by
   * an inner cross-validation on those same folds, so the fold scored has influenced nothing.
   */
  run(docs: GoldDocument[], k = FOLDS, seed = SEED): FoldResult[] {
    const folds = foldsOf(docs, k, seed);
    return folds.map((test, i) => {
      const train = folds.filter((_, j) => j !== i).flat();
      const inner = this.outOfFold(train, k - 1, seed + i + 1);
      const thresholds = chooseThresholds(train, inner.predictions);
      const model = this.fit(train);
      return { docs: test, model, thresholds, predictions: republish(predict(test, model, UNPUBLISHED), thresholds) };
    });
  }
}
