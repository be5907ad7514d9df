import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../src-shared/contract/errors';
import type { SuggestionView } from '../../../src-shared/contract/views';
import { merchantKey } from '../../../src-shared/domain/categorize/merchant-key';
import { categoryIdByName } from '../categories/categories.queries';
import { recordGroup, type RowChange } from '../history/change-log';
import { suggestionsOf } from '../transactions/transactions.queries';

interface TxRow {
  id: number; payee: string; description: string; merchant_key: string | null; category_id: number | null;
  category_source: string | null; confidence: number | null; needs_review: number; suggestions: string | null;
}

const SOURCES_A_USER_OWNS = "('user','imported','rule')";

/**
 * The user files rows under a category (a correction, or an accepted suggestion when it was
 * the top one). Each row becomes feedback; each merchant is remembered, and the merchant's
 * other rows the user has not decided yet follow at once. One undoable change.
 */
export function recordCategorization(
  sqlite: Database.Database, ids: number[], pick: (row: TxRow) => string | null, label: string,
): { changed: number; memory: string[] } {
  return sqlite.transaction(() => {
    const rows = sqlite.prepare(`SELECT id, payee, description, merchant_key, category_id, category_source, confidence, needs_review,
      ${suggestionsOf('visible_transactions')} AS suggestions FROM visible_transactions WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as TxRow[];
    if (rows.length !== new Set(ids).size) throw new AppError('NOT_FOUND', `${new Set(ids).size - rows.length} of these transactions do not exist.`);
    const now = new Date().toISOString();
    const changes: RowChange[] = [];
    const memory = new Map<string, number>();
    const setRow = sqlite.prepare(`UPDATE transactions SET category_id = ?, category_source = 'user', confidence = 1, needs_review = 0, merchant_key = ? WHERE id = ?`);
    const addFeedback = sqlite.prepare(`INSERT INTO categorization_feedback (transaction_id, category_id, previous_category_id, kind, merchant_key, created_at) VALUES (?, ?, ?, ?, ?, ?)`);
    for (const row of rows) {
      const name = pick(row);
      if (!name) continue;
      const categoryId = categoryIdByName(sqlite, name);
      if (!categoryId) throw new AppError('NOT_FOUND', `There is no category "${name}". Pick one from the list, or add it first.`);
      const key = row.merchant_key ?? merchantKey(row.payee, row.description);
      setRow.run(categoryId, key, row.id);
      changes.push({ op: 'update', table: 'transactions', rowId: String(row.id),
        before: { category_id: row.category_id, category_source: row.category_source, confidence: row.confidence, needs_review: row.needs_review, merchant_key: row.merchant_key },
        after: { category_id: categoryId, category_source: 'user', confidence: 1, needs_review: 0, merchant_key: key } });
      const top = row.suggestions ? (JSON.parse(row.suggestions) as SuggestionView[])[0] : undefined;
      const kind = row.category_id === categoryId || top?.category === name ? 'accept' : 'correct';
      const fb = Number(addFeedback.run(row.id, categoryId, row.category_id, kind, key, now).lastInsertRowid);
      changes.push({ op: 'insert', table: 'categorization_feedback', rowId: String(fb), before: null, after: null });
      if (key) memory.set(key, categoryId);
    }
    for (const [key, categoryId] of memory) changes.push(...remember(sqlite, key, categoryId, now));
    // The merchant's rows waiting for review follow the user's choice at once.
    const follow = sqlite.prepare(`SELECT id, category_id, category_source, confidence, needs_review FROM visible_transactions
      WHERE merchant_key = ? AND needs_review = 1 AND coalesce(category_source, '') NOT IN ${SOURCES_A_USER_OWNS}`);
    const setFollow = sqlite.prepare(`UPDATE transactions SET category_id = ?, category_source = 'memory', confidence = ?, needs_review = 0 WHERE id = ?`);
    for (const [key, categoryId] of memory) {
      for (const r of follow.all(key) as Omit<TxRow, 'payee' | 'description' | 'merchant_key' | 'suggestions'>[]) {
        setFollow.run(categoryId, MEMORY_CONFIDENCE, r.id);
        changes.push({ op: 'update', table: 'transactions', rowId: String(r.id),
          before: { category_id: r.category_id, category_source: r.category_source, confidence: r.confidence, needs_review: r.needs_review },
          after: { category_id: categoryId, category_source: 'memory', confidence: MEMORY_CONFIDENCE, needs_review: 0 } });
      }
    }
    fixFeedbackImages(sqlite, changes);
    if (changes.length) recordGroup(sqlite, label, changes);
    return { changed: rows.length, memory: [...memory.keys()] };
  })();
}

/** How sure a merchant the user confirmed is, for its next rows. */
export const MEMORY_CONFIDENCE = 0.97;

function remember(sqlite: Database.Database, key: string, categoryId: number, now: string): RowChange[] {
  const old = sqlite.prepare('SELECT * FROM merchant_memory WHERE merchant_key = ?').get(key) as Record<string, unknown> | undefined;
  if (!old) {
    sqlite.prepare('INSERT INTO merchant_memory (merchant_key, category_id, confirmations, updated_at) VALUES (?, ?, 1, ?)').run(key, categoryId, now);
    const image = sqlite.prepare('SELECT * FROM merchant_memory WHERE merchant_key = ?').get(key) as Record<string, unknown>;
    return [{ op: 'insert', table: 'merchant_memory', rowId: key, before: null, after: image }];
  }
  // A different category resets the count: the user changed their mind about this merchant.
  const confirmations = old.category_id === categoryId ? Number(old.confirmations) + 1 : 1;
  sqlite.prepare('UPDATE merchant_memory SET category_id = ?, confirmations = ?, updated_at = ? WHERE merchant_key = ?').run(categoryId, confirmations, now, key);
  return [{ op: 'update', table: 'merchant_memory', rowId: key,
    before: { category_id: old.category_id, confirmations: old.confirmations, updated_at: old.updated_at },
    after: { category_id: categoryId, confirmations, updated_at: now } }];
}

/** Feedback rows get their full image as `after`, so redo can re-insert them. */
function fixFeedbackImages(sqlite: Database.Database, changes: RowChange[]): void {
  const get = sqlite.prepare('SELECT * FROM categorization_feedback WHERE id = ?');
  for (const c of changes) {
    if (c.table === 'categorization_feedback' && c.op === 'insert') c.after = get.get(Number(c.rowId)) as Record<string, unknown>;
  }
}
