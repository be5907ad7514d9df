import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../src-shared/contract/errors';
import type { BulkSet, TransactionFilter } from '../../../src-shared/contract/transactions-api';
import type { SuggestionView } from '../../../src-shared/contract/views';
import { categoryIdByName } from '../categories/categories.queries';
import { withRoomForLargeChange } from '../../ledger/large-change';
import { recordBulkGroup, type RowChange } from '../history/change-log';
import type { SqlPart } from './filters';
import { suggestionsOf } from './transactions.queries';

/** Which rows a bulk change targets: explicit ids (each must be visible) or a listing's filter. */
export type Selection = { ids: number[]; filter?: undefined; excludeIds?: undefined }
  | { ids?: undefined; filter: TransactionFilter; excludeIds?: number[] };


/** Up to this many rows a bulk category change also becomes categorization feedback (one row each). */
export const FEEDBACK_LIMIT = 1000;

/** The rows of a selection as one condition over `transactions t`; `where` is the listing's filter builder. */
/** What a bulk change needs of the listing: its filter's SQL and its (cached) count. */
export interface SelectionQueries {
  where(filter: TransactionFilter): SqlPart;
  count(filter: TransactionFilter): number;
}

export function selectionWhere(sqlite: Database.Database, sel: Selection, q: SelectionQueries): { part: SqlPart; matched: number } {
  const { where } = q;
  if (sel.ids) {
    const ids = [...new Set(sel.ids)];
    const part = where({});
    const scoped = { sql: `${part.sql} AND t.id IN (SELECT value FROM json_each(?))`, params: [...part.params, JSON.stringify(ids)] };
    const found = (sqlite.prepare(`SELECT count(*) AS n FROM transactions t WHERE ${scoped.sql}`).get(...scoped.params) as { n: number }).n;
    if (found !== ids.length) throw new AppError('NOT_FOUND', `${ids.length - found} of these ${ids.length} transactions do not exist (or were deleted). Refresh the list and try again.`);
    return { part: scoped, matched: found };
  }
  // The grid counted these rows when it showed them; that count is reused while nothing changed.
  const part = where(sel.filter);
  if (!sel.excludeIds?.length) return { part, matched: q.count(sel.filter) };
  const left = JSON.stringify([...new Set(sel.excludeIds)]);
  const excluded = (sqlite.prepare(`SELECT count(*) AS n FROM transactions t WHERE ${part.sql} AND t.id IN (SELECT value FROM json_each(?))`)
    .get(...part.params, left) as { n: number }).n;
  return {
    part: { sql: `${part.sql} AND t.id NOT IN (SELECT value FROM json_each(?))`, params: [...part.params, left] },
    matched: q.count(sel.filter) - excluded,
  };
}

/** The column values a `set` writes, after checking every name it mentions: nothing is written when one is unknown. */
export function resolveSet(sqlite: Database.Database, set: BulkSet): { columns: Record<string, string | number | null>; categoryName?: string | null } {
  const columns: Record<string, string | number | null> = {};
  if (set.category !== undefined) {
    if (set.category === null) Object.assign(columns, { category_id: null, category_source: null, confidence: null, needs_review: 0 });
    else {
      const id = categoryIdByName(sqlite, set.category);
      if (id === null) throw new AppError('VALIDATION', `There is no category "${set.category}". Nothing was changed; pick one from the list, or add it first.`, { category: set.category });
      // A category the user sets is their decision: it outranks rules and the model, and needs no review.
      Object.assign(columns, { category_id: id, category_source: 'user', confidence: 1, needs_review: 0 });
    }
  }
  if (set.account !== undefined) {
    const row = sqlite.prepare(`SELECT id FROM accounts WHERE kind IN ('asset','liability') AND lower(name) = lower(?) ORDER BY archived LIMIT 1`).get(set.account) as { id: number } | undefined;
    if (!row) throw new AppError('VALIDATION', `There is no bank account "${set.account}". Nothing was changed.`, { account: set.account });
    columns.account_id = row.id;
  }
  if (set.payee !== undefined) columns.payee = set.payee;
  if (set.memo !== undefined) columns.memo = set.memo;
  if (set.tags !== undefined) columns.tags = set.tags.length ? JSON.stringify([...new Set(set.tags)]) : null;
  if (set.reviewed) columns.needs_review = 0;
  return { columns, categoryName: set.category };
}

/** A label a person reads in the history: "Set category of 12,345 transactions to Dining". */
export function bulkLabel(set: BulkSet, n: number): string {
  const rows = `${n.toLocaleString('en-US')} transaction${n === 1 ? '' : 's'}`;
  const parts: string[] = [];
  if (set.category !== undefined) parts.push(set.category === null ? 'clear category' : `category ${set.category}`);
  if (set.payee !== undefined) parts.push(`payee ${set.payee || '(none)'}`);
  if (set.memo !== undefined) parts.push('memo');
  if (set.tags !== undefined) parts.push(`tags ${set.tags.join(', ') || '(none)'}`);
  if (set.account !== undefined) parts.push(`account ${set.account}`);
  if (set.reviewed) parts.push('reviewed');
  if (parts.length === 1 && set.category) return `Set category of ${rows} to ${set.category}`;
  if (parts.length === 1 && set.category === null) return `Clear the category of ${rows}`;
  if (parts.length === 1 && set.reviewed) return `Mark ${rows} reviewed`;
  return `Edit ${rows}: ${parts.join('; ')}`;
}

