import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../src-shared/domain/statements/parse-statement';
import { createRowCategorizer } from './import-categorize';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures');
const CATEGORIES = ['Dining', 'Groceries', 'Car & Travel', 'Software & Subscriptions', 'Sales', 'Office Supplies', 'Utilities', 'Entertainment'];

describe('import categorizing step', () => {
  it('gives every row the same answer with and without the per-text cache (cold start)', () => {
    const rows = ['reckon-csv/ing.csv', 'actual/data.ofx', 'qif2json/inline_bank_example.qif', 'e2e/simple.csv', 'wolph-mt940/jejik__ing.sta']
      .flatMap((f) => parseStatement(new Uint8Array(readFileSync(join(FIXTURES, f))), { fileName: f }).transactions);
    // The same merchants again on other days and amounts, as in a long statement.
    const many = [...rows, ...rows.map((t, i) => ({ ...t, amountMinor: t.amountMinor + (i % 7) * 13, date: `2025-0${1 + (i % 9)}-1${i % 9}` }))];
    const snapshot = { rules: [], memory: {}, model: null, categories: CATEGORIES, threshold: 1.01 };
    const cached = createRowCategorizer(snapshot, 'Checking');
    const plain = createRowCategorizer(snapshot, 'Checking', { cache: false });
    expect(many.length).toBeGreaterThan(50);
    for (const t of many) expect(cached(t)).toEqual(plain(t));
  });

  it('keeps a history file\'s own category as the user\'s label, but not a QIF transfer', () => {
    const c = createRowCategorizer({ rules: [], memory: {}, model: null, categories: CATEGORIES, threshold: 1.01 }, 'Checking');
    const base = { date: '2024-01-02', valueDate: null, amountMinor: -500, currency: 'USD', payee: 'X', description: 'X', memo: '', reference: null, balanceMinor: null, line: 1 };
    expect(c({ ...base, category: 'Pet Care' })).toMatchObject({ category: 'Pet Care', categorySource: 'imported', confidence: 1 });
    expect(c({ ...base, category: '[Savings]' }).categorySource).not.toBe('imported');
  });
});
