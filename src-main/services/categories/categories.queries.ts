import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../src-shared/contract/errors';
import type { CategoryView } from '../../../src-shared/contract/views';

const CATEGORY_KINDS = "('income','expense','equity')";

interface Row { id: number; name: string; kind: CategoryView['kind']; parent_id: number | null; parent: string | null; archived: number }

export function toCategoryView(r: Row): CategoryView {
  return { id: r.id, name: r.name, kind: r.kind, parentId: r.parent_id, parent: r.parent, archived: r.archived === 1 };
}

const SELECT = `SELECT c.id, c.name, c.kind, c.parent_id, p.name AS parent, c.archived
  FROM accounts c LEFT JOIN accounts p ON p.id = c.parent_id WHERE c.kind IN ${CATEGORY_KINDS}`;

export function listCategories(sqlite: Database.Database, includeArchived: boolean): CategoryView[] {
  const rows = sqlite.prepare(`${SELECT} ${includeArchived ? '' : 'AND c.archived = 0'} ORDER BY c.kind, coalesce(p.name, c.name), c.parent_id IS NOT NULL, c.name`).all() as Row[];
  return rows.map(toCategoryView);
}

export function getCategory(sqlite: Database.Database, id: number): CategoryView {
  const row = sqlite.prepare(`${SELECT} AND c.id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no category ${id}. List them with "fingood categories".`);
  return toCategoryView(row);
}

/**
 * A category by name (case-insensitive; a leaf is preferred over a parent of the same name);
 * `create` makes a missing one under no parent, as an expense (or income for money in).
 */
export function categoryIdByName(sqlite: Database.Database, name: string, create?: { kind: 'income' | 'expense' }): number | null {
  const row = sqlite.prepare(`SELECT id FROM accounts WHERE kind IN ${CATEGORY_KINDS} AND lower(name) = lower(?)
    ORDER BY archived, parent_id IS NULL LIMIT 1`).get(name.trim()) as { id: number } | undefined;
  if (row) return row.id;
  if (!create) return null;
  return Number(sqlite.prepare(`INSERT INTO accounts (name, kind, parent_id, archived, created_at) VALUES (?, ?, NULL, 0, ?)`)
    .run(name.trim(), create.kind, new Date().toISOString()).lastInsertRowid);
}

/** Every active category name → id, for mapping suggestions onto this ledger's chart. */
export function categoryIndex(sqlite: Database.Database): Map<string, number> {
  const rows = sqlite.prepare(`SELECT id, name FROM accounts WHERE kind IN ${CATEGORY_KINDS} AND archived = 0 ORDER BY parent_id IS NULL`).all() as { id: number; name: string }[];
  const map = new Map<string, number>();
  for (const r of rows) if (!map.has(r.name)) map.set(r.name, r.id);
  return map;
}
