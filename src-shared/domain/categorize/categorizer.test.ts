import { beforeAll, describe, expect, it } from 'vitest';
import { generateCategorizeData, type CategorizeDataset } from '../../../bench/categorize-data';
import { loadCategorizer, trainCategorizer, type Categorizer, type SerializedCategorizer } from './categorizer';
import { merchantKey } from './merchant-key';
import { NEVER } from './threshold';
import type { CategorizerMetrics } from './types';

let data: CategorizeDataset;
let model: SerializedCategorizer;
let metrics: CategorizerMetrics;
let categorizer: Categorizer;

beforeAll(async () => {
  data = generateCategorizeData({ seed: 11, historyRows: 400, freshRows: 1500 });
  ({ model, metrics } = await trainCategorizer(data.history, { seed: 11, categories: data.categories }));
  categorizer = loadCategorizer(model);
});

describe('trainCategorizer on generated history', () => {
  it('learns to categorize new rows, including merchants the history never had', () => {
    let top1 = 0;
    let top3 = 0;
    let seen = 0;
    let seenRight = 0;
    for (const r of data.fresh) {
      const s = categorizer.suggest(r);
      if (s[0]?.category === r.category) top1++;
      if (s.some((x) => x.category === r.category)) top3++;
      if (!r.newMerchant) { seen++; if (s[0]?.category === r.category) seenRight++; }
    }
    expect(top1 / data.fresh.length).toBeGreaterThan(0.88);
    expect(top3 / data.fresh.length).toBeGreaterThan(0.94);
    expect(seenRight / seen).toBeGreaterThan(0.9);
  });

  it('reports held-out metrics and an auto-apply threshold earned on them', () => {
    expect(metrics.examples).toBe(400);
    expect(metrics.heldOut).toBeGreaterThan(100);
    expect(metrics.top1).toBeGreaterThan(0.8);
    expect(metrics.ece).toBeLessThan(0.1);
    if (metrics.threshold !== NEVER) expect(metrics.autoPrecision).toBeGreaterThanOrEqual(0.99);
    expect(model.threshold).toBe(metrics.threshold);
  });

  it('gives top-3 suggestions with a source, a calibrated confidence and a reason in plain words', () => {
    const s = categorizer.suggest(data.fresh[0]!);
    expect(s).toHaveLength(3);
    expect(s[0]!.confidence).toBeGreaterThanOrEqual(s[1]!.confidence);
    expect(s.reduce((a, x) => a + x.confidence, 0)).toBeLessThanOrEqual(1 + 1e-9);
    for (const x of s) {
      expect(['memory', 'model', 'keyword']).toContain(x.source);
      expect(x.reason.length).toBeGreaterThan(10);
    }
    const starbucks = categorizer.suggest({ payee: '', description: 'STARBUCKS STORE 07604 SEATTLE WA', amountMinor: -575, date: '2024-06-03', account: 'Credit Card' });
    expect(starbucks[0]).toMatchObject({ category: 'Meals & Entertainment', source: 'model' });
  });

  it('stops when cancelled', async () => {
    await expect(trainCategorizer(data.history, { signal: AbortSignal.abort() })).rejects.toThrow('cancelled');
  });

  it('is reproducible and survives JSON storage', async () => {
    const again = await trainCategorizer(data.history, { seed: 11, categories: data.categories });
    expect(JSON.stringify({ ...again.model, metrics: null })).toBe(JSON.stringify({ ...model, metrics: null }));
    const stored = loadCategorizer(JSON.parse(JSON.stringify(model)) as SerializedCategorizer);
    for (const r of data.fresh.slice(0, 50)) expect(stored.suggest(r)).toEqual(categorizer.suggest(r));
  });
});

describe('merchant memory', () => {
  it('flips every later row of a merchant after one correction', () => {
    const rows = data.fresh.filter((r) => r.merchantId === 'groceries:SAFEWAY');
    expect(rows.length).toBeGreaterThan(4);
    expect(categorizer.suggest(rows[0]!)[0]?.category).toBe('Groceries');
    const memory = { [merchantKey(rows[0]!.payee, rows[0]!.description)]: { category: 'Office Supplies', confirmations: 1 } };
    for (const r of rows.slice(1)) {
      const [top] = categorizer.suggest(r, 3, memory);
      expect(top).toMatchObject({ category: 'Office Supplies', source: 'memory' });
      expect(top!.reason).toMatch(/^You filed SAFEWAY under Office Supplies/);
    }
  });
  it('knows a merchant again in a branch whose key carries an unknown town', () => {
    const memory = { starbucks: { category: 'Groceries', confirmations: 2 } };
    const [top] = categorizer.suggest({ payee: '', description: 'STARBUCKS WALLA WALLA', amountMinor: -450, date: '2024-06-03', account: 'Credit Card' }, 3, memory);
    expect(top).toMatchObject({ category: 'Groceries', source: 'memory' });
  });
});

describe('cold start', () => {
  it('maps the shipped keyword map onto the user\'s categories, as low-confidence guesses', async () => {
    const cold = loadCategorizer(null, { categories: data.categories });
    const [top] = cold.suggest({ payee: '', description: 'SHELL OIL 57442138 HOUSTON TX', amountMinor: -4500, date: '2024-01-05', account: 'Card' });
    expect(top).toMatchObject({ category: 'Car & Travel', source: 'keyword' });
    expect(top!.confidence).toBeLessThan(0.9);
    expect(top!.reason).toBe('Common merchant: Shell Oil (fuel station) → Car & Travel');
    expect(cold.threshold).toBe(NEVER);
    expect(cold.suggest({ payee: '', description: 'ZENTRIX HOLDINGS', amountMinor: -4500, date: '2024-01-05', account: 'Card' })).toEqual([]);
    const trained = await trainCategorizer([], { categories: data.categories });
    expect(loadCategorizer(trained.model).suggest({ payee: 'Dunkin', description: '', amountMinor: -400, date: '2024-01-05', account: 'Card' })[0]?.source).toBe('keyword');
  });
});

describe('a ledger with only a few categorized rows', () => {
  it('repeats what the user did and guesses from the keyword map, nothing more', async () => {
    const few = data.history.slice(0, 6);
    const { model: small, metrics: m } = await trainCategorizer(few, { categories: data.categories });
    expect(m.heldOut).toBe(0);
    expect(small.linear).toBeNull();
    const c = loadCategorizer(small);
    const [top] = c.suggest(few[0]!);
    expect(top?.category).toBe(few[0]!.category);
    expect(top?.reason).toMatch(/^You filed /);
    expect(c.suggest({ payee: '', description: 'ZENTRIX HOLDINGS', amountMinor: -4500, date: '2024-01-05', account: 'Card' })).toEqual([]);
  });
});
