// A model's weights in maps keyed the way features are found, and the score they add up to.
import { SENTENCE_START, stemOf } from './features';
import type { LinearModel } from './model';

/** One feature's weights, with the last scoring pass that added them (each feature counts once). */
export interface Entry {
  w: number[];
  pass: number;
}

/** The weights of a model in maps keyed the way features are found: no feature names are built. */
export interface Compiled {
  model: LinearModel;
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

export function compile(model: LinearModel): Compiled {
  let c = compiled.get(model);
  if (c) return c;
  c = { model, cues: new Map(), words: new Map(), pairs: new Map(), tokens: new Map() };
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

/** Sums the weights of the features visited into a score, each feature once. */
export class Scorer {
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

