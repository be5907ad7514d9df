import type { Strength } from './keyword-map';

/**
 * The ensemble: each component (linear model, dense net, the merchant's own history, the
 * keyword map's brand or word evidence) gives a distribution over categories; the combined
 * score of a category is a weighted sum of their logs, and the softmax of the scores is the
 * confidence. The weights are fitted on held-out history by log-likelihood, separately for
 * groups of rows whose reliability differs (merchant seen before or not, what the keyword map
 * knows of it), so the fit is also the calibration: a multinomial logistic calibration of
 * which temperature scaling is the one-weight special case. Held-out rows are weighted so that
 * each merchant counts once: forty coffees at one café do not prove forty times as much.
 */

export const COMPONENTS = ['linear', 'dense', 'history', 'brand', 'word'] as const;
export const GROUPS = [
  'merchant filed 3+ times, always alike', 'merchant seen before', 'new merchant, known brand', 'new merchant, category word', 'new merchant, no clue',
] as const;
const K = COMPONENTS.length;
/** Share of probability under which no component's say counts (see floorLogs). */
const SMOOTHING = 0.02;

export interface StackRow {
  group: number;
  /** Per component: its floored log-probabilities, or null when it has nothing to say. */
  logs: (Float32Array | null)[];
  label: number;
  /** Rows of one merchant are one piece of evidence: each gets 1 / (its merchant's row count). */
  weight: number;
}

export interface EnsembleWeights {
  /** [group][component] */
  weights: number[][];
}

/**
 * The prior the fit is pulled toward (and what a group without held-out rows keeps). The dense
 * net starts low: it sees what the linear model sees, and must earn its weight on held-out rows.
 */
export const DEFAULT_WEIGHTS: EnsembleWeights = {
  weights: GROUPS.map(() => [1, 0.3, 0.7, 0.5, 0.3]),
};

/**
 * Without held-out history nothing can be calibrated: keyword evidence is tempered so that its
 * suggestions read as the guesses they are (and the threshold is NEVER anyway).
 */
export const COLD_START_WEIGHTS: EnsembleWeights = {
  weights: GROUPS.map(() => [0, 0, 1, 0.35, 0.2]),
};

/** history: the merchant's own [category, count, ...] (most frequent first), or null. */
export function stackGroup(history: readonly number[] | null, keyword: Strength | null): number {
  if (history) return history.length === 2 && history[1]! >= 3 ? 0 : 1;
  if (keyword === 'merchant') return 2;
  return keyword === 'keyword' ? 3 : 4;
}

/**
 * Every component's log-probabilities are floored at log(SMOOTHING / classes): a component can
 * argue strongly against a category, never veto it outright. In place.
 */
export function floorLogs(l: Float32Array): Float32Array {
  const floor = Math.log(SMOOTHING / l.length);
  for (let c = 0; c < l.length; c++) if (l[c]! < floor) l[c] = floor;
  return l;
}

/** Floored logs of a probability vector, into `out`. */
export function probLogs(p: ArrayLike<number>, out: Float32Array): Float32Array {
  for (let c = 0; c < out.length; c++) out[c] = Math.log(Math.max(p[c]!, 1e-30));
  return floorLogs(out);
}

/** The ensemble's probabilities for one row. */
export function combine(ew: EnsembleWeights, group: number, logs: readonly (Float32Array | null)[], classes: number, out = new Float64Array(classes)): Float64Array {
  const w = ew.weights[group]!;
  out.fill(0);
  for (let j = 0; j < K; j++) {
    const l = logs[j];
    if (!l || w[j] === 0) continue;
    const wj = w[j]!;
    for (let c = 0; c < classes; c++) out[c]! += wj * l[c]!;
  }
  let max = -Infinity;
  for (let c = 0; c < classes; c++) max = Math.max(max, out[c]!);
  let sum = 0;
  for (let c = 0; c < classes; c++) { out[c] = Math.exp(out[c]! - max); sum += out[c]!; }
  for (let c = 0; c < classes; c++) out[c]! /= sum;
  return out;
}

export interface FitOptions {
  /** L2 pull toward the prior weights, in units of log-likelihood. */
  ridge?: number;
  iterations?: number;
  prior?: EnsembleWeights;
}

/** Weights maximizing the held-out log-likelihood (convex: scores are linear in the weights). */
export function fitEnsemble(rows: readonly StackRow[], classes: number, opts: FitOptions = {}): EnsembleWeights {
  const prior = opts.prior ?? DEFAULT_WEIGHTS;
  const ridge = opts.ridge ?? 2;
  const G = GROUPS.length;
  let w = prior.weights.map((r) => [...r]);
  const objective = (ws: number[][], grad?: number[][]) => {
    let f = 0;
    const p = new Float64Array(classes);
    for (const row of rows) {
      combine({ weights: ws }, row.group, row.logs, classes, p);
      f -= row.weight * Math.log(Math.max(p[row.label]!, 1e-12));
      if (!grad) continue;
      const g = grad[row.group]!;
      for (let j = 0; j < K; j++) {
        const l = row.logs[j];
        if (!l) continue;
        let e = 0;
        for (let c = 0; c < classes; c++) e += p[c]! * l[c]!;
        g[j]! += row.weight * (e - l[row.label]!);
      }
    }
    for (let g = 0; g < G; g++) {
      for (let j = 0; j < K; j++) {
        const d = ws[g]![j]! - prior.weights[g]![j]!;
        f += ridge * d * d;
        if (grad) grad[g]![j]! += 2 * ridge * d;
      }
    }
    return f;
  };
  let step = 0.05;
  let f = objective(w);
  for (let it = 0; it < (opts.iterations ?? 150); it++) {
    const grad = Array.from({ length: G }, () => new Array<number>(K).fill(0));
    objective(w, grad);
    let norm = 0;
    for (const r of grad) for (const v of r) norm += v * v;
    if (norm < 1e-8) break;
    let improved = false;
    for (let tries = 0; tries < 20; tries++) {
      const next = w.map((r, g) => r.map((v, j) => Math.max(0, v - step * grad[g]![j]!)));
      const fn = objective(next);
      if (fn < f - 1e-9) { w = next; f = fn; step *= 1.5; improved = true; break; }
      step /= 2;
    }
    if (!improved) break;
  }
  return { weights: w };
}
