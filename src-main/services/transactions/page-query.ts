import type Database from 'better-sqlite3-multiple-ciphers';
import type { PageCursor, TransactionFilter, TransactionSort } from '../../../src-shared/contract/transactions-api';
import { buildFilter, filterKey, type FilterContext, type SqlPart } from './filters';

/**
 * Pages of transaction ids under any filter and sort, by index, at any depth of a million rows:
 * - Simple sorts (date, amount, payee, description) walk the index `(deleted, column)`, id
 *   breaking ties. `after` continues from a cursor (keyset: cost independent of depth).
 * - An `offset` jump starts from the nearest *anchor* — every ANCHOR_EVERY-th key of this
 *   filter and sort — and skips at most ANCHOR_EVERY rows. Anchors are found lazily, as far
 *   as a jump needs, by SQLite skipping rows itself (no row reaches JS).
 * - Category and account sort by *name*: the rows are walked group by group (groups in name
 *   order, each by `(deleted, group, date)`), so no sort of the whole table ever runs. An
 *   offset finds its group from per-group counts.
 * Counts, group counts and anchors are cached per ledger version; any write makes a new one.
 */
export const ANCHOR_EVERY = 2000;

export interface PageRequest {
  filter: TransactionFilter;
  sort: TransactionSort;
  limit: number;
  offset: number;
  after?: PageCursor;
}

export interface IdPage {
  total: number;
  ids: number[];
  next: PageCursor | null;
}

const COLUMN: Record<'date' | 'amount' | 'payee' | 'description', string> = {
  date: 't.date', amount: 't.amount_minor', payee: 't.payee', description: 't.description',
};
const GROUP: Record<'category' | 'account', string> = { category: 't.category_id', account: 't.account_id' };

type Key = [value: string | number | null, id: number];

export interface PageQuery {
  page(req: PageRequest): IdPage;
  count(filter: TransactionFilter): number;
  where(filter: TransactionFilter): SqlPart;
}

