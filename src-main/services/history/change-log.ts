import type Database from 'better-sqlite3-multiple-ciphers';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../src-shared/contract/errors';

/** Tables whose rows the change log may write back, with each one's key column; anything else is refused. */
const KEYS: Record<string, { column: string; numeric: boolean }> = {
  import_batches: { column: 'id', numeric: false },
  transactions: { column: 'id', numeric: true },
  accounts: { column: 'id', numeric: true },
  categorization_feedback: { column: 'id', numeric: true },
  merchant_memory: { column: 'merchant_key', numeric: false },
  rules: { column: 'id', numeric: true },
  splits: { column: 'id', numeric: true },
};

export interface RowChange {
  op: 'insert' | 'update' | 'delete';
  table: string;
  rowId: string;
  /** Column values before (update: only the changed columns; insert: null). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface HistoryEntry {
  groupId: string;
  label: string;
  at: string;
  changes: number;
  undone: boolean;
}

/**
 * Records one user action as a group of row images. A new action drops the redo branch, as
 * every editor does. Call inside the same synchronous transaction as the change itself.
 */
export function recordGroup(sqlite: Database.Database, label: string, changes: RowChange[]): string {
  return recordBulkGroup(sqlite, label, changes, []).groupId;
}

/**
 * A change to many transactions at once, recorded compactly: one change_log row (op 'bulk',
 * row_id = how many rows) and per row only its id and old values in change_log_rows — no JSON
 * image per row, so 100k rows record, undo and redo in one statement each.
 */
export interface BulkStep {
  /** The target rows: SQL over `transactions t` whose rows this step changes, with its parameters. Rows already as `set` says should be left out by it. */
  where: { sql: string; params: unknown[] };
  /** 'delete': soft delete (bit 1 of `deleted`); otherwise each column's one new value for every row. */
  set: Record<string, string | number | null> | 'delete';
}

/**
 * Records one user action made of row changes (already applied by the caller) and bulk steps
 * (applied here, as they are recorded). Call inside the same synchronous transaction as the
 * rest of the change. Returns how many rows each bulk step changed.
 */
export function recordBulkGroup(sqlite: Database.Database, label: string, changes: RowChange[], steps: BulkStep[]): { groupId: string; changed: number[] } {
  const groupId = randomUUID();
  const now = new Date().toISOString();
  sqlite.prepare('DELETE FROM change_log WHERE undone = 1').run();
  const insert = sqlite.prepare(`INSERT INTO change_log (group_id, op, table_name, row_id, before, after, label, created_at, undone)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)`);
  for (const c of changes) {
    insert.run(groupId, c.op, c.table, c.rowId, c.before && JSON.stringify(c.before), c.after && JSON.stringify(c.after), label, now);
  }
  const changed = steps.map((step) => {
    const columns = step.set === 'delete' ? [] : Object.keys(step.set);
    columns.forEach(quote);
    const logId = Number(insert.run(groupId, 'bulk', 'transactions', '0', JSON.stringify({ columns }),
      step.set === 'delete' ? JSON.stringify({ delete: true }) : JSON.stringify({ set: step.set }), label, now).lastInsertRowid);
    const old = step.set === 'delete' ? 'NULL' : `json_array(${columns.map((c) => `t.${quote(c)}`).join(', ')})`;
    const n = sqlite.prepare(`INSERT INTO change_log_rows (change_id, row_id, old) SELECT ?, t.id, ${old} FROM transactions t WHERE ${step.where.sql}`)
      .run(logId, ...step.where.params).changes;
    sqlite.prepare('UPDATE change_log SET row_id = ? WHERE id = ?').run(String(n), logId);
    applyBulk(sqlite, logId, step.set === 'delete' ? null : step.set, 'forward');
    return n;
  });
  return { groupId, changed };
}

/** Forward: every recorded row takes the step's values (or is soft-deleted); backward: its old values (or is restored). */
function applyBulk(sqlite: Database.Database, logId: number, set: Record<string, unknown> | null, direction: 'forward' | 'backward'): number {
  const rows = 'id IN (SELECT row_id FROM change_log_rows WHERE change_id = ?)';
  if (set === null) {
    return sqlite.prepare(`UPDATE transactions SET deleted = ${direction === 'forward' ? 'deleted | 1' : 'deleted & ~1'} WHERE ${rows}`).run(logId).changes;
  }
  const cols = Object.keys(set);
  if (direction === 'forward') {
    return sqlite.prepare(`UPDATE transactions SET ${cols.map((c) => `${quote(c)} = ?`).join(', ')} WHERE ${rows}`).run(...cols.map((c) => set[c]), logId).changes;
  }
  return sqlite.prepare(`UPDATE transactions SET ${cols.map((c, i) => `${quote(c)} = json_extract(r.old, '$[${i}]')`).join(', ')}
    FROM change_log_rows r WHERE r.change_id = ? AND transactions.id = r.row_id`).run(logId).changes;
}

interface LogRow { id: number; group_id: string; op: RowChange['op'] | 'bulk'; table_name: string; row_id: string; before: string | null; after: string | null; label: string }

/** Undoes the latest action still done; null when there is nothing to undo. */
export function undoLast(sqlite: Database.Database): { label: string; tables: string[] } | null {
  const head = sqlite.prepare('SELECT group_id FROM change_log WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as { group_id: string } | undefined;
  if (!head) return null;
  return sqlite.transaction(() => {
    const rows = sqlite.prepare('SELECT * FROM change_log WHERE group_id = ? ORDER BY id DESC').all(head.group_id) as LogRow[];
    for (const r of rows) apply(sqlite, r, 'backward');
    sqlite.prepare('UPDATE change_log SET undone = 1 WHERE group_id = ?').run(head.group_id);
    return { label: rows[0]!.label, tables: [...new Set(rows.map((r) => r.table_name))] };
  })();
}

/** Redoes the earliest undone action; null when there is nothing to redo. */
export function redoNext(sqlite: Database.Database): { label: string; tables: string[] } | null {
  const next = sqlite.prepare('SELECT group_id FROM change_log WHERE undone = 1 ORDER BY id ASC LIMIT 1').get() as { group_id: string } | undefined;
  if (!next) return null;
  return sqlite.transaction(() => {
    const rows = sqlite.prepare('SELECT * FROM change_log WHERE group_id = ? ORDER BY id ASC').all(next.group_id) as LogRow[];
    for (const r of rows) apply(sqlite, r, 'forward');
    sqlite.prepare('UPDATE change_log SET undone = 0 WHERE group_id = ?').run(next.group_id);
    return { label: rows[0]!.label, tables: [...new Set(rows.map((r) => r.table_name))] };
  })();
}

export function listHistory(sqlite: Database.Database, limit: number): HistoryEntry[] {
  // A bulk step counts as the rows it changed (its row_id), not as one change. What the
  // categorizer learned from the action (its feedback rows) is no change the user made.
  const rows = sqlite.prepare(`SELECT group_id, label, min(created_at) AS at,
    sum(CASE WHEN op = 'bulk' THEN CAST(row_id AS INTEGER) WHEN table_name = 'categorization_feedback' THEN 0 ELSE 1 END) AS n,
    max(undone) AS undone, max(id) AS last
    FROM change_log GROUP BY group_id ORDER BY last DESC LIMIT ?`).all(limit) as { group_id: string; label: string; at: string; n: number; undone: number }[];
  return rows.map((r) => ({ groupId: r.group_id, label: r.label, at: r.at, changes: r.n, undone: r.undone === 1 }));
}

/** Forgets every logged change of one row (its row is gone for good, so they cannot apply). */
export function forgetRow(sqlite: Database.Database, table: string, rowId: string): void {
  const groups = sqlite.prepare('SELECT DISTINCT group_id FROM change_log WHERE table_name = ? AND row_id = ?').all(table, rowId) as { group_id: string }[];
  const del = sqlite.prepare('DELETE FROM change_log WHERE group_id = ?');
  for (const g of groups) del.run(g.group_id);
}

function apply(sqlite: Database.Database, r: LogRow, direction: 'forward' | 'backward'): void {
  const keyOf = KEYS[r.table_name];
  if (!keyOf) throw new AppError('INTERNAL', `The change log names an unknown table ${r.table_name}.`);
  if (r.op === 'bulk') {
    const after = JSON.parse(r.after ?? '{}') as { set?: Record<string, unknown>; delete?: boolean };
    if (applyBulk(sqlite, r.id, after.delete ? null : after.set ?? {}, direction) !== Number(r.row_id)) {
      throw new AppError('CONFLICT', `"${r.label}" cannot be ${direction === 'forward' ? 'redone' : 'undone'}: some of the rows it changed no longer exist.`);
    }
    return;
  }
  const image = JSON.parse((direction === 'forward' ? r.after : r.before) ?? 'null') as Record<string, unknown> | null;
  const op = direction === 'forward' ? r.op : r.op === 'insert' ? 'delete' : r.op === 'delete' ? 'insert' : 'update';
  const key = keyOf.numeric ? Number(r.row_id) : r.row_id;
  const where = `${quote(keyOf.column)} = ?`;
  let changes: number;
  if (op === 'delete') {
    changes = sqlite.prepare(`DELETE FROM ${r.table_name} WHERE ${where}`).run(key).changes;
  } else if (op === 'insert') {
    const cols = Object.keys(image ?? {});
    changes = sqlite.prepare(`INSERT INTO ${r.table_name} (${cols.map(quote).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`)
      .run(...cols.map((c) => image![c])).changes;
  } else {
    const cols = Object.keys(image ?? {});
    changes = sqlite.prepare(`UPDATE ${r.table_name} SET ${cols.map((c) => `${quote(c)} = ?`).join(', ')} WHERE ${where}`)
      .run(...cols.map((c) => image![c]), key).changes;
  }
  if (changes !== 1) {
    throw new AppError('CONFLICT', `"${r.label}" cannot be ${direction === 'forward' ? 'redone' : 'undone'}: what it changed no longer exists.`);
  }
}

function quote(col: string): string {
  if (!/^[a-z_]+$/.test(col)) throw new AppError('INTERNAL', `Bad column name in the change log: ${col}`);
  return `"${col}"`;
}
