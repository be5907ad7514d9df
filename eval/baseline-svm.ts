import { fitTemperature, softmaxWithTemperature } from '../src-shared/domain/categorize/calibration';
import type { LabeledExample, TxInput } from '../src-shared/domain/categorize/types';

/**
 * The baseline: smart_importer's model, rebuilt. A linear SVM (hinge loss, C = 1, one-vs-rest,
 * solved exactly by dual coordinate descent as in LIBLINEAR) on bag-of-words counts: word 1–3
 * grams of the payee and of the description (sklearn's CountVectorizer tokens: lowercase runs
 * of 2+ word characters, digits included), plus the day of the month. For confidences (ECE,
 * auto-apply) its decision values get a softmax with a temperature fitted on the most recent
 * 20 % of the history by a model trained on the rest.
 */

interface Sparse { idx: number[]; val: number[] }

export interface Baseline {
  classes: string[];
  predict(tx: TxInput): { ranked: string[]; confidence: number };
}

export function trainBaseline(history: readonly LabeledExample[], seed = 1): Baseline {
  const sorted = [...history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const cut = Math.floor(sorted.length * 0.8);
  const early = fit(sorted.slice(0, cut), seed);
  const late = sorted.slice(cut).filter((e) => early.classIndex.has(e.category));
  const temperature = late.length ? fitTemperature(late.map((e) => early.scores(e)), late.map((e) => early.classIndex.get(e.category)!)) : 1;
  const final = fit(sorted, seed);
  return {
    classes: final.classes,
    predict(tx) {
      const p = softmaxWithTemperature(final.scores(tx), temperature);
      const order = final.classes.map((_, c) => c).sort((a, b) => p[b]! - p[a]! || a - b);
      return { ranked: order.slice(0, 3).map((c) => final.classes[c]!), confidence: p[order[0]!]! };
    },
  };
}

function fit(rows: readonly LabeledExample[], seed: number) {
  const vocab = new Map<string, number>();
  const vectorize = (tx: TxInput, grow: boolean): Sparse => {
    const counts = new Map<number, number>();
    const bump = (f: string) => {
      let i = vocab.get(f);
      if (i === undefined) { if (!grow) return; i = vocab.size; vocab.set(f, i); }
      counts.set(i, (counts.get(i) ?? 0) + 1);
    };
    for (const [field, text] of [['p', tx.payee], ['n', tx.description]] as const) {
      const toks = text.toLowerCase().match(/\b\w\w+\b/g) ?? [];
      for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= toks.length; i++) bump(`${field}:${toks.slice(i, i + n).join(' ')}`);
    }
    bump(`day:${Number(tx.date.slice(8, 10))}`);
    return { idx: [...counts.keys()], val: [...counts.values()] };
  };
  const classes = [...new Set(rows.map((r) => r.category))].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const xs = rows.map((r) => vectorize(r, true));
  const ys = rows.map((r) => classIndex.get(r.category)!);
  const weights = classes.map((_, k) => trainBinary(xs, ys.map((y) => (y === k ? 1 : -1)), vocab.size, seed + k));
  return {
    classes, classIndex,
    scores(tx: TxInput): Float64Array {
      const x = vectorize(tx, false);
      return Float64Array.from(weights, (w) => dot(w, x));
    },
  };
}

/** Dual coordinate descent for the L1-loss (hinge) linear SVM, bias as a constant feature. */
function trainBinary(xs: readonly Sparse[], y: readonly number[], dim: number, seed: number, C = 1, epochs = 50): Float64Array {
  const w = new Float64Array(dim + 1);
  const alpha = new Float64Array(xs.length);
  const qii = xs.map((x) => x.val.reduce((s, v) => s + v * v, 0) + 1);
  const order = xs.map((_, i) => i);
  let state = seed >>> 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      const j = state % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let maxViolation = 0;
    for (const i of order) {
      const x = xs[i]!;
      const g = y[i]! * dot(w, x) - 1;
      const pg = alpha[i] === 0 ? Math.min(g, 0) : alpha[i] === C ? Math.max(g, 0) : g;
      maxViolation = Math.max(maxViolation, Math.abs(pg));
      if (pg === 0) continue;
      const old = alpha[i]!;
      alpha[i] = Math.min(Math.max(old - g / qii[i]!, 0), C);
      const d = (alpha[i]! - old) * y[i]!;
      for (let k = 0; k < x.idx.length; k++) w[x.idx[k]!]! += d * x.val[k]!;
      w[dim]! += d;
    }
    if (maxViolation < 1e-3) break;
  }
  return w;
}

function dot(w: Float64Array, x: Sparse): number {
  let s = w[w.length - 1]!;
  for (let k = 0; k < x.idx.length; k++) s += w[x.idx[k]!]! * x.val[k]!;
  return s;
}
