// Error analysis on out-of-fold predictions (same folds as eval:extract): every gold commitment with
// the candidate that covers it (its probability and kind, or why there is none), every candidate
// above the floor that matches no gold commitment, and every gold vehicle beside the predicted one.
//   npm run build && node dist/bench/extraction-model/diagnose.js [--vehicles] [--all]
// Read the output to group errors by cause; never copy its sentences into rules or tests.
import { analyse, DEFAULT_MIN_CONFIDENCE } from '../../src/extraction/analyse';
import { CANDIDATE_TRIGGER } from '../../src/extraction/learned/candidates';
import { CrossValidation, FOLDS, SEED } from './cv';
import { fold, foldsOf, loadGold, matches as ok, spanIn, type GoldDocument } from './gold';

const words = (s: string | null) => new Set(fold(s ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
function tokenF1(a: string | null, b: string | null): number {
  const x = words(a), y = words(b);
  if (!x.size && !y.size) return 1;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  if (!common) return 0;
  const p = common / x.size, r = common / y.size;
  return (2 * p * r) / (p + r);
}

interface Gold {
  quote: string;
  also?: string[];
  kind: string;
  vehicle?: string | null;
}

function report(doc: GoldDocument, preds: ReturnType<typeof analyse>['commitments'], opts: { vehicles: boolean; all: boolean }): void {
  const text = fold(doc.text);
  const used = new Set<number>();
  for (const g of doc.commitments as Gold[]) {
    const spans = [g.quote, ...(g.also ?? [])].map((q) => spanIn(text, q)).filter((s): s is [number, number] => s !== null);
    // the scorer's choice: the largest overlap, among candidates above the floor first
    let i = -1, best = -1;
    preds.forEach((p, k) => {
      const ps = spanIn(text, p.quote);
      if (used.has(k) || !ps) return;
      const ov = Math.max(0, ...spans.filter((s) => ok(s, ps)).map((s) => Math.min(s[1], ps[1]) - Math.max(s[0], ps[0])));
      const rank = ov > 0 ? ov + (p.confidence >= DEFAULT_MIN_CONFIDENCE ? 1e6 : 0) : -1;
      if (rank > best) [i, best] = [k, rank];
    });
    const p = i >= 0 ? preds[i] : null;
    if (i >= 0) used.add(i);
    const status = !p ? (CANDIDATE_TRIGGER.test(g.quote) ? 'NOCAND' : 'NOTRIGGER') : p.confidence < DEFAULT_MIN_CONFIDENCE ? 'LOW' : p.kind !== g.kind ? 'KIND' : 'OK';
    if (opts.vehicles) {
      if (g.vehicle || p?.vehicle) console.log(`VEH ${status.padEnd(9)} ${doc.id} F1 ${g.vehicle ? tokenF1(p?.vehicle ?? null, g.vehicle).toFixed(2) : '(gold null)'}\n   gold: ${g.vehicle ?? 'null'}\n   pred: ${p?.vehicle ?? 'null'}\n   sent: ${fold(g.quote).slice(0, 200)}`);
      continue;
    }
    if (status === 'OK' && !opts.all) continue;
    console.log(`${status.padEnd(9)} ${g.kind.padEnd(6)} p=${p ? `${p.confidence.toFixed(2)} ${p.kind}` : '-'} ${doc.id}: ${fold(g.quote).slice(0, 220)}`);
  }
  if (opts.vehicles) return;
  const borderline = (doc.borderline ?? []).map((b) => spanIn(text, typeof b === 'string' ? b : b.quote ?? b.text ?? '')).filter((s): s is [number, number] => s !== null);
  const hard = (doc.hard_negatives ?? []).map((h) => spanIn(text, h)).filter((s): s is [number, number] => s !== null);
  const golds = (doc.commitments as Gold[]).flatMap((g) => [g.quote, ...(g.also ?? [])]).map((q) => spanIn(text, q)).filter((s): s is [number, number] => s !== null);
  preds.forEach((p, k) => {
    if (used.has(k) || p.confidence < DEFAULT_MIN_CONFIDENCE) return;
    const ps = spanIn(text, p.quote);
    if (!ps || golds.some((s) => ok(s, ps)) || borderline.some((s) => ok(s, ps))) return;
    const tag = hard.some((s) => ok(s, ps)) ? 'EXTRA-HN' : 'EXTRA';
    console.log(`${tag.padEnd(9)} ${p.kind.padEnd(6)} p=${p.confidence.toFixed(2)} ${doc.id}: ${fold(p.quote).slice(0, 220)}`);
  });
}

function main(): void {
  const opts = { vehicles: process.argv.includes('--vehicles'), all: process.argv.includes('--all') };
  const docs = loadGold();
  const cv = new CrossValidation();
  const folds = foldsOf(docs, FOLDS, SEED);
  folds.forEach((test, i) => {
    const model = cv.fit(folds.filter((_, j) => j !== i).flat());
    for (const d of test) report(d, analyse(d.text, { received: d.received, model, minConfidence: 0, reviewBelow: 1 }).commitments, opts);
  });
}

main();
