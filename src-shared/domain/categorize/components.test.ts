import { describe, expect, it } from 'vitest';
import { generateCategorizeData } from '../../../bench/categorize-data';
import { trainCategorizer } from './categorizer';
import { createScorer, type ComponentModels } from './components';
import { analyzeText, extractFeatures, NET_DIM } from './features';
import { unpackLinear } from './model-format';
import { createRng } from './rng';
import type { DenseWeights } from './types';

describe('createScorer', () => {
  it('scores a row the same from its cached text and context parts as from its whole feature vector', async () => {
    const data = generateCategorizeData({ seed: 3, historyRows: 300, freshRows: 400 });
    const { model } = await trainCategorizer(data.history, { seed: 3, categories: data.categories });
    // Any weights will do for the net: the two ways of scoring must agree whatever they are.
    const rng = createRng(1);
    const C = model.classes.length;
    const H = 8;
    const random = (n: number) => Float32Array.from({ length: n }, () => rng() - 0.5);
    const dense: DenseWeights = { inputDim: NET_DIM, hidden: H, classes: C, w1: random(NET_DIM * H), b1: random(H), w2: random(H * C), b2: random(C) };
    const models: ComponentModels = { classes: C, linear: unpackLinear(model.linear!), dense, merchants: model.merchants, concepts: model.concepts };
    const direct = createScorer(models);
    const cached = createScorer(models);
    for (const r of [...data.fresh, ...data.fresh]) {
      const text = analyzeText(r);
      const a = direct(r, { text, features: extractFeatures(r, text) }, true);
      const b = cached(r, undefined, true);
      expect(b.group).toBe(a.group);
      expect(b.text).toEqual(a.text);
      a.logs.forEach((l, j) => {
        if (!l) return expect(b.logs[j]).toBeNull();
        l.forEach((x, c) => expect(b.logs[j]![c]).toBeCloseTo(x, 4));
      });
    }
  });
});
