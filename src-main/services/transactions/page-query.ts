import type Database from 'better-sqlite3-multiple-ciphers';
import type { PageCursor, TransactionFilter, TransactionSort } from '../../../src-shared/contract/transactions-api';
import { buildFilter, filterKey, type FilterContext, type SqlPart } from './filters';
import { toFtsQuery } from './fts';
import { hasIndex } from '../../ledger/deferred-index';

/**
 * Pages of transaction ids under any filter and sort, at a million rows:
 * - A first page, the next page after a cursor, and a short offset jump of the date, amount,
 *   category and account sorts walk an index in order (`(deleted, date)`, `(deleted,
 *   amount_minor)`; per group `(deleted, group, date)` with the groups in name order), so they
 *   cost about the page, not the ledger.
 * - Everything else — a deep `offset` jump, and the payee and description sorts, which have
 *   no index (an index of text in random order costs an import most of its speed) — reads the
 *   filter's *order*: every matching id in sort order, taken once by one query into an
 *   Int32Array (4 MB at a million rows). A page is then a slice of it, and a cursor is found
 *   in it by position. Orders, counts and group counts are cached per ledger version (any
 *   write makes a new one), at most ORDERS_KEPT orders at a time.
 */
export const ORDERS_KEPT = 6;
/** An offset up to this far is skipped along the sort's index; a deeper jump reads the order. */
export const WALK_SKIP_MAX = 5000;
/** The sorts with an index of their own, walked in order. */
const WALK_INDEX = { date: 'transactions_page_date', amount: 'transactions_page_amount' } as const;
/** Filters a category or account group walk answers from its indexes. */
const GROUP_WALK_FILTERS = new Set(['accountId', 'categoryId', 'from', 'to']);
/** Search match tables kept at a time (the most recent searches). */
const HIT_TABLES = 8;
/** The indexes a listing may read alone (each led by `deleted`). */
const PAGE_INDEXES = ['transactions_page_date', 'transactions_page_account', 'transactions_page_category', 'transactions_page_amount'];
/** A filter keeping at most this share of the rows is selective: its own index finds them best. */
const SELECTIVE_SHARE = 0.05;
/** Below this many matches a search's rows are read and sorted rather than found along an index. */
const FEW_MATCHES = 3000;

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

  /**
   * A query over many rows, kept from SQLite's one costly mistake here: walking an index that
   * lacks some column the query needs reads each row through it, one by one, which on an
   * encrypted ledger costs about ten times a plain scan of the table (SQLite's planner does not
   * know that). So unless the filter is selective, a plan that reads rows through an index is
   * replaced by a scan. Plans that read only an index (covering) are kept.
   */
  const plans = new Map<string, string>();
  function guarded(sql: string, params: unknown[], filter: TransactionFilter): string {
    if (selective(filter)) return sql;
    let chosen = plans.get(sql);
    if (chosen === undefined) {
      const readsRows = (q: string) => {
        try {
          return (sqlite.prepare(`EXPLAIN QUERY PLAN ${q}`).all(...params) as { detail: string }[])
            .some((r) => /^(SEARCH|SCAN) t USING INDEX /.test(r.detail));
        } catch {
          return true; // the hinted index cannot answer this query at all
        }
      };
      const hinted = (how: string) => sql.replace('FROM transactions t ', `FROM transactions t ${how} `);
      // An index holding every column the query needs is read alone; otherwise the table is scanned.
      chosen = !readsRows(sql) ? sql
        : PAGE_INDEXES.map((i) => hinted(`INDEXED BY ${i}`)).find((q) => !readsRows(q)) ?? hinted('NOT INDEXED');
      plans.set(sql, chosen);
    }
    return chosen;
  }

  /** The connection is the ledger's only writer: its change counter (with data_version) is a version of the ledger. */
  function cached<T>(key: string, make: () => T): T {
    const v = `${(versionStmt.get() as { n: number }).n - ownChanges}:${String(sqlite.pragma('data_version', { simple: true }))}`;
    if (v !== version) {
      version = v;
      cache = new Map();
      dropHitTables();
    }
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as T;
  }

  // ---- search matches, once per query and ledger version ------------------------------------
  // At most HIT_TABLES match tables, reused by slot: the statements prepared over them (cached
  // by their SQL text) stay a bounded set however many searches a long session runs.
  let ownChanges = 0;
  const slotOwner: (string | null)[] = Array.from({ length: HIT_TABLES }, () => null);
  let nextSlot = 0;
  function dropHitTables(): void {
    slotOwner.forEach((owner, i) => { if (owner !== null) sqlite.prepare(`DROP TABLE IF EXISTS temp.search_hits_${i}`).run(); });
    slotOwner.fill(null);
  }
  /** The search's matching ids in a temp table: the full-text query runs once, then counts and pages probe the table. */
  function searchHits(q: string): { table: string; n: number } {
    return cached(`hits|${q}`, () => {
      const slot = nextSlot;
      nextSlot = (nextSlot + 1) % HIT_TABLES;
      const table = `search_hits_${slot}`;
      const owner = slotOwner[slot];
      if (owner !== null) cache.delete(`hits|${owner}`); // the oldest search gives up its table
      sqlite.prepare(`DROP TABLE IF EXISTS temp.${table}`).run();
      sqlite.prepare(`CREATE TEMP TABLE ${table} (id INTEGER PRIMARY KEY)`).run();
      const n = sqlite.prepare(`INSERT INTO temp.${table} (id) SELECT rowid FROM transactions_fts WHERE transactions_fts MATCH ?`).run(q).changes;
      ownChanges += n; // rows of our own temp table: no change to the ledger
      slotOwner[slot] = q;
      return { table, n };
    });
  }

  function where(filter: TransactionFilter): SqlPart {
    const q = filter.search !== undefined ? toFtsQuery(filter.search) : null;
    const ctx: FilterContext = {
      pendingBatches: pendingStmt.get() !== undefined,
      categoryInSplits: filter.categoryId !== undefined && splitCatStmt.get(filter.categoryId) !== undefined,
      ...(q !== null ? { searchHits: searchHits(q).table } : {}),
    };
    return buildFilter(filter, ctx);
  }

  function count(filter: TransactionFilter): number {
    return cached(`count|${filterKey(filter)}`, () => {
      // The search index holds exactly the visible, committed rows (while no import is pending).
      const q = filter.search !== undefined && Object.keys(filter).length === 1 && !pendingStmt.get() ? toFtsQuery(filter.search) : null;
      if (q !== null) return searchHits(q).n;
      const w = where(filter);
      // (SQLite's own plan: how selective the filter is, is what this finds out.)
      return (prep(`SELECT count(*) AS n FROM transactions t WHERE ${w.sql}`).get(...w.params) as { n: number }).n;
    });
  }

  // ---- simple sorts -------------------------------------------------------------------------
  function simplePage(col: string, desc: boolean, w: SqlPart, from: Key | null, skip: number, limit: number, index: string | null): Key[] {
    const cmp = desc ? '<' : '>';
    const dir = desc ? 'DESC' : 'ASC';
    const after = from ? ` AND (${col}, t.id) ${cmp} (?, ?)` : '';
    const s = `SELECT ${col} AS v, t.id FROM transactions t${index ? ` INDEXED BY ${index}` : ''} WHERE ${w.sql}${after} ORDER BY ${col} ${dir}, t.id ${dir} LIMIT ? OFFSET ?`;
    return (prep(s).raw().all(...w.params, ...(from ?? []), limit, skip) as Key[]);
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

  function groupCounts(col: string, w: SqlPart, fkey: string, filter: TransactionFilter): Map<number | null, number> {
    return cached(`groupCounts|${col}|${fkey}`, () => new Map((prep(guarded(`SELECT ${col} AS g, count(*) AS n FROM transactions t WHERE ${w.sql} GROUP BY ${col}`, w.params, filter))
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
    if (req.after) {
      // The cursor's value is "<group id or empty>|<date>" of the last row shown.
      const [g, date] = String(req.after.value).split('|') as [string, string];
      gi = Math.max(0, order.indexOf(g === '' ? null : Number(g)));
      from = [date, req.after.id];
    }
    const counts = groupCounts(col, w, fkey, req.filter);
    const out: [number | null, string, number][] = [];
    for (; gi < order.length && out.length < req.limit; gi++, from = null) {
      const g = order[gi]!;
      if (!counts.get(g)) continue; // empty under this filter: no query
      for (const [date, id] of groupRows(col, g, desc, w, from, 0, req.limit - out.length)) out.push([g, date, id]);
    }
    const last = out[out.length - 1];
    return { ids: out.map((r) => r[2]), next: last && out.length === req.limit ? { value: `${last[0] ?? ''}|${last[1]}`, id: last[2] } : null };
  }

  /** Whether the sort's index is there to walk. */
  function indexThere(field: keyof typeof WALK_INDEX): boolean {
    return cached(`index|${field}`, () => hasIndex(sqlite, WALK_INDEX[field]));
  }

  /** Whether a filter keeps at most SELECTIVE_SHARE of the visible rows (a search: by its own matches). */
  function selective(filter: TransactionFilter): boolean {
    if (Object.keys(filter).length === 0) return false;
    return count(filter) <= SELECTIVE_SHARE * count({});
  }

  // ---- orders (a filter's ids in sort order) -----------------------------------------------
  const orderKeys: string[] = [];
  function orderBy(field: TransactionSort['field'], desc: boolean): { join: string; by: string } {
    const d = desc ? 'DESC' : 'ASC';
    if (field === 'category' || field === 'account') {
      // The same order as the group walk: groups by lower(name) then id, rows with no group last ascending.
      const col = GROUP[field];
      return { join: `LEFT JOIN accounts g ON g.id = ${col}`, by: `(g.id IS NULL) ${d}, lower(g.name) ${d}, g.id ${d}, t.date ${d}, t.id ${d}` };
    }
    return { join: '', by: `${COLUMN[field]} ${d}, t.id ${d}` };
  }

  function order(req: PageRequest, w: SqlPart, fkey: string): Int32Array {
    const key = `order|${req.sort.field}|${req.sort.dir}|${fkey}`;
    return cached(key, () => {
      const { join, by } = orderBy(req.sort.field, req.sort.dir === 'desc');
      const sql = guarded(`SELECT t.id FROM transactions t ${join} WHERE ${w.sql} ORDER BY ${by}`, w.params, req.filter);
      const ids = prep(sql).pluck().all(...w.params) as number[];
      orderKeys.push(key);
      while (orderKeys.length > ORDERS_KEPT) cache.delete(orderKeys.shift()!);
      return Int32Array.from(ids);
    });
  }

  /** The cursor value of a row under a sort, as the index walks write it. */
  function cursorOf(field: TransactionSort['field'], id: number): PageCursor {
    if (field === 'category' || field === 'account') {
      const r = prep(`SELECT ${GROUP[field]} AS g, t.date AS d FROM transactions t WHERE t.id = ?`).get(id) as { g: number | null; d: string };
      return { value: `${r.g ?? ''}|${r.d}`, id };
    }
    return { value: prep(`SELECT ${COLUMN[field]} FROM transactions t WHERE t.id = ?`).pluck().get(id) as string | number, id };
  }

  function orderPage(req: PageRequest, w: SqlPart, fkey: string): IdPage {
    const ids = order(req, w, fkey);
    let from = req.offset;
    if (req.after) {
      const at = ids.indexOf(req.after.id);
      // The cursor's row has left the filter since (edited or deleted): continue from its sort value.
      from = at >= 0 ? at + 1 : positionAfter(req, ids);
    }
    const slice = Array.from(ids.subarray(from, from + req.limit));
    const last = slice[slice.length - 1];
    const more = from + req.limit < ids.length;
    return { total: ids.length, ids: slice, next: last !== undefined && more ? cursorOf(req.sort.field, last) : null };
  }

  /** Where a cursor whose row is gone would sit: the first id of the order sorting after it (binary search by value). */
  function positionAfter(req: PageRequest, ids: Int32Array): number {
    const desc = req.sort.dir === 'desc';
    const key = (id: number): [string | number | null, number] => [cursorOf(req.sort.field, id).value, id];
    const target: [string | number | null, number] = [req.after!.value, req.after!.id];
    const cmp = (a: [string | number | null, number], b: [string | number | null, number]) => {
      const c = a[0] === b[0] ? 0 : a[0] === null ? -1 : b[0] === null ? 1 : a[0] < b[0] ? -1 : 1;
      return (c || a[1] - b[1]) * (desc ? -1 : 1);
    };
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(key(ids[mid]!), target) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function page(req: PageRequest): IdPage {
    const w = where(req.filter);
    const fkey = filterKey(req.filter);
    const desc = req.sort.dir === 'desc';
    const field = req.sort.field;
    const jump = req.after ? 0 : req.offset;
    if (field === 'category' || field === 'account') {
      // The group walk tests each row of a group against the filter; a filter on columns its
      // index lacks (amounts, flags, search) would make every page read rows one by one.
      const walkable = Object.keys(req.filter).every((k) => GROUP_WALK_FILTERS.has(k));
      if (jump > 0 || !walkable) return orderPage(req, w, fkey);
      return { total: count(req.filter), ...groupPage(field, desc, w, fkey, req) };
    }
    // (An import building the amount index at its end has it away meanwhile: deferred-index.ts.)
    if (!(field in WALK_INDEX) || jump > WALK_SKIP_MAX || !indexThere(field as keyof typeof WALK_INDEX)) return orderPage(req, w, fkey);
    const total = count(req.filter);
    const col = COLUMN[field];
    // Many matches of a search are found by walking the sort's index and testing each id
    // against the match set; left alone, SQLite would read every match's row to sort them.
    // A few matches are cheaper read and sorted.
    // Where matches are many, the sort's own index finds a page's rows quickly, testing each
    // against the filter; SQLite would often rather collect every match through the filter's
    // index and sort them, reading each row (a search's matches, an amount range).
    const dense = req.filter.search !== undefined ? total >= FEW_MATCHES : !selective(req.filter);
    const index = dense ? WALK_INDEX[field as keyof typeof WALK_INDEX] : null;
    const keys = simplePage(col, desc, w, req.after ? [req.after.value, req.after.id] : null, jump, req.limit, index);
    const last = keys[keys.length - 1];
    return { total, ids: keys.map((k) => k[1]), next: last && keys.length === req.limit ? { value: last[0], id: last[1] } : null };
  }

  return { page, count, where };
}
