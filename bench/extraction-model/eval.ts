// npm run eval:extract — the extractor on ../shared/eval/dev + dev-qa, cross-validated over documents
// (5 folds, fixed seed): the learned layer and its review threshold are fitted on four folds and
// the fifth is scored by ../shared/eval/score.mjs. Prints every fold and the pooled figures, for
// all predictions and for the published ones only. `--verbose` lists the pooled mistakes; `--shift`
// instead fits on dev-qa and scores dev (a check of generalisation to other years and document types).
import { CrossValidation, chooseThresholds, formatThresholds, predict, score, FOLDS, SEED, type Figures, type Predictions } from './cv';
import type { FitOptions } from './fit';
import { loadGold } from './gold';

const prf = (x: Figures['report']) =>
  `P ${x.precision.toFixed(3)} R ${x.recall.toFixed(3)} (tp ${x.tp} fp ${x.fp} fn ${x.fn})`;

function line(label: string, f: Figures): string {
  return [
    label.padEnd(34),
    `report ${prf(f.report)}`,
    `action ${prf(f.action)}`,
    `hard neg ${f.hardNegativesHit}`,
    `vehicle F1 ${f.vehicleF1 ?? '-'}`,
    `due ${f.dueAccuracy ?? '-'} over ${f.dueCompared}`,
  ].join(' | ');
}

/** FIT_L2, FIT_MIN_COUNT and FIT_WITHOUT (feature prefixes, comma-separated) try other fitting settings. */
const fitOptionsFromEnv = (): FitOptions => ({
  ...(process.env.FIT_L2 ? { l2: Number(process.env.FIT_L2) } : {}),
  ...(process.env.FIT_MIN_COUNT ? { minCount: Number(process.env.FIT_MIN_COUNT) } : {}),
  ...(process.env.FIT_WITHOUT ? { without: process.env.FIT_WITHOUT.split(',') } : {}),
});

/**
 * A check of generalisation under a shift of source: fitted (and its threshold chosen by inner
 * cross-validation) on dev-qa alone — 2021–2022 answers — and scored on dev, which holds other
 * years, ministers, letters and notices.
 */
function shift(): void {
  const train = loadGold(['dev-qa']);
  const test = loadGold(['dev']);
  const cv = new CrossValidation(fitOptionsFromEnv());
  const thresholds = chooseThresholds(train, cv.outOfFold(train).predictions);
  const predictions = predict(test, cv.fit(train), thresholds);
  console.log(`fitted on dev-qa (${train.length}), scored on dev (${test.length}), review threshold ${formatThresholds(thresholds)}\n`);
  console.log(line('dev all', score(test, predictions, false).figures));
  const published = score(test, predictions, true, process.argv.includes('--verbose'));
  console.log(line('dev published', published.figures));
  for (const m of published.mistakes) console.log(`  ${m}`);
}

function main(): void {
  if (process.argv.includes('--shift')) return shift();
  const verbose = process.argv.includes('--verbose');
  const docs = loadGold();
  const t0 = Date.now();
  const results = new CrossValidation(fitOptionsFromEnv()).run(docs);
  console.log(`${docs.length} documents, ${FOLDS} folds (seed ${SEED}), fitted in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  const pooled: Predictions = new Map();
  results.forEach((r, i) => {
    for (const [id, p] of r.predictions) pooled.set(id, p);
    console.log(line(`fold ${i + 1} all`, score(r.docs, r.predictions, false).figures));
    console.log(line(`fold ${i + 1} published≥${formatThresholds(r.thresholds)}`, score(r.docs, r.predictions, true).figures));
  });
  console.log('');
  const all = score(docs, pooled, false, verbose);
  const published = score(docs, pooled, true, verbose);
  console.log(line('pooled all', all.figures));
  console.log(line('pooled published', published.figures));
  const dev = docs.filter((d) => d.received !== null);
  console.log(line('dev only, published', score(dev, pooled, true).figures));
  if (verbose) {
    console.log('\nmistakes among published predictions (pooled, out of fold):');
    for (const m of published.mistakes) console.log(`  ${m}`);
    const held = all.mistakes.filter((m) => !published.mistakes.includes(m));
    console.log('\nmistakes only in all predictions (held for review or missed when published only):');
    for (const m of held) console.log(`  ${m}`);
  }
}

main();
