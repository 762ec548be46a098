// Figures of one evaluation run, and the cross-validated choice of the auto-link threshold: fit on
// all folds but one, score the letters of the left-out fold with it.
import { createHash } from 'node:crypto';
import { decide, DEFAULT_THRESHOLDS, Evidence, isSpecific, Thresholds } from '../../src/fulfilment/domain/score';
import type { GoldLink } from './cases';

export interface CandidateOutcome {
  commitmentId: string;
  score: number;
  explicitCitation: boolean;
  reasons: Evidence[];
  autoLinked: boolean;
  /** The letter says it keeps the promise only partly: an auto link would make it partially fulfilled. */
  partial: boolean;
  /** The commitment's status after the letter (for status right). */
  commitmentStatus: string;
}

export interface LetterOutcome {
  letter: string;
  kind: string;
  gold: Map<string, GoldLink>;
  /** Gold links whose quoted promise the extractor did not store: counted as missed (how many of them cite their source). */
  unresolved: number;
  unresolvedAuto: number;
  candidates: CandidateOutcome[];
  /** The linker may auto-link for this letter at all (not a postponement, moved nothing). */
  mayAutoLink: boolean;
  movesExpected: number;
  movesRight: number;
  movesWrong: number;
}

export interface Figures {
  autoPrecision: number | null;
  autoRecall: number | null;
  statusRight: number | null;
  top3Recall: number | null;
  top3Precision: number | null;
  movesRight: number | null;
  wrongMoves: number;
}

const TOP = 3;
const GRID = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
const PRECISION_TARGET = 0.95;

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

/** Auto links as the given thresholds would decide them; the as-run decision when none are given. */
function autoOf(o: LetterOutcome, thresholds?: Thresholds): CandidateOutcome[] {
  if (!thresholds) return o.candidates.filter((c) => c.autoLinked);
  if (!o.mayAutoLink) return [];
  return o.candidates.filter((c) => decide({ ...c, specific: isSpecific(c.reasons) }, thresholds) === 'auto');
}

interface AutoCounts {
  made: number;
  right: number;
  expected: number;
  found: number;
  statusRight: number;
}

function autoCounts(outcomes: LetterOutcome[], thresholds?: Thresholds): AutoCounts {
  const n: AutoCounts = { made: 0, right: 0, expected: 0, found: 0, statusRight: 0 };
  for (const o of outcomes) {
    const auto = autoOf(o, thresholds);
    n.made += auto.length;
    n.right += auto.filter((c) => o.gold.has(c.commitmentId)).length;
    const statusOf = (c: CandidateOutcome) => (thresholds ? (c.partial ? 'partially_fulfilled' : 'fulfilled') : c.commitmentStatus);
    n.statusRight += auto.filter((c) => o.gold.get(c.commitmentId)?.status === statusOf(c)).length;
    for (const [id, link] of o.gold) {
      if (!link.auto) continue;
      n.expected++;
      if (auto.some((c) => c.commitmentId === id)) n.found++;
    }
    n.expected += o.unresolvedAuto;
  }
  return n;
}

/**
 * The threshold with the best recall at the precision target on these letters. Of the thresholds
 * that tie, the middle one: a few labelled links leave a wide interval, and its edge fits them only.
 */
export function fitThreshold(outcomes: LetterOutcome[]): number {
  const feasible = GRID.map((t) => {
    const n = autoCounts(outcomes, { ...DEFAULT_THRESHOLDS, autoLinkMin: t });
    return { t, precision: n.made === 0 ? 1 : n.right / n.made, recall: n.expected === 0 ? 0 : n.found / n.expected };
  }).filter((x) => x.precision >= PRECISION_TARGET);
  if (feasible.length === 0) return GRID[GRID.length - 1];
  const best = Math.max(...feasible.map((x) => x.recall));
  const tied = feasible.filter((x) => x.recall === best).map((x) => x.t);
  return tied[Math.floor((tied.length - 1) / 2)];
}

function foldOf(letter: string, folds: number): number {
  return createHash('sha256').update(letter).digest()[0] % folds;
}

/** Auto-link counts with each fold's letters decided by the threshold fitted on the other folds. */
export function crossValidated(outcomes: LetterOutcome[], folds = 5): { counts: AutoCounts; thresholds: number[] } {
  const total: AutoCounts = { made: 0, right: 0, expected: 0, found: 0, statusRight: 0 };
  const thresholds: number[] = [];
  for (let f = 0; f < folds; f++) {
    const test = outcomes.filter((o) => foldOf(o.letter, folds) === f);
    if (test.length === 0) continue;
    const t = fitThreshold(outcomes.filter((o) => foldOf(o.letter, folds) !== f));
    thresholds.push(t);
    const n = autoCounts(test, { ...DEFAULT_THRESHOLDS, autoLinkMin: t });
    for (const k of Object.keys(total) as (keyof AutoCounts)[]) total[k] += n[k];
  }
  return { counts: total, thresholds };
}

export function figures(outcomes: LetterOutcome[], auto: AutoCounts): Figures {
  let gold = 0, goldInTop = 0, topTotal = 0, topRight = 0, movesExpected = 0, movesRight = 0, wrongMoves = 0;
  for (const o of outcomes) {
    const top = [...o.candidates].sort((a, b) => b.score - a.score).slice(0, TOP);
    gold += o.gold.size + o.unresolved;
    for (const id of o.gold.keys()) if (top.some((c) => c.commitmentId === id) || o.candidates.some((c) => c.autoLinked && c.commitmentId === id)) goldInTop++;
    topTotal += top.length;
    topRight += top.filter((c) => o.gold.has(c.commitmentId)).length;
    movesExpected += o.movesExpected;
    movesRight += o.movesRight;
    wrongMoves += o.movesWrong;
  }
  return {
    autoPrecision: ratio(auto.right, auto.made),
    autoRecall: ratio(auto.found, auto.expected),
    statusRight: ratio(auto.statusRight, auto.right),
    top3Recall: ratio(goldInTop, gold),
    top3Precision: ratio(topRight, topTotal),
    movesRight: ratio(movesRight, movesExpected),
    wrongMoves,
  };
}

export function asRun(outcomes: LetterOutcome[]): AutoCounts {
  return autoCounts(outcomes);
}
