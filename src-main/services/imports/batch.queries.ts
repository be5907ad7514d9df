import type Database from 'better-sqlite3-multiple-ciphers';
import { sql, type Kysely } from 'kysely';
import type { BatchView } from '../../../src-shared/contract/views';
import type { DB } from '../../ledger/schema';
import { FUZZY_DAYS, type ExistingRow } from '../../../src-shared/domain/matching/classify-duplicates';
import { currentFingerprint } from '../../../src-shared/domain/matching/fingerprint';
import { forgetRow, recordGroup } from '../history/change-log';

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

/** Creates the pending batch an import writes into; returns its number (transactions.batch_seq). */
export async function insertPendingBatch(db: Kysely<DB>, b: {
  id: string; fileName: string; format: string; accountId: number; jobId: string; statement: unknown; errorCount: number;
}): Promise<number> {
  // A number never given before, even to a batch since purged (AUTOINCREMENT).
  const { seq } = await db.insertInto('import_batch_numbers').defaultValues().returning('seq').executeTakeFirstOrThrow();
  await db.deleteFrom('import_batch_numbers').where('seq', '=', seq).execute();
  await db.insertInto('import_batches').values({
    id: b.id, seq, first_id: sql<number>`${NEXT_TRANSACTION_ID}`,
    file_name: b.fileName, format: b.format, account_id: b.accountId, state: 'pending',
    row_count: 0, error_count: b.errorCount, skipped_count: 0, flagged_count: 0, job_id: b.jobId, statement: JSON.stringify(b.statement),
    created_at: new Date().toISOString(), committed_at: null,
  }).execute();
  return seq;
}

/**
 * The id the next transaction will get: transactions.id is AUTOINCREMENT, so ids only grow and
 * a batch's rows, written after it is created and before it is committed, lie between the two
 * (migration 0130; other rows written meanwhile may lie there too: queries test batch_seq).
 */
const NEXT_TRANSACTION_ID = sql.raw(`(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'transactions'), 0) + 1)`);

/**
 * Makes a batch's rows visible in one tiny transaction: the all-or-nothing point of an import.
 * The bad rows and the statement (with the balances its rows stated) are known once every row
 * is read, so they are written here when given.
 */
export async function commitBatch(db: Kysely<DB>, id: string, counts: { rows: number; skipped: number; flagged: number; errors?: number },
  statement?: unknown): Promise<void> {
  await db.updateTable('import_batches')
    .set({
      state: 'committed', row_count: counts.rows, skipped_count: counts.skipped, flagged_count: counts.flagged, committed_at: new Date().toISOString(),
      last_id: sql<number>`${NEXT_TRANSACTION_ID} - 1`,
      ...(counts.errors === undefined ? {} : { error_count: counts.errors }),
      ...(statement === undefined ? {} : { statement: JSON.stringify(statement) }),
    })
    .where('id', '=', id).where('state', '=', 'pending').execute();
}

/**
 * Removes a batch that is not committed (pending: interrupted; deleted: the same file is being
 * imported again) with its rows, for good. Rows go in slices so main never blocks for long; the
 * last slice and the batch go in one transaction, so no row can outlive its batch (a row writer
 * of an import cut short checks its batch is still pending whenever it begins a transaction).
 */
export async function purgeBatch(sqlite: Database.Database, id: string): Promise<void> {
  const batch = sqlite.prepare('SELECT seq, first_id AS firstId FROM import_batches WHERE id = ?').get(id) as { seq: number; firstId: number } | undefined;
  if (!batch) return;
  // Along the ids from the batch's first one: each slice starts where the last one ended.
  const next = sqlite.prepare(`SELECT id FROM transactions WHERE id > ? AND batch_seq = ? ORDER BY id LIMIT ${PURGE_SLICE}`).pluck();
  const slice = sqlite.prepare('DELETE FROM transactions WHERE id BETWEEN ? AND ? AND batch_seq = ?');
  let after = batch.firstId - 1;
  for (;;) {
    const ids = next.all(after, batch.seq) as number[];
    if (ids.length < PURGE_SLICE) break;
    slice.run(ids[0], ids[ids.length - 1], batch.seq);
    after = ids[ids.length - 1]!;
    await new Promise((r) => setImmediate(r));
  }
  sqlite.transaction(() => {
    sqlite.prepare(`DELETE FROM transactions WHERE id > ? AND batch_seq = (SELECT seq FROM import_batches WHERE id = ? AND state <> 'committed')`).run(after, id);
    sqlite.prepare("DELETE FROM import_batches WHERE id = ? AND state <> 'committed'").run(id);
    forgetRow(sqlite, 'import_batches', id);
  })();
}

const PURGE_SLICE = 20_000;

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

/**
 * The account's visible rows that could match a file dated `range` (widened by the fuzzy
 * window), read once per import before any of the file's rows are written. Read in slices so
 * main never blocks for long; the import worker indexes them.
 */
export async function loadExistingRows(sqlite: Database.Database, accountId: number, range: { min: string; max: string } | null): Promise<ExistingRow[]> {
  if (!range) return [];
  const page = sqlite.prepare(`SELECT id, date, amount_minor AS amountMinor, payee || ' ' || description AS text, reference, fingerprint
    FROM visible_transactions WHERE account_id = ? AND date BETWEEN ? AND ? AND id > ? ORDER BY id LIMIT 20000`);
  const from = shiftDays(range.min, -FUZZY_DAYS);
  const to = shiftDays(range.max, FUZZY_DAYS);
  const all: ExistingRow[] = [];
  let after = 0;
  for (;;) {
    const rows = page.all(accountId, from, to, after) as ExistingRow[];
    if (rows.length === 0) break;
    for (const r of rows) all.push(r.fingerprint ? { ...r, fingerprint: currentFingerprint(r, r.fingerprint) } : r);
    after = rows[rows.length - 1]!.id;
    await new Promise((r) => setImmediate(r));
  }
  return all;
}

function shiftDays(iso: string, days: number): string {
  const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
