import type { ApiHandlers } from '../../../src-shared/contract/api';
import { AppError } from '../../../src-shared/contract/errors';
import { recordGroup, type RowChange } from '../history/change-log';
import type { ServiceDeps } from '../service-deps';
import { categoryIdByName, getCategory, listCategories } from './categories.queries';

type CategoriesApi = Pick<ApiHandlers, 'categories.list' | 'categories.add' | 'categories.rename' | 'categories.merge' | 'categories.archive'>;

/** The chart of accounts' income and expense side: add, rename, merge, archive — each undoable. */
export function createCategoriesService(deps: ServiceDeps): CategoriesApi {
  const { sqlite } = deps.ledger;
  return {
    'categories.list': ({ includeArchived }) => listCategories(sqlite, !!includeArchived),
    'categories.add'({ name, kind, parent }) {
      const id = sqlite.transaction(() => {
        if (categoryIdByName(sqlite, name)) throw new AppError('CONFLICT', `A category named "${name}" exists already.`);
        const parentId = parent ? categoryIdByName(sqlite, parent) : null;
        if (parent && !parentId) throw new AppError('NOT_FOUND', `There is no category "${parent}" to put "${name}" under.`);
        const newId = Number(sqlite.prepare(`INSERT INTO accounts (name, kind, parent_id, archived, created_at) VALUES (?, ?, ?, 0, ?)`)
          .run(name, kind, parentId, new Date().toISOString()).lastInsertRowid);
        const image = sqlite.prepare('SELECT * FROM accounts WHERE id = ?').get(newId) as Record<string, unknown>;
        recordGroup(sqlite, `Add category ${name}`, [{ op: 'insert', table: 'accounts', rowId: String(newId), before: null, after: image }]);
        return newId;
      })();
      deps.changed(['accounts']);
      return getCategory(sqlite, id);
    },
    'categories.rename'({ id, name }) {
      const before = getCategory(sqlite, id);
      sqlite.transaction(() => {
        const clash = categoryIdByName(sqlite, name);
        if (clash && clash !== id) throw new AppError('CONFLICT', `A category named "${name}" exists already; merge into it instead.`);
        sqlite.prepare('UPDATE accounts SET name = ? WHERE id = ?').run(name, id);
        recordGroup(sqlite, `Rename category ${before.name} to ${name}`, [{ op: 'update', table: 'accounts', rowId: String(id), before: { name: before.name }, after: { name } }]);
      })();
      deps.changed(['accounts', 'transactions']);
      return getCategory(sqlite, id);
    },
    'categories.merge'({ from, into }) {
      if (from === into) throw new AppError('VALIDATION', 'A category cannot be merged into itself.');
      const a = getCategory(sqlite, from);
      const b = getCategory(sqlite, into);
      const moved = sqlite.transaction(() => {
        const rows = sqlite.prepare('SELECT id FROM transactions WHERE category_id = ?').all(from) as { id: number }[];
        sqlite.prepare('UPDATE transactions SET category_id = ? WHERE category_id = ?').run(into, from);
        sqlite.prepare('UPDATE merchant_memory SET category_id = ? WHERE category_id = ?').run(into, from);
        sqlite.prepare('UPDATE accounts SET archived = 1 WHERE id = ?').run(from);
        const changes: RowChange[] = rows.map((r) => ({ op: 'update', table: 'transactions', rowId: String(r.id), before: { category_id: from }, after: { category_id: into } }));
        changes.push({ op: 'update', table: 'accounts', rowId: String(from), before: { archived: a.archived ? 1 : 0 }, after: { archived: 1 } });
        recordGroup(sqlite, `Merge category ${a.name} into ${b.name}`, changes);
        return rows.length;
      })();
      deps.changed(['accounts', 'transactions']);
      return { moved, into: getCategory(sqlite, into) };
    },
    'categories.archive'({ id, archived }) {
      const before = getCategory(sqlite, id);
      sqlite.transaction(() => {
        sqlite.prepare('UPDATE accounts SET archived = ? WHERE id = ?').run(archived ? 1 : 0, id);
        recordGroup(sqlite, `${archived ? 'Archive' : 'Restore'} category ${before.name}`, [
          { op: 'update', table: 'accounts', rowId: String(id), before: { archived: before.archived ? 1 : 0 }, after: { archived: archived ? 1 : 0 } },
        ]);
      })();
      deps.changed(['accounts']);
      return getCategory(sqlite, id);
    },
  };
}
