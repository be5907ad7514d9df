import type Database from 'better-sqlite3-multiple-ciphers';
import type { Kysely } from 'kysely';
import type { ImportRow } from '../../../src-shared/contract/import-protocol';
import type { BatchView } from '../../../src-shared/contract/views';
import type { DB } from '../../ledger/schema';

export async function findBatch(db: Kysely<DB>, id: string) {
  return db.selectFrom('import_batches').innerJoin('accounts', 'accounts.id', 'import_batches.account_id')
    .select(['import_batches.id', 'file_name', 'format', 'state', 'row_count', 'error_count',
      'import_batches.created_at', 'committed_at', 'accounts.name as account'])
    .where('import_batches.id', '=', id).executeTakeFirst();
}

export async function listBatches(db: Kysely<DB>): Promise<BatchView[]> {
  const rows = await db.selectFrom('import_batches').innerJoin('accounts', 'accounts.id', 'import_batches.account_id')
    .select(['import_batches.id', 'file_name', 'format', 'row_count', 'error_count', 'committed_at', 'accounts.name as account'])
    .where('state', '=', 'committed').orderBy('committed_at', 'desc').execute();
  return rows.map((r) => ({
    id: r.id, fileName: r.file_name, format: r.format, account: r.account,
    rowCount: r.row_count, errorCount: r.error_count, importedAt: r.committed_at ?? '',
  }));
}

export async function insertPendingBatch(db: Kysely<DB>, b: {
  id: string; fileName: string; format: string; accountId: number; jobId: string; statement: unknown; errorCount: number;
}): Promise<void> {
  await db.insertInto('import_batches').values({
    id: b.id, file_name: b.fileName, format: b.format, account_id: b.accountId, state: 'pending',
    row_count: 0, error_count: b.errorCount, job_id: b.jobId, statement: JSON.stringify(b.statement),
    created_at: new Date().toISOString(), committed_at: null,
  }).execute();
}

/** Makes a batch's rows visible in one tiny transaction: the all-or-nothing point of an import. */
export async function commitBatch(db: Kysely<DB>, id: string, rowCount: number): Promise<void> {
  await db.updateTable('import_batches')
    .set({ state: 'committed', row_count: rowCount, committed_at: new Date().toISOString() })
    .where('id', '=', id).where('state', '=', 'pending').execute();
}

/**
 * Removes an uncommitted batch and its rows. Rows go in slices so a large interrupted batch
 * never blocks main for long.
 */
export async function discardPendingBatch(sqlite: Database.Database, id: string): Promise<void> {
  const del = sqlite.prepare('DELETE FROM transactions WHERE id IN (SELECT id FROM transactions WHERE batch_id = ? LIMIT 20000)');
  while (del.run(id).changes > 0) await new Promise((r) => setImmediate(r));
  sqlite.prepare("DELETE FROM import_batches WHERE id = ? AND state = 'pending'").run(id);
}

export async function pendingBatchIds(db: Kysely<DB>): Promise<string[]> {
  return (await db.selectFrom('import_batches').select('id').where('state', '=', 'pending').execute()).map((r) => r.id);
}

/** A synchronous writer for one batch's rows: each call is one short write transaction. */
export function createRowWriter(sqlite: Database.Database, batchId: string, accountId: number) {
  const insert = sqlite.prepare(`INSERT INTO transactions
    (account_id, batch_id, date, value_date, amount_minor, currency, payee, description, memo, reference,
     balance_minor, source_line, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const now = new Date().toISOString();
  return sqlite.transaction((rows: ImportRow[]) => {
    for (const r of rows) {
      insert.run(accountId, batchId, r.date, r.valueDate, r.amountMinor, r.currency, r.payee, r.description,
        r.memo, r.reference, r.balanceMinor, r.line, now);
    }
  });
}
