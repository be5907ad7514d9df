import type { TransactionFilter } from '../../../src-shared/contract/transactions-api';
import { FTS_CONDITION, toFtsQuery } from './fts';

/** A fragment of SQL with its positional parameters. */
export interface SqlPart {
  sql: string;
  params: (string | number)[];
}

/** Facts about the ledger that pick a cheaper but equivalent condition; read by `filterContext`. */
export interface FilterContext {
  /** An import is writing a batch right now: its rows exist but must stay hidden. */
  pendingBatches: boolean;
  /** Some row is split under the filtered category, so the category test must look at parts too. */
  categoryInSplits: boolean;
  /** A temp table (`id INTEGER PRIMARY KEY`) already holding the search's matches, if one was made. */
  searchHits?: string;
}

/** No transaction id is larger: the end of a pending batch's id range. */
const MAX_ID = '9223372036854775807';

/**
 * The WHERE condition (over `transactions t`) of a filter: visible rows only, then every field
 * of the filter ANDed. Visibility is `deleted = 0` (user deletions and deleted batches, kept on
 * the row so indexes answer it) plus, only while an import is pending, the batch test of the
 * visible_transactions view — the two together are exactly that view.
 */
export function buildFilter(f: TransactionFilter, ctx: FilterContext): SqlPart {
  const conds: string[] = ['t.deleted = 0'];
  const params: (string | number)[] = [];
  const add = (sql: string, ...p: (string | number)[]) => { conds.push(sql); params.push(...p); };
  if (ctx.pendingBatches) add(`(t.batch_seq IS NULL OR t.batch_seq NOT IN (SELECT seq FROM import_batches WHERE state <> 'committed'))`);
  if (f.accountId !== undefined) add('t.account_id = ?', f.accountId);
  if (f.from !== undefined) add('t.date >= ?', f.from);
  if (f.to !== undefined) add('t.date <= ?', f.to);
  if (f.minAmount !== undefined) add('t.amount_minor >= ?', f.minAmount);
  if (f.maxAmount !== undefined) add('t.amount_minor <= ?', f.maxAmount);
  if (f.categoryId !== undefined) {
    if (ctx.categoryInSplits) add('(t.category_id = ? OR t.id IN (SELECT transaction_id FROM splits WHERE category_id = ?))', f.categoryId, f.categoryId);
    else add('t.category_id = ?', f.categoryId);
  }
  if (f.uncategorized) add('t.category_id IS NULL AND t.transfer_id IS NULL AND NOT EXISTS (SELECT 1 FROM splits s WHERE s.transaction_id = t.id)');
  if (f.categorySource !== undefined) add('t.category_source = ?', f.categorySource);
  if (f.possibleDuplicates) add('t.duplicate_of IS NOT NULL');
  if (f.needsReview) add('t.needs_review = 1');
  // Along the batch's id range (migration 0130), not through an index of batch_seq.
  if (f.batchId !== undefined) {
    const of = (col: string) => `(SELECT ${col} FROM import_batches WHERE id = ?)`;
    add(`t.id BETWEEN ${of('first_id')} AND ${of(`coalesce(last_id, ${MAX_ID})`)} AND t.batch_seq = ${of('seq')}`, f.batchId, f.batchId, f.batchId);
  }
  if (f.search !== undefined) {
    const q = toFtsQuery(f.search);
    if (ctx.searchHits) add(`t.id IN (SELECT id FROM temp.${ctx.searchHits})`);
    else if (q !== null) add(FTS_CONDITION, q);
  }
  return { sql: conds.join(' AND '), params };
}

/** Only the filter's own fields, in a fixed order: equal filters give equal keys (for caches). */
export function filterKey(f: TransactionFilter): string {
  const keys: (keyof TransactionFilter)[] = ['accountId', 'from', 'to', 'minAmount', 'maxAmount', 'categoryId', 'uncategorized',
    'categorySource', 'possibleDuplicates', 'needsReview', 'batchId', 'search'];
  return JSON.stringify(keys.map((k) => f[k] ?? null));
}

/** Picks the filter's fields out of a listing's input (which carries paging fields beside them). */
export function pickFilter(input: TransactionFilter & Record<string, unknown>): TransactionFilter {
  const { accountId, from, to, minAmount, maxAmount, categoryId, uncategorized, categorySource, possibleDuplicates, needsReview, batchId, search } = input;
  const all = { accountId, from, to, minAmount, maxAmount, categoryId, uncategorized, categorySource, possibleDuplicates, needsReview, batchId, search };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)) as TransactionFilter;
}
