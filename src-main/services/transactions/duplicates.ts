import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../src-shared/contract/errors';
import { recordGroup, type RowChange } from '../history/change-log';

interface FlaggedRow {
  id: number; duplicate_of: number | null; duplicate_score: number | null; duplicate_reasons: string | null;
  payee: string; description: string; reference: string | null;
}

/**
 * Resolves a row the import flagged "possible duplicate": `keep` keeps both (the flag goes);
 * `merge` removes the flagged row as the same bank line as its match (which takes the bank id
 * when it had none). One undoable change either way.
 */
export function resolveDuplicate(sqlite: Database.Database, id: number, action: 'keep' | 'merge'): { label: string } {
  return sqlite.transaction(() => {
    const row = sqlite.prepare(`SELECT t.* FROM visible_transactions t WHERE t.id = ?`).get(id) as (FlaggedRow & Record<string, unknown>) | undefined;
    if (!row) throw new AppError('NOT_FOUND', `There is no transaction ${id}.`);
    if (row.duplicate_of === null) throw new AppError('CONFLICT', `Transaction ${id} is not flagged as a possible duplicate.`);
    const flag = { duplicate_of: row.duplicate_of, duplicate_score: row.duplicate_score, duplicate_reasons: row.duplicate_reasons };
    const cleared = { duplicate_of: null, duplicate_score: null, duplicate_reasons: null };
    const text = row.payee || row.description;
    if (action === 'keep') {
      sqlite.prepare('UPDATE transactions SET duplicate_of = NULL, duplicate_score = NULL, duplicate_reasons = NULL WHERE id = ?').run(id);
      const label = `Keep both: ${text}`;
      recordGroup(sqlite, label, [{ op: 'update', table: 'transactions', rowId: String(id), before: flag, after: cleared }]);
      return { label };
    }
    const original = sqlite.prepare('SELECT id, reference FROM visible_transactions WHERE id = ?').get(row.duplicate_of) as { id: number; reference: string | null } | undefined;
    if (!original) throw new AppError('CONFLICT', `The row ${id} resembles is gone; keep this one instead.`);
    const changes: RowChange[] = [];
    if (!original.reference && row.reference) {
      sqlite.prepare('UPDATE transactions SET reference = ? WHERE id = ?').run(row.reference, original.id);
      changes.push({ op: 'update', table: 'transactions', rowId: String(original.id), before: { reference: null }, after: { reference: row.reference } });
    }
    const image = sqlite.prepare('SELECT * FROM transactions WHERE id = ?').get(id) as Record<string, unknown>;
    sqlite.prepare('DELETE FROM transactions WHERE id = ?').run(id);
    changes.push({ op: 'delete', table: 'transactions', rowId: String(id), before: image, after: null });
    const label = `Merge duplicate: ${text}`;
    recordGroup(sqlite, label, changes);
    return { label };
  })();
}
