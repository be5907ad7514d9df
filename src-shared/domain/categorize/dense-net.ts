import { logSoftmaxInto } from './linear-model';
import type { DenseWeights, SparseVector } from './types';

/**
 * Inference for the dense net trained by TF.js in a worker (src-worker/jobs/train-dense.ts):
 * one ReLU hidden layer and a softmax, in plain TypeScript, so suggesting needs no TF.js.
 * The input is sparse, so the first layer sums only the rows of w1 the features touch.
 */

/**
 * Log-probabilities into `out`, reading features of any dimension folded into the net's input
 * (its inputDim is a power of two), with caller-owned scratch: no allocation per row.
 */
export function denseLogProba(net: DenseWeights, v: SparseVector, out: Float32Array, scratch: { h: Float64Array; z: Float64Array }): Float32Array {
  const h = scratch.h;
  for (let j = 0; j < net.hidden; j++) h[j] = net.b1[j]!;
  densePartial(net, v.indices, v.values, h);
  return denseFromHidden(net, h, out, scratch.z);
}

/** Adds the features' contribution to the hidden pre-activations into `out` (no bias). */
export function densePartial(net: DenseWeights, idx: ArrayLike<number>, val: ArrayLike<number>, out: Float64Array | Float32Array, count = idx.length): void {
  const { hidden, w1 } = net;
  const mask = net.inputDim - 1;
  for (let k = 0; k < count; k++) {
    const base = (idx[k]! & mask) * hidden;
    const xv = val[k]!;
    for (let j = 0; j < hidden; j++) out[j]! += xv * w1[base + j]!;
  }
}

/** ReLU, the output layer and log-softmax, from the hidden pre-activations `h` (bias included). */
export function denseFromHidden(net: DenseWeights, h: Float64Array, out: Float32Array, z: Float64Array): Float32Array {
  const { hidden, classes, w2, b2 } = net;
  for (let c = 0; c < classes; c++) z[c] = b2[c]!;
  for (let j = 0; j < hidden; j++) {
    const a = h[j]!;
    if (a <= 0) continue;
    const base = j * classes;
    for (let c = 0; c < classes; c++) z[c]! += a * w2[base + c]!;
  }
  return logSoftmaxInto(z, classes, out);
}

/** Checks that exported weights have the shapes they claim (they cross a process boundary). */
export function validDenseWeights(net: DenseWeights): boolean {
  return (net.inputDim & (net.inputDim - 1)) === 0 && net.w1.length === net.inputDim * net.hidden && net.b1.length === net.hidden &&
    net.w2.length === net.hidden * net.classes && net.b2.length === net.classes;
}
