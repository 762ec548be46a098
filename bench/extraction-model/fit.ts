// Fits the learned layer: multinomial logistic regression with L2 over binary features, full-batch
// gradient descent with Adam steps. Deterministic: no sampling, features in sorted order.
import { CLASSES, type LinearModel } from '../../src/extraction/learned/model';
import type { Example } from './gold';

export interface FitOptions {
  /** a feature must occur in at least this many training candidates */
  minCount?: number;
  /** feature families left out entirely, by prefix ("b:" = word pairs, "w:" = words) */
  without?: string[];
  l2?: number;
  iterations?: number;
  rate?: number;
}

function vocabulary(examples: Example[], minCount: number, without: string[]): string[] {
  const count = new Map<string, number>();
  for (const e of examples) for (const f of e.features) count.set(f, (count.get(f) ?? 0) + 1);
  return [...count].filter(([f, n]) => n >= minCount && !without.some((p) => f.startsWith(p))).map(([f]) => f).sort();
}

export function fitModel(examples: Example[], options: FitOptions = {}): LinearModel {
  // l2 0.01 rather than 0.003: equal or better cross-validated figures with smaller weights (a simpler model for
  // answers from elsewhere); see eval:extract with FIT_L2
  const { minCount = 3, l2 = 0.01, iterations = 300, rate = 0.05, without = [] } = options;
  const K = CLASSES.length;
  const vocab = vocabulary(examples, minCount, without);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({ ids: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), label: e.label }));
  const P = (vocab.length + 1) * K; // the last row is the bias
  const w = new Float64Array(P), m = new Float64Array(P), v = new Float64Array(P), g = new Float64Array(P);
  const biasAt = vocab.length * K;
  const n = rows.length;
  const score = new Float64Array(K);
  for (let it = 1; it <= iterations; it++) {
    g.fill(0);
    for (const r of rows) {
      for (let k = 0; k < K; k++) score[k] = w[biasAt + k];
      for (const id of r.ids) for (let k = 0; k < K; k++) score[k] += w[id * K + k];
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, score[k]);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += (score[k] = Math.exp(score[k] - max));
      for (let k = 0; k < K; k++) {
        const d = score[k] / sum - (k === r.label ? 1 : 0);
        g[biasAt + k] += d / n;
        for (const id of r.ids) g[id * K + k] += d / n;
      }
    }
    for (let i = 0; i < biasAt; i++) g[i] += l2 * w[i];
    for (let i = 0; i < P; i++) {
      m[i] = 0.9 * m[i] + 0.1 * g[i];
      v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
      const mh = m[i] / (1 - 0.9 ** it), vh = v[i] / (1 - 0.999 ** it);
      w[i] -= (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const row = Array.from(w.subarray(i * K, i * K + K), round);
    if (row.some((x) => Math.abs(x) >= 0.005)) weights[f] = row;
  });
  return { classes: CLASSES, bias: Array.from(w.subarray(biasAt, biasAt + K), round), weights };
}
