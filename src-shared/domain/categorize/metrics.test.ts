import { describe, expect, it } from 'vitest';
import { macroF1, topKAccuracy } from './metrics';

describe('metrics', () => {
  const rows = [
    { ranked: ['A', 'B', 'C'], truth: 'A' },
    { ranked: ['B', 'A', 'C'], truth: 'A' },
    { ranked: ['C', 'B', 'A'], truth: 'A' },
    { ranked: ['B', 'C', 'A'], truth: 'B' },
  ];
  it('counts top-k hits', () => {
    expect(topKAccuracy(rows, 1)).toBe(0.5);
    expect(topKAccuracy(rows, 2)).toBe(0.75);
    expect(topKAccuracy(rows, 3)).toBe(1);
  });
  it('averages F1 over categories', () => {
    // A: tp 1, fn 2 → 0.5; B: tp 1, fp 1 → 2/3; C: fp 1 → 0.
    expect(macroF1(rows)).toBeCloseTo((0.5 + 2 / 3 + 0) / 3, 6);
  });
});
