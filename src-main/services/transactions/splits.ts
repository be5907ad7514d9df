import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../src-shared/contract/errors';
import { currencyScale } from '../../../src-shared/domain/money/currency';
import { formatMinor } from '../../../src-shared/domain/money/decimal';
import { categoryIdByName } from '../categories/categories.queries';
import { recordGroup, type RowChange } from '../history/change-log';

export interface SplitPart { category: string; amount: number; memo?: string }

/**
 * Why these parts cannot split a line of `lineMinor` (integer minor units), or null when they
 * can: no parts at all (unsplit) or at least two non-zero parts summing exactly to the line.
 */
export function splitProblem(lineMinor: number, parts: readonly { amount: number }[], scale: number): string | null {
  if (parts.length === 0) return null;
  if (parts.length === 1) return 'A split needs at least two parts; to file the whole line under one category, set its category instead.';
  if (parts.some((p) => !Number.isSafeInteger(p.amount))) return 'Split amounts must be whole numbers of minor units (cents).';
  if (parts.some((p) => p.amount === 0)) return 'A split part cannot be zero.';
  const sum = parts.reduce((s, p) => s + p.amount, 0);
  if (sum !== lineMinor) {
    const diff = lineMinor - sum;
    // "Missing" when the parts fall short of the line in its own direction (money out is negative).
    const missing = lineMinor === 0 ? diff > 0 : Math.sign(diff) === Math.sign(lineMinor);
    return `The parts add up to ${formatMinor(sum, scale)} but the line is ${formatMinor(lineMinor, scale)}: ${formatMinor(Math.abs(diff), scale)} ${missing ? 'is missing' : 'too much'}.`;
  }
  return null;
}

/**
 * Replaces a row's split (no parts: unsplits it), as one undoable change. A split row has no
 * category of its own (category_id NULL) but stays the user's decision (source 'user'), so
 * rules and the model leave it alone.
 */
export function splitTransaction(sqlite: Database.Database, id: number, parts: SplitPart[]): { id: number; parts: number; label: string } {
  return sqlite.transaction(() => {
    const row = sqlite.prepare('SELECT id, amount_minor, currency, payee, description, category_id, category_source, confidence, needs_review, transfer_id FROM visible_transactions WHERE id = ?')
      .get(id) as { id: number; amount_minor: number; currency: string; payee: string; description: string; category_id: number | null;
        category_source: string | null; confidence: number | null; needs_review: number; transfer_id: number | null } | undefined;
    if (!row) throw new AppError('NOT_FOUND', `There is no transaction ${id}.`);
    if (row.transfer_id !== null) throw new AppError('CONFLICT', `Transaction ${id} is a transfer between your accounts; unlink it before splitting.`);
    const problem = splitProblem(row.amount_minor, parts, currencyScale(row.currency));
    if (problem) throw new AppError('VALIDATION', problem, { lineMinor: row.amount_minor, sumMinor: parts.reduce((s, p) => s + p.amount, 0) });
    const categoryIds = parts.map((p) => {
      const c = categoryIdByName(sqlite, p.category);
      if (c === null) throw new AppError('VALIDATION', `There is no category "${p.category}". Nothing was changed.`, { category: p.category });
      return c;
    });
    const changes: RowChange[] = [];
    const old = sqlite.prepare('SELECT * FROM splits WHERE transaction_id = ? ORDER BY id').all(id) as Record<string, unknown>[];
    const del = sqlite.prepare('DELETE FROM splits WHERE id = ?');
    for (const s of old) { del.run(s.id); changes.push({ op: 'delete', table: 'splits', rowId: String(s.id), before: s, after: null }); }
    const add = sqlite.prepare('INSERT INTO splits (transaction_id, category_id, amount_minor, memo) VALUES (?, ?, ?, ?)');
    const image = sqlite.prepare('SELECT * FROM splits WHERE id = ?');
    parts.forEach((p, i) => {
      const sid = Number(add.run(id, categoryIds[i], p.amount, p.memo ?? '').lastInsertRowid);
      changes.push({ op: 'insert', table: 'splits', rowId: String(sid), before: null, after: image.get(sid) as Record<string, unknown> });
    });
    const after = parts.length
      ? { category_id: null, category_source: 'user', confidence: 1, needs_review: 0 }
      : { category_id: null, category_source: null, confidence: null, needs_review: row.needs_review };
    sqlite.prepare('UPDATE transactions SET category_id = ?, category_source = ?, confidence = ?, needs_review = ? WHERE id = ?')
      .run(after.category_id, after.category_source, after.confidence, after.needs_review, id);
    changes.push({ op: 'update', table: 'transactions', rowId: String(id),
      before: { category_id: row.category_id, category_source: row.category_source, confidence: row.confidence, needs_review: row.needs_review }, after });
    const text = row.payee || row.description;
    const label = parts.length ? `Split ${text} into ${parts.length} parts` : `Unsplit ${text}`;
    recordGroup(sqlite, label, changes);
    return { id, parts: parts.length, label };
  })();
}
