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
  const groupId = randomUUID();
  const now = new Date().toISOString();
  sqlite.prepare('DELETE FROM change_log WHERE undone = 1').run();
  const insert = sqlite.prepare(`INSERT INTO change_log (group_id, op, table_name, row_id, before, after, label, created_at, undone)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)`);
  for (const c of changes) {
    insert.run(groupId, c.op, c.table, c.rowId, c.before && JSON.stringify(c.before), c.after && JSON.stringify(c.after), label, now);
  }
  return groupId;
}

interface LogRow { id: number; group_id: string; op: RowChange['op']; table_name: string; row_id: string; before: string | null; after: string | null; label: string }

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
  const rows = sqlite.prepare(`SELECT group_id, label, min(created_at) AS at, count(*) AS n, max(undone) AS undone, max(id) AS last
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
