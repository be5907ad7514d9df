import { describe, expect, it } from 'vitest';
import { buildMerchantTable, historyTotal, lookupMemory, measureMemoryRates } from './merchant-memory';

describe('merchant table', () => {
  it('counts categories per merchant key, most frequent first', () => {
    const t = buildMerchantTable(['starbucks', 'starbucks', 'amazon', 'amazon', 'amazon', ''], [1, 1, 2, 3, 3, 0]);
    expect(t.starbucks).toEqual([1, 2]);
    expect(t.amazon).toEqual([3, 2, 2, 1]);
    expect(historyTotal(t.amazon!)).toBe(3);
    expect(t['']).toBeUndefined();
  });
});

describe('measureMemoryRates', () => {
  it('measures on the history how often a merchant keeps its category', () => {
    const keys = Array.from({ length: 60 }, (_, i) => `m${i % 10}`);
    const consistent = measureMemoryRates(keys, keys.map((_, i) => i % 10));
    const fickle = measureMemoryRates(keys, keys.map((_, i) => i % 7));
    expect(consistent.exact).toBeGreaterThan(0.95);
    expect(fickle.exact).toBeLessThan(0.5);
    expect(measureMemoryRates([], []).exact).toBeCloseTo(0.9, 5);
  });
});

describe('lookupMemory', () => {
  const rates = { exact: 0.97, consistent: 0.99, head: 0.8 };
  const memory = { starbucks: { category: 'Meals', confirmations: 1 }, 'amazon web services': { category: 'Software', confirmations: 3 } };
  it('finds the exact key, with more trust after more confirmations', () => {
    expect(lookupMemory(memory, 'starbucks', rates)).toMatchObject({ exact: true, confidence: 0.97 });
    expect(lookupMemory(memory, 'amazon web services', rates)).toMatchObject({ exact: true, confidence: 0.99 });
  });
  it('falls back to a key with the same head word, less trusted', () => {
    expect(lookupMemory(memory, 'starbucks kirkland', rates)).toMatchObject({ key: 'starbucks', exact: false, confidence: 0.8 });
    expect(lookupMemory(memory, 'amazon', rates)?.entry.category).toBe('Software');
    expect(lookupMemory(memory, 'dunkin', rates)).toBeNull();
    expect(lookupMemory(memory, '', rates)).toBeNull();
  });
});
