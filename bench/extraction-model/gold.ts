// The hand-annotated gold sets (../shared/eval/dev and dev-qa), folds over documents, and the
// labelled candidate sentences the learned layer is fitted on.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyse } from '../../src/extraction/analyse';
import type { ClassName } from '../../src/extraction/learned/model';
import { CLASSES } from '../../src/extraction/learned/model';

export interface GoldCommitment {
  quote: string;
  also?: string[];
  kind: 'report' | 'action';
}
export interface GoldDocument {
  id: string;
  file: string;
  received: string | null;
  text: string;
  commitments: GoldCommitment[];
  hard_negatives?: string[];
  borderline?: (string | { quote?: string; text?: string })[];
}
export interface Example {
  features: string[];
  label: number;
}

export const ROOT = path.join(__dirname, '..', '..', '..');
export const EVAL_DIR = path.resolve(ROOT, process.env.EVAL_DIR ?? '../shared/eval');
export const SCORER = path.join(EVAL_DIR, 'score.mjs');
export const GOLD_SETS = ['dev', 'dev-qa'];

export function loadGold(sets = GOLD_SETS): GoldDocument[] {
  const docs: GoldDocument[] = [];
  for (const set of sets) {
    const dir = path.join(EVAL_DIR, set);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
      const file = path.join(dir, f);
      docs.push({ ...(JSON.parse(readFileSync(file, 'utf8')) as GoldDocument), file });
    }
  }
  return docs;
}

/** A small seeded generator (mulberry32): the same folds on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** k folds over documents, stratified by whether a document holds a commitment, shuffled with a fixed seed. */
export function foldsOf<T extends { id: string; commitments: unknown[] }>(docs: T[], k: number, seed: number): T[][] {
  const rnd = random(seed);
  const folds: T[][] = Array.from({ length: k }, () => []);
  const groups = [docs.filter((d) => d.commitments.length > 0), docs.filter((d) => d.commitments.length === 0)];
  let next = 0;
  for (const group of groups) {
    const order = [...group].sort((a, b) => a.id.localeCompare(b.id));
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const d of order) folds[next++ % k].push(d);
  }
  return folds;
}

export const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The span of a quote in whitespace-folded text, as the scorer finds it. */
export function spanIn(folded: string, quote: string): [number, number] | null {
  const q = fold(quote);
  if (!q) return null;
  let at = folded.indexOf(q);
  if (at < 0) at = folded.toLowerCase().indexOf(q.toLowerCase());
  return at >= 0 ? [at, at + q.length] : null;
}

export const matches = (a: [number, number], b: [number, number]) => {
  const ov = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  return ov > 0 && ov >= 0.5 * Math.min(a[1] - a[0], b[1] - b[0]);
};

/**
 * Every candidate sentence of a document with its features, labelled as the scorer would judge it:
 * the kind of the gold commitment it matches (quote or restatement), else none. Candidates on a
 * borderline sentence are left out.
 */
export function labelledCandidates(doc: GoldDocument): Example[] {
  const folded = fold(doc.text);
  const gold = doc.commitments.map((c) => ({
    kind: c.kind,
    spans: [c.quote, ...(c.also ?? [])].map((q) => spanIn(folded, q)).filter((s): s is [number, number] => s !== null),
  }));
  const borderline = (doc.borderline ?? [])
    .map((b) => spanIn(folded, typeof b === 'string' ? b : b.quote ?? b.text ?? ''))
    .filter((s): s is [number, number] => s !== null);
  const out: Example[] = [];
  analyse(doc.text, {
    received: doc.received,
    minConfidence: 2,
    offerNonCandidates: true,
    onCandidate: (c) => {
      const span = spanIn(folded, doc.text.slice(c.start, c.end));
      if (!span) return;
      const g = gold.find((x) => x.spans.some((s) => matches(s, span)));
      if (!g && borderline.some((b) => matches(b, span))) return;
      const label: ClassName = g ? g.kind : 'none';
      out.push({ features: c.features, label: CLASSES.indexOf(label) });
    },
  });
  return out;
}
