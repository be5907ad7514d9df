import { describe, expect, it } from 'vitest';
import { denseLogProba, validDenseWeights } from './dense-net';
import type { DenseWeights, SparseVector } from './types';

// inputDim 4, hidden 2, classes 2: h = relu(x·w1 + b1), z = h·w2 + b2.
const net: DenseWeights = {
  inputDim: 4, hidden: 2, classes: 2,
  w1: Float32Array.from([1, 0, 0, 1, -1, 0, 0, -1]),
  b1: Float32Array.from([0, 0.5]),
  w2: Float32Array.from([2, 0, 0, 2]),
  b2: Float32Array.from([0, 0]),
};
const proba = (v: SparseVector) => Array.from(denseLogProba(net, v, new Float32Array(2), { h: new Float64Array(2), z: new Float64Array(2) }), Math.exp);
const unit = (i: number): SparseVector => ({ indices: Int32Array.from([i]), values: Float32Array.from([1]) });

describe('denseLogProba', () => {
  it('computes the forward pass of exported weights', () => {
    const e = Math.exp(1);
    // x = e0: h = relu([1, 0.5]) → z = [2, 1].
    expect(proba(unit(0))[0]).toBeCloseTo(e / (e + 1), 6);
    // x = e2: h = relu([-1, 0.5]) = [0, 0.5] → z = [0, 1].
    expect(proba(unit(2))[1]).toBeCloseTo(e / (e + 1), 6);
  });
  it('folds wider feature indices into its input', () => {
    expect(proba(unit(4 + 0))).toEqual(proba(unit(0)));
    expect(proba(unit(16 + 2))).toEqual(proba(unit(2)));
  });
  it('checks shapes of weights that crossed a process boundary', () => {
    expect(validDenseWeights(net)).toBe(true);
    expect(validDenseWeights({ ...net, b2: new Float32Array(3) })).toBe(false);
    expect(validDenseWeights({ ...net, inputDim: 3, w1: new Float32Array(6) })).toBe(false);
  });
});
