import { describe, expect, it } from 'vitest';
import { buildFilter, filterKey, pickFilter } from './filters';
import { toFtsQuery } from './fts';

const plain = { pendingBatches: false, categoryInSplits: false };

describe('buildFilter', () => {
  it('with no filter selects visible rows by the deleted flag alone (index-friendly)', () => {
    expect(buildFilter({}, plain)).toEqual({ sql: 't.deleted = 0', params: [] });
  });

  it('adds the batch test of the visible view only while an import is pending', () => {
    expect(buildFilter({}, { ...plain, pendingBatches: true }).sql).toContain("state <> 'committed'");
  });

  it('ANDs every field with its parameters in order', () => {
    const f = buildFilter({ accountId: 3, from: '2024-01-01', to: '2024-01-31', minAmount: -5000, maxAmount: 0, needsReview: true, batchId: 'a'.repeat(64) }, plain);
    expect(f.sql).toBe('t.deleted = 0 AND t.account_id = ? AND t.date >= ? AND t.date <= ? AND t.amount_minor >= ? AND t.amount_minor <= ? AND t.needs_review = 1 AND t.id BETWEEN (SELECT first_id FROM import_batches WHERE id = ?) AND (SELECT coalesce(last_id, 9223372036854775807) FROM import_batches WHERE id = ?) AND t.batch_seq = (SELECT seq FROM import_batches WHERE id = ?)');
    expect(f.params).toEqual([3, '2024-01-01', '2024-01-31', -5000, 0, 'a'.repeat(64), 'a'.repeat(64), 'a'.repeat(64)]);
  });

  it('matches a category through split parts only when some row is split under it', () => {
    expect(buildFilter({ categoryId: 7 }, plain)).toEqual({ sql: 't.deleted = 0 AND t.category_id = ?', params: [7] });
    const withSplits = buildFilter({ categoryId: 7 }, { ...plain, categoryInSplits: true });
    expect(withSplits.sql).toContain('FROM splits WHERE category_id = ?');
    expect(withSplits.params).toEqual([7, 7]);
  });

  it('treats split rows and transfer legs as categorized', () => {
    const f = buildFilter({ uncategorized: true }, plain).sql;
    expect(f).toContain('t.category_id IS NULL');
    expect(f).toContain('t.transfer_id IS NULL');
    expect(f).toContain('NOT EXISTS (SELECT 1 FROM splits');
  });

  it('searches through FTS with the text as a parameter, never as SQL', () => {
    const f = buildFilter({ search: "o'brien; DROP" }, plain);
    expect(f.sql).toContain('transactions_fts MATCH ?');
    expect(f.params).toEqual(['"o"* "brien"* "DROP"*']);
    expect(buildFilter({ search: '  ?! ' }, plain).sql).toBe('t.deleted = 0');
  });
});

describe('toFtsQuery', () => {
  it('makes every word a quoted prefix, so operators and quotes are plain text', () => {
    expect(toFtsQuery('star coff')).toBe('"star"* "coff"*');
    expect(toFtsQuery('NEAR(a b) OR -x "y')).toBe('"NEAR"* "a"* "b"* "OR"* "x"* "y"*');
    expect(toFtsQuery('Café Zürich 4471')).toBe('"Café"* "Zürich"* "4471"*');
    expect(toFtsQuery('***')).toBeNull();
  });
});

describe('filterKey / pickFilter', () => {
  it('gives equal keys to equal filters whatever the field order, and ignores paging fields', () => {
    const a = pickFilter({ limit: 100, offset: 0, accountId: 1, search: 'x' } as never);
    const b = pickFilter({ search: 'x', accountId: 1, offset: 500 } as never);
    expect(a).toEqual({ accountId: 1, search: 'x' });
    expect(filterKey(a)).toBe(filterKey(b));
    expect(filterKey(a)).not.toBe(filterKey({ accountId: 2, search: 'x' }));
  });
});
