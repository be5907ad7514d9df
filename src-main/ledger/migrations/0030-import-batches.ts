import { sql, type Kysely } from 'kysely';

/**
 * One row per imported file; the id is the SHA-256 of the file's bytes, so the same file twice
 * is refused. Rows of a batch are visible only while it is committed (visible_transactions):
 * 'pending' while an import writes it, 'deleted' after the user deleted it (undoable).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('import_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('pending','committed','deleted')`))
    .addColumn('row_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('job_id', 'text')
    .addColumn('statement', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('committed_at', 'text')
    .execute();
  await sql`CREATE VIEW visible_transactions AS
    SELECT * FROM transactions
    WHERE batch_id IS NULL OR batch_id NOT IN (SELECT id FROM import_batches WHERE state <> 'committed')`.execute(db);
}
