// npm run train:extractor — fits the learned layer on all of ../shared/eval/dev + dev-qa and writes
// src/extraction/learned/weights.json. The review thresholds come from 5-fold cross-validation
// (out-of-fold predictions), never from the data a model was fitted on. Deterministic.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CrossValidation, chooseThresholds, formatThresholds } from './cv';
import { loadGold, ROOT } from './gold';

function main(): void {
  const docs = loadGold();
  const cv = new CrossValidation();
  const { predictions } = cv.outOfFold(docs);
  const thresholds = chooseThresholds(docs, predictions);
  const model = cv.fit(docs);
  const file = path.join(ROOT, 'src', 'extraction', 'learned', 'weights.json');
  const body = { classes: model.classes, bias: model.bias, weights: model.weights };
  // one feature per line: small diffs when the model is retrained
  const lines = Object.keys(body.weights).map((f) => `    ${JSON.stringify(f)}: ${JSON.stringify(body.weights[f])}`);
  writeFileSync(
    file,
    `{\n  "classes": ${JSON.stringify(body.classes)},\n  "reviewBelow": ${thresholds.report},\n  "reviewActionsBelow": ${thresholds.action},\n  "bias": ${JSON.stringify(body.bias)},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`,
  );
  console.log(`${docs.length} documents; ${lines.length} features; review threshold ${formatThresholds(thresholds)} (cross-validated); written to ${path.relative(ROOT, file)}`);
}

main();
