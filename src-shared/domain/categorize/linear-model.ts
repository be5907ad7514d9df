import { createRng, shuffleInPlace } from './rng';
import type { SparseVector } from './types';

/**
 * Multinomial logistic regression on hashed sparse features, trained by AdaGrad with L2 (applied
 * lazily to the weights a row touches). Weights are laid out feature-major (w[f * classes + c])
 * so one feature's class weights are adjacent. Deterministic for a given seed.
 */

export interface LinearModel {
  dim: number;
  classes: number;
  /** dim × classes */
  weights: Float32Array;
  bias: Float32Array;
}

export interface LinearOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
  onEpoch?: (epoch: number, epochs: number) => void;
}

/** More passes for small histories, at least three for large ones. */
export function defaultEpochs(rows: number): number {
  return Math.max(3, Math.min(25, Math.ceil(300_000 / Math.max(1, rows))));
}

export function trainLinear(x: readonly SparseVector[], y: Int32Array, classes: number, dim: number, opts: LinearOptions = {}): LinearModel {
  const epochs = opts.epochs ?? defaultEpochs(x.length);
  const lr = opts.learningRate ?? 0.5;
  const l2 = opts.l2 ?? 1e-4;
  const weights = new Float32Array(dim * classes);
  const bias = new Float32Array(classes);
  const gw = new Float32Array(dim * classes).fill(1e-6);
  const gb = new Float32Array(classes).fill(1e-6);
  const scores = new Float64Array(classes);
  const order = Array.from(x.keys());
  const rng = createRng(opts.seed ?? 1);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, rng);
    for (const r of order) {
      const v = x[r]!;
      scoresInto(weights, bias, classes, v, scores);
      softmaxInPlace(scores);
      scores[y[r]!]! -= 1; // now the gradient of the loss w.r.t. each class score
      for (let c = 0; c < classes; c++) {
        const g = scores[c]!;
        gb[c]! += g * g;
        bias[c]! -= (lr * g) / Math.sqrt(gb[c]!);
      }
      for (let k = 0; k < v.indices.length; k++) {
        const base = v.indices[k]! * classes;
        const xv = v.values[k]!;
        for (let c = 0; c < classes; c++) {
          const i = base + c;
          const g = scores[c]! * xv + l2 * weights[i]!;
          gw[i]! += g * g;
          weights[i]! -= (lr * g) / Math.sqrt(gw[i]!);
        }
      }
    }
    opts.onEpoch?.(epoch + 1, epochs);
  }
  return { dim, classes, weights, bias };
}

/** Adds the raw (unscaled) features' contribution to each class score into `out` (no bias). */
export function linearPartial(model: LinearModel, idx: ArrayLike<number>, val: ArrayLike<number>, out: Float64Array | Float32Array, count = idx.length): void {
  const C = model.classes;
  const w = model.weights;
  for (let k = 0; k < count; k++) {
    const base = idx[k]! * C;
    const xv = val[k]!;
    for (let c = 0; c < C; c++) out[c]! += xv * w[base + c]!;
  }
}

/** Log-softmax of scores given in `z` (overwritten with nothing; result in `out`). */
export function logSoftmaxInto(z: Float64Array, n: number, out: Float32Array): Float32Array {
  let max = -Infinity;
  for (let c = 0; c < n; c++) if (z[c]! > max) max = z[c]!;
  let sum = 0;
  for (let c = 0; c < n; c++) sum += Math.exp(z[c]! - max);
  const lse = max + Math.log(sum);
  for (let c = 0; c < n; c++) out[c] = z[c]! - lse;
  return out;
}

/** Log-probabilities, written into `out` (no allocation: the suggestion path calls this per row). */
export function linearLogProba(model: LinearModel, v: SparseVector, out: Float32Array, scratch = new Float64Array(model.classes)): Float32Array {
  scoresInto(model.weights, model.bias, model.classes, v, scratch);
  return logSoftmaxInto(scratch, model.classes, out);
}

function scoresInto(weights: Float32Array, bias: Float32Array, classes: number, v: SparseVector, out: Float64Array): void {
  for (let c = 0; c < classes; c++) out[c] = bias[c]!;
  for (let k = 0; k < v.indices.length; k++) {
    const base = v.indices[k]! * classes;
    const xv = v.values[k]!;
    for (let c = 0; c < classes; c++) out[c]! += xv * weights[base + c]!;
  }
}

export function softmaxInPlace(z: Float64Array | Float32Array): void {
  let max = -Infinity;
  for (let i = 0; i < z.length; i++) if (z[i]! > max) max = z[i]!;
  let sum = 0;
  for (let i = 0; i < z.length; i++) { const e = Math.exp(z[i]! - max); z[i] = e; sum += e; }
  for (let i = 0; i < z.length; i++) z[i]! /= sum;
}