/**
 * Applies `set` to every selected row that it changes, as one undoable group. Synchronous, in
 * one transaction: 100k rows take about a second, during which main is busy; chunking would
 * need the change half-visible or an await inside the transaction, both worse. Transfer legs
 * keep their link: a category set skips them (a transfer is no income or expense).
 */
export function bulkUpdate(sqlite: Database.Database, sel: Selection, set: BulkSet, queries: SelectionQueries): { matched: number; changed: number; label: string | null } {
  return withRoomForLargeChange(sqlite, sqlite.transaction(() => {
    const { columns } = resolveSet(sqlite, set);
    const { part, matched } = selectionWhere(sqlite, sel, queries);
    const cols = Object.keys(columns);
    const differs = `NOT (${cols.map((c) => `t.${c} IS ?`).join(' AND ')})`;
    // The target is fixed before anything is written: unsplitting must not change which rows a
    // category filter (which also looks at split parts) selects.
    sqlite.prepare('CREATE TEMP TABLE IF NOT EXISTS bulk_target (id INTEGER PRIMARY KEY)').run();
    sqlite.prepare('DELETE FROM temp.bulk_target').run();
    const n = sqlite.prepare(`INSERT INTO temp.bulk_target (id) SELECT t.id FROM transactions t
      WHERE ${part.sql} AND ${differs}${set.category !== undefined ? ' AND t.transfer_id IS NULL' : ''}`)
      .run(...part.params, ...cols.map((c) => columns[c])).changes;
    const target: SqlPart = { sql: 't.id IN (SELECT id FROM temp.bulk_target)', params: [] };
    if (n === 0) return { matched, changed: 0, label: null };
    const label = bulkLabel(set, n);
    const changes: RowChange[] = [];
    if (set.category !== undefined) changes.push(...unsplit(sqlite));
    // Feedback teaches the categorizer one row at a time; for a larger bulk change it would
    // mean one feedback row (and one change_log image) per row, so none is recorded: a change
    // of thousands of rows by filter says little about each merchant anyway.
    if (typeof columns.category_id === 'number' && n <= FEEDBACK_LIMIT) changes.push(...feedback(sqlite, target, columns.category_id, set.category!));
    const { changed } = recordBulkGroup(sqlite, label, changes, [{ where: target, set: columns }]);
    return { matched, changed: changed[0]!, label };
  }));
}

/** Soft-deletes every selected row as one undoable group. */
export function bulkDelete(sqlite: Database.Database, sel: Selection, queries: SelectionQueries): { matched: number; changed: number; label: string | null } {
  return withRoomForLargeChange(sqlite, sqlite.transaction(() => {
    const { part, matched } = selectionWhere(sqlite, sel, queries);
    if (matched === 0) return { matched, changed: 0, label: null };
    const label = `Delete ${matched.toLocaleString('en-US')} transaction${matched === 1 ? '' : 's'}`;
    const { changed } = recordBulkGroup(sqlite, label, [], [{ where: part, set: 'delete' }]);
    return { matched, changed: changed[0]!, label };
  }));
}

/** A category set on a split row replaces its parts: they go, recorded so undo brings them back. */
function unsplit(sqlite: Database.Database): RowChange[] {
  const parts = sqlite.prepare('SELECT s.* FROM splits s JOIN temp.bulk_target b ON b.id = s.transaction_id').all() as Record<string, unknown>[];
  const del = sqlite.prepare('DELETE FROM splits WHERE id = ?');
  return parts.map((p) => {
    del.run(p.id);
    return { op: 'delete', table: 'splits', rowId: String(p.id), before: p, after: null };
  });
}

function feedback(sqlite: Database.Database, target: SqlPart, categoryId: number, name: string): RowChange[] {
  const rows = sqlite.prepare(`SELECT t.id, t.category_id, t.merchant_key, ${suggestionsOf('t')} AS suggestions FROM transactions t WHERE ${target.sql}`).all(...target.params) as
    { id: number; category_id: number | null; merchant_key: string | null; suggestions: string | null }[];
  const now = new Date().toISOString();
  const add = sqlite.prepare(`INSERT INTO categorization_feedback (transaction_id, category_id, previous_category_id, kind, merchant_key, created_at) VALUES (?, ?, ?, ?, ?, ?)`);
  const image = sqlite.prepare('SELECT * FROM categorization_feedback WHERE id = ?');
  return rows.map((r) => {
    const top = r.suggestions ? (JSON.parse(r.suggestions) as SuggestionView[])[0] : undefined;
    const kind = top?.category === name ? 'accept' : 'correct';
    const id = Number(add.run(r.id, categoryId, r.category_id, kind, r.merchant_key, now).lastInsertRowid);
    return { op: 'insert', table: 'categorization_feedback', rowId: String(id), before: null, after: image.get(id) as Record<string, unknown> };
  });
}
