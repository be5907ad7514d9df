import type Database from 'better-sqlite3-multiple-ciphers';
import type { Kysely } from 'kysely';
import type { ImportRow } from '../../../src-shared/contract/import-protocol';
import type { BatchView } from '../../../src-shared/contract/views';
import type { DB } from '../../ledger/schema';
import {
  FUZZY_DAYS, addExisting, classifyDuplicates, createDuplicateIndex, type DuplicateIndex, type ExistingRow,
} from '../../../src-shared/domain/matching/classify-duplicates';
import { forgetRow, recordGroup } from '../history/change-log';
import { categoryIdByName } from '../categories/categories.queries';

export async function findBatch(db: Kysely<DB>, id: string) {
  return db.selectFrom('import_batches').innerJoin('accounts', 'accounts.id', 'import_batches.account_id')
    .select(['import_batches.id', 'file_name', 'format', 'state', 'row_count', 'error_count',
      'import_batches.created_at', 'committed_at', 'accounts.name as account'])
    .where('import_batches.id', '=', id).executeTakeFirst();
}

export async function listBatches(db: Kysely<DB>): Promise<BatchView[]> {
  const rows = await db.selectFrom('import_batches').innerJoin('accounts', 'accounts.id', 'import_batches.account_id')
    .select(['import_batches.id', 'file_name', 'format', 'row_count', 'error_count', 'skipped_count', 'flagged_count', 'committed_at', 'accounts.name as account'])
    .where('state', '=', 'committed').orderBy('committed_at', 'desc').execute();
  return rows.map((r) => ({
    id: r.id, fileName: r.file_name, format: r.format, account: r.account,
    rowCount: r.row_count, errorCount: r.error_count, skippedCount: r.skipped_count, flaggedCount: r.flagged_count,
    importedAt: r.committed_at ?? '',
  }));
}

export async function insertPendingBatch(db: Kysely<DB>, b: {
  id: string; fileName: string; format: string; accountId: number; jobId: string; statement: unknown; errorCount: number;
}): Promise<void> {
  await db.insertInto('import_batches').values({
    id: b.id, file_name: b.fileName, format: b.format, account_id: b.accountId, state: 'pending',
    row_count: 0, error_count: b.errorCount, skipped_count: 0, flagged_count: 0, job_id: b.jobId, statement: JSON.stringify(b.statement),
    created_at: new Date().toISOString(), committed_at: null,
  }).execute();
}

/**
 * Indexes a pending batch's rows for search, in slices between which main serves other work.
 * Runs before the batch commits: a crash before the commit purges rows and index entries alike.
 */
/** Rows tokenized per slice: about 10 ms of main's time each. */
const FTS_SLICE = 2000;

export async function indexBatchForSearch(sqlite: Database.Database, id: string): Promise<void> {
  const slice = sqlite.prepare(`INSERT INTO transactions_fts (rowid, payee, description, memo)
    SELECT id, payee, description, memo FROM transactions WHERE batch_id = ? AND id > ? ORDER BY id LIMIT ${FTS_SLICE}`);
  const last = sqlite.prepare(`SELECT max(id) AS id FROM (SELECT id FROM transactions WHERE batch_id = ? AND id > ? ORDER BY id LIMIT ${FTS_SLICE})`);
  let after = 0;
  for (;;) {
    const upTo = (last.get(id, after) as { id: number | null }).id;
    if (upTo === null) break;
    sqlite.pragma('synchronous = NORMAL');
    try { slice.run(id, after); } finally { sqlite.pragma('synchronous = FULL'); }
    after = upTo;
    await new Promise((r) => setImmediate(r));
  }
}

/** Makes a batch's rows visible in one tiny transaction: the all-or-nothing point of an import. */
export async function commitBatch(db: Kysely<DB>, id: string, counts: { rows: number; skipped: number; flagged: number }): Promise<void> {
  await db.updateTable('import_batches')
    .set({ state: 'committed', row_count: counts.rows, skipped_count: counts.skipped, flagged_count: counts.flagged, committed_at: new Date().toISOString() })
    .where('id', '=', id).where('state', '=', 'pending').execute();
}

/**
 * Removes a batch that is not committed (pending: interrupted; deleted: the same file is being
 * imported again) with its rows, for good. Rows go in slices so main never blocks for long.
 */
export async function purgeBatch(sqlite: Database.Database, id: string): Promise<void> {
  const del = sqlite.prepare('DELETE FROM transactions WHERE id IN (SELECT id FROM transactions WHERE batch_id = ? LIMIT 20000)');
  while (del.run(id).changes > 0) await new Promise((r) => setImmediate(r));
  sqlite.transaction(() => {
    sqlite.prepare("DELETE FROM import_batches WHERE id = ? AND state <> 'committed'").run(id);
    forgetRow(sqlite, 'import_batches', id);
  })();
}

/** Hides a committed batch's rows (undoable): the batch turns 'deleted', its rows stay on disk. */
export function deleteBatch(sqlite: Database.Database, id: string, fileName: string): void {
  sqlite.transaction(() => {
    sqlite.prepare("UPDATE import_batches SET state = 'deleted' WHERE id = ? AND state = 'committed'").run(id);
    recordGroup(sqlite, `Delete the import of ${fileName}`, [
      { op: 'update', table: 'import_batches', rowId: id, before: { state: 'committed' }, after: { state: 'deleted' } },
    ]);
  })();
}

