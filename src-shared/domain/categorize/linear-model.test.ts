import { describe, expect, it } from 'vitest';
import { defaultEpochs, linearLogProba, trainLinear, type LinearModel } from './linear-model';
import { createRng } from './rng';
import type { SparseVector } from './types';

/** Rows of three classes, each with its own informative features plus shared noise. */
function data(n: number, seed: number): { x: SparseVector[]; y: Int32Array } {
  const rng = createRng(seed);
  const x: SparseVector[] = [];
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % 3;
    const idx = [c * 10 + Math.floor(rng() * 3), 100 + Math.floor(rng() * 20), 200 + Math.floor(rng() * 20)];
    x.push({ indices: Int32Array.from(idx), values: Float32Array.from([0.7, 0.5, 0.5]) });
    y[i] = c;
  }
  return { x, y };
}

const proba = (m: LinearModel, v: SparseVector) => Array.from(linearLogProba(m, v, new Float32Array(m.classes)), Math.exp);

describe('trainLinear', () => {
  it('learns classes from sparse features and generalizes to new rows', () => {
    const train = data(300, 1);
    const test = data(300, 2);
    const m = trainLinear(train.x, train.y, 3, 256, { seed: 1 });
    let right = 0;
    test.x.forEach((v, i) => {
      const p = proba(m, v);
      if (p.indexOf(Math.max(...p)) === test.y[i]) right++;
    });
    expect(right / 300).toBeGreaterThan(0.95);
  });
  it('is reproducible for a seed', () => {
    const { x, y } = data(90, 3);
    const a = trainLinear(x, y, 3, 256, { seed: 5 });
    const b = trainLinear(x, y, 3, 256, { seed: 5 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
  });
  it('gives a distribution, and more passes to small histories', () => {
    const { x, y } = data(60, 4);
    const m = trainLinear(x, y, 3, 256, { seed: 1, epochs: 3 });
    expect(proba(m, x[0]!).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(defaultEpochs(100)).toBeGreaterThan(defaultEpochs(100_000));
  });
});
