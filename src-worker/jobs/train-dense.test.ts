import { describe, expect, it } from 'vitest';
import { generateCategorizeData } from '../../bench/categorize-data';
import { loadCategorizer, trainCategorizer } from '../../src-shared/domain/categorize/categorizer';
import { denseLogProba } from '../../src-shared/domain/categorize/dense-net';
import { createRng } from '../../src-shared/domain/categorize/rng';
import type { SparseMatrix, SparseVector } from '../../src-shared/domain/categorize/types';
import { trainDense } from './train-dense';

/** Three classes, each marked by its own features among shared noise. */
function problem(n: number, seed: number): { x: SparseMatrix; y: Int32Array } {
  const rng = createRng(seed);
  const rows: SparseVector[] = [];
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = i % 3;
    rows.push({ indices: Int32Array.from([y[i]! * 8 + Math.floor(rng() * 4), 32 + Math.floor(rng() * 32)]), values: Float32Array.from([0.8, 0.6]) });
  }
  return { x: { dim: 64, rows }, y };
}

describe('trainDense (TF.js, wasm backend)', () => {
  it('trains a net whose exported weights classify new rows in plain TypeScript', async () => {
    const train = problem(300, 1);
    const net = await trainDense(train.x, train.y, ['a', 'b', 'c'], { epochs: 15, seed: 3 });
    expect(net).toMatchObject({ inputDim: 64, hidden: 16, classes: 3 });
    expect(net.w1).toHaveLength(64 * 16);
    const test = problem(150, 2);
    const scratch = { h: new Float64Array(16), z: new Float64Array(3) };
    let right = 0;
    test.x.rows.forEach((v, i) => {
      const l = denseLogProba(net, v, new Float32Array(3), scratch);
      if (l.indexOf(Math.max(...l)) === test.y[i]) right++;
    });
    expect(right / 150).toBeGreaterThan(0.9);
  });

  it('is reproducible for a seed and stops when cancelled', async () => {
    const { x, y } = problem(90, 4);
    const a = await trainDense(x, y, ['a', 'b', 'c'], { epochs: 2, seed: 5 });
    const b = await trainDense(x, y, ['a', 'b', 'c'], { epochs: 2, seed: 5 });
    expect(Array.from(a.w2)).toEqual(Array.from(b.w2));
    await expect(trainDense(x, y, ['a', 'b', 'c'], { signal: AbortSignal.abort() })).rejects.toThrow('cancelled');
  });

  it('joins the categorizer ensemble', async () => {
    const data = generateCategorizeData({ seed: 5, historyRows: 300, freshRows: 300 });
    const { model, metrics } = await trainCategorizer(data.history, { seed: 5, categories: data.categories, trainDense: (xs, ys, c) => trainDense(xs, ys, c) });
    expect(metrics.denseUsed).toBe(true);
    expect(model.dense).not.toBeNull();
    const c = loadCategorizer(model);
    const right = data.fresh.filter((r) => c.suggest(r, 1)[0]?.category === r.category).length;
    expect(right / data.fresh.length).toBeGreaterThan(0.85);
  }, 60_000);
});