export function createPageQuery(sqlite: Database.Database): PageQuery {
  const versionStmt = sqlite.prepare('SELECT total_changes() AS n');
  const pendingStmt = sqlite.prepare("SELECT 1 FROM import_batches WHERE state = 'pending' LIMIT 1");
  const splitCatStmt = sqlite.prepare('SELECT 1 FROM splits WHERE category_id = ? LIMIT 1');
  let version = '';
  let cache = new Map<string, unknown>();
  const stmts = new Map<string, Database.Statement>();
  const prep = (s: string) => { let st = stmts.get(s); if (!st) { st = sqlite.prepare(s); stmts.set(s, st); } return st; };

  /** The connection is the ledger's only writer: its change counter (with data_version) is a version of the ledger. */
  function cached<T>(key: string, make: () => T): T {
    const v = `${(versionStmt.get() as { n: number }).n}:${String(sqlite.pragma('data_version', { simple: true }))}`;
    if (v !== version) { version = v; cache = new Map(); }
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as T;
  }

  function where(filter: TransactionFilter): SqlPart {
    const ctx: FilterContext = {
      pendingBatches: pendingStmt.get() !== undefined,
      categoryInSplits: filter.categoryId !== undefined && splitCatStmt.get(filter.categoryId) !== undefined,
    };
    return buildFilter(filter, ctx);
  }

  function count(filter: TransactionFilter): number {
    return cached(`count|${filterKey(filter)}`, () => {
      const w = where(filter);
      return (prep(`SELECT count(*) AS n FROM transactions t WHERE ${w.sql}`).get(...w.params) as { n: number }).n;
    });
  }

  // ---- simple sorts -------------------------------------------------------------------------
  function simplePage(col: string, desc: boolean, w: SqlPart, from: Key | null, skip: number, limit: number): Key[] {
    const cmp = desc ? '<' : '>';
    const dir = desc ? 'DESC' : 'ASC';
    const after = from ? ` AND (${col}, t.id) ${cmp} (?, ?)` : '';
    const s = `SELECT ${col} AS v, t.id FROM transactions t WHERE ${w.sql}${after} ORDER BY ${col} ${dir}, t.id ${dir} LIMIT ? OFFSET ?`;
    return (prep(s).raw().all(...w.params, ...(from ?? []), limit, skip) as Key[]);
  }

  /** The key just before row `offset` (null: start from the top), extending the anchors as far as needed. */
  function simpleStart(col: string, desc: boolean, w: SqlPart, fkey: string, offset: number): { from: Key | null; skip: number } {
    const anchors = cached<Key[]>(`anchors|${col}|${desc}|${fkey}`, () => []);
    const want = Math.floor(offset / ANCHOR_EVERY);
    while (anchors.length < want) {
      const [k] = simplePage(col, desc, w, anchors[anchors.length - 1] ?? null, ANCHOR_EVERY - 1, 1);
      if (!k) break;
      anchors.push(k); // anchors[i] is the key of row (i+1)*ANCHOR_EVERY - 1
    }
    const use = Math.min(want, anchors.length);
    return use === 0 ? { from: null, skip: offset } : { from: anchors[use - 1]!, skip: offset - use * ANCHOR_EVERY };
  }

  // ---- group sorts (category, account by name) ----------------------------------------------
  /** Group ids in name order; rows with no group (uncategorized) come last ascending, first descending. */
  function groupOrder(field: 'category' | 'account', desc: boolean): (number | null)[] {
    const ids = cached(`groups|${field}`, () => (sqlite.prepare(field === 'category'
      ? `SELECT id FROM accounts WHERE kind IN ('income','expense','equity') ORDER BY lower(name), id`
      : `SELECT id FROM accounts WHERE kind IN ('asset','liability') ORDER BY lower(name), id`).raw().all() as [number][]).map((r) => r[0]));
    const all: (number | null)[] = field === 'category' ? [...ids, null] : ids;
    return desc ? [...all].reverse() : all;
  }

  function groupCounts(col: string, w: SqlPart, fkey: string): Map<number | null, number> {
    return cached(`groupCounts|${col}|${fkey}`, () => new Map((prep(`SELECT ${col} AS g, count(*) AS n FROM transactions t WHERE ${w.sql} GROUP BY ${col}`)
      .raw().all(...w.params) as [number | null, number][])));
  }

  function groupRows(col: string, g: number | null, desc: boolean, w: SqlPart, from: [string, number] | null, skip: number, limit: number): [string, number][] {
    const cmp = desc ? '<' : '>';
    const dir = desc ? 'DESC' : 'ASC';
    const s = `SELECT t.date, t.id FROM transactions t WHERE ${w.sql} AND ${col} IS ?${from ? ` AND (t.date, t.id) ${cmp} (?, ?)` : ''}
      ORDER BY t.date ${dir}, t.id ${dir} LIMIT ? OFFSET ?`;
    return prep(s).raw().all(...w.params, g, ...(from ?? []), limit, skip) as [string, number][];
  }

  function groupPage(field: 'category' | 'account', desc: boolean, w: SqlPart, fkey: string, req: PageRequest): { ids: number[]; next: PageCursor | null } {
    const col = GROUP[field];
    const order = groupOrder(field, desc);
    let gi = 0;
    let from: [string, number] | null = null;
    let skip = 0;
    if (req.after) {
      // The cursor's value is "<group id or empty>|<date>" of the last row shown.
      const [g, date] = String(req.after.value).split('|') as [string, string];
      gi = Math.max(0, order.indexOf(g === '' ? null : Number(g)));
      from = [date, req.after.id];
    } else if (req.offset > 0) {
      const counts = groupCounts(col, w, fkey);
      let left = req.offset;
      while (gi < order.length && left >= (counts.get(order[gi]!) ?? 0)) left -= counts.get(order[gi++]!) ?? 0;
      skip = left;
    }
    const counts = req.after ? null : groupCounts(col, w, fkey);
    const out: [number | null, string, number][] = [];
    for (; gi < order.length && out.length < req.limit; gi++, from = null, skip = 0) {
      const g = order[gi]!;
      if (counts && !counts.get(g)) continue; // empty under this filter: no query
      for (const [date, id] of groupRows(col, g, desc, w, from, skip, req.limit - out.length)) out.push([g, date, id]);
    }
    const last = out[out.length - 1];
    return { ids: out.map((r) => r[2]), next: last && out.length === req.limit ? { value: `${last[0] ?? ''}|${last[1]}`, id: last[2] } : null };
  }

  function page(req: PageRequest): IdPage {
    const w = where(req.filter);
    const fkey = filterKey(req.filter);
    const total = count(req.filter);
    const desc = req.sort.dir === 'desc';
    const field = req.sort.field;
    if (field === 'category' || field === 'account') return { total, ...groupPage(field, desc, w, fkey, req) };
    const col = COLUMN[field];
    const start = req.after ? { from: [req.after.value, req.after.id] as Key, skip: 0 } : simpleStart(col, desc, w, fkey, req.offset);
    const keys = simplePage(col, desc, w, start.from, start.skip, req.limit);
    const last = keys[keys.length - 1];
    return { total, ids: keys.map((k) => k[1]), next: last && keys.length === req.limit ? { value: last[0], id: last[1] } : null };
  }

  return { page, count, where };
}