export async function pendingBatchIds(db: Kysely<DB>): Promise<string[]> {
  return (await db.selectFrom('import_batches').select('id').where('state', '=', 'pending').execute()).map((r) => r.id);
}

export interface ChunkOutcome {
  inserted: number;
  skipped: number;
  flagged: number;
}

/**
 * Indexes the account's visible rows that could match a file dated `range` (widened by the
 * fuzzy window), once per import and before any of the file's rows are written. Read in slices
 * so main never blocks for long.
 */
export async function loadDuplicateIndex(sqlite: Database.Database, accountId: number, range: { min: string; max: string } | null): Promise<DuplicateIndex> {
  const index = createDuplicateIndex();
  if (!range) return index;
  const page = sqlite.prepare(`SELECT id, date, amount_minor AS amountMinor, payee || ' ' || description AS text, reference, fingerprint
    FROM visible_transactions WHERE account_id = ? AND date BETWEEN ? AND ? AND id > ? ORDER BY id LIMIT 20000`);
  const from = shiftDays(range.min, -FUZZY_DAYS);
  const to = shiftDays(range.max, FUZZY_DAYS);
  let after = 0;
  for (;;) {
    const rows = page.all(accountId, from, to, after) as ExistingRow[];
    if (rows.length === 0) break;
    addExisting(index, rows);
    after = rows[rows.length - 1]!.id;
    await new Promise((r) => setImmediate(r));
  }
  return index;
}

/**
 * A synchronous writer for one batch's rows: each call classifies one chunk against the
 * account's rows indexed before the import began, and writes it in one short transaction.
 * Exact duplicates are skipped and counted; possible duplicates are written with their match,
 * score and reasons.
 */
export function createRowWriter(
  sqlite: Database.Database, batchId: string, accountId: number, index: DuplicateIndex, defaultCurrency: string,
): (rows: ImportRow[]) => ChunkOutcome {
  const insert = sqlite.prepare(`INSERT INTO transactions
    (account_id, batch_id, date, value_date, amount_minor, currency, payee, description, memo, reference,
     balance_minor, source_line, created_at, fingerprint, duplicate_of, duplicate_score, duplicate_reasons,
     merchant_key, category_id, category_source, confidence, suggestions, needs_review, tags)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const now = new Date().toISOString();
  const categoryId = categoryResolver(sqlite);
  const writeChunk = sqlite.transaction((rows: ImportRow[]): ChunkOutcome => {
    const verdicts = classifyDuplicates(rows.map((r) => ({
      date: r.date, amountMinor: r.amountMinor, text: `${r.payee} ${r.description}`, reference: r.reference, fingerprint: r.fingerprint,
    })), index);
    const out: ChunkOutcome = { inserted: 0, skipped: 0, flagged: 0 };
    rows.forEach((r, i) => {
      const v = verdicts[i]!;
      if (v.kind === 'exact') { out.skipped++; return; }
      const dup = v.kind === 'possible' ? v : null;
      if (dup) out.flagged++;
      const category = r.category ? categoryId(r.category, r.categorySource === 'imported', r.amountMinor) : null;
      insert.run(accountId, batchId, r.date, r.valueDate, r.amountMinor, r.currency || defaultCurrency, r.payee, r.description,
        r.memo, r.reference, r.balanceMinor, r.line, now, r.fingerprint,
        dup?.existingId ?? null, dup?.score ?? null, dup ? JSON.stringify(dup.reasons) : null,
        r.merchantKey, category, category === null ? null : r.categorySource, category === null ? null : r.confidence,
        r.suggestions.length ? JSON.stringify(r.suggestions) : null, r.needsReview ? 1 : 0, r.tags ? JSON.stringify(r.tags) : null);
      out.inserted++;
    });
    return out;
  });
  // Chunks of a pending batch need no fsync of their own: they are invisible until the batch
  // commits, and commitBatch runs with synchronous=FULL, which syncs the whole WAL up to it.
  // This keeps main's event loop free of one disk flush per chunk.
  return (rows) => {
    sqlite.pragma('synchronous = NORMAL');
    try {
      return writeChunk(rows);
    } finally {
      sqlite.pragma('synchronous = FULL');
    }
  };
}

/**
 * Category names → ids for one import. A history file's own categories are created when the
 * chart lacks them (income for money in, expense for money out); a name from the layers that
 * no longer exists (archived since) leaves the row uncategorized.
 */
function categoryResolver(sqlite: Database.Database): (name: string, create: boolean, amountMinor: number) => number | null {
  const cache = new Map<string, number | null>();
  return (name, create, amountMinor) => {
    const k = name.toLowerCase();
    if (cache.has(k) && (cache.get(k) !== null || !create)) return cache.get(k)!;
    const id = categoryIdByName(sqlite, name, create ? { kind: amountMinor > 0 ? 'income' : 'expense' } : undefined);
    cache.set(k, id);
    return id;
  };
}

function shiftDays(iso: string, days: number): string {
  const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
