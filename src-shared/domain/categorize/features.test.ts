import { describe, expect, it } from 'vitest';
import { analyzeText, contextFeatures, extractFeatures, LINEAR_DIM, sizeBucket, squaredNorm, textFeatures, weekday } from './features';
import type { TxInput } from './types';

const tx: TxInput = { payee: '', description: 'STARBUCKS STORE 07604 SEATTLE WA', amountMinor: -575, date: '2024-03-15', account: 'Credit Card' };

describe('extractFeatures', () => {
  it('is deterministic, within the dimension, and of unit length', () => {
    const a = extractFeatures(tx, analyzeText(tx));
    const b = extractFeatures(tx, analyzeText(tx));
    expect(Array.from(a.indices)).toEqual(Array.from(b.indices));
    expect(Array.from(a.indices).every((i) => i >= 0 && i < LINEAR_DIM)).toBe(true);
    const norm = Array.from(a.values).reduce((s, v) => s + v * v, 0);
    expect(norm).toBeCloseTo(1, 5);
  });
  it('is the text part and the context part together, scaled', () => {
    const text = analyzeText(tx);
    const t = textFeatures(text);
    const c = contextFeatures(tx);
    const full = extractFeatures(tx, text);
    expect(full.indices.length).toBe(t.idx.length + c.idx.length);
    const scale = 1 / Math.sqrt(squaredNorm(t) + squaredNorm(c));
    expect(full.values[0]).toBeCloseTo(t.val[0]! * scale, 6);
  });
  it('shares the merchant key between branches and separates amounts by size and sign', () => {
    const other = { ...tx, description: 'Starbucks #123 Portland', amountMinor: 62_000 };
    expect(analyzeText(other).key).toBe(analyzeText(tx).key);
    expect(contextFeatures(other).idx).not.toEqual(contextFeatures(tx).idx);
  });
});

describe('calendar and size buckets', () => {
  it('knows the weekday of a date', () => {
    expect(weekday('1970-01-01')).toBe(3); // Thursday
    expect(weekday('2024-03-15')).toBe(4); // Friday
    expect(weekday('2000-02-29')).toBe(1); // Tuesday
  });
  it('grows the size bucket by half octaves', () => {
    expect(sizeBucket(0)).toBe(0);
    expect(sizeBucket(100)).toBeLessThan(sizeBucket(10_000));
    expect(sizeBucket(Number.MAX_SAFE_INTEGER)).toBe(60);
  });
});
