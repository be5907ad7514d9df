import { sql, type Kysely } from 'kysely';

/**
 * The transactions workspace at a million rows:
 * - `deleted`, a bit set: 1 = deleted by the user (soft, so undo is one cheap UPDATE), 2 = its
 *   import batch is deleted (kept by a trigger on import_batches). Both hide the row; having
 *   the batch state on the row lets page queries test visibility from an index instead of a
 *   lookup per row. Rows of a *pending* batch are still hidden by the view's batch test only.
 * - `transfer_id`: the other leg of a transfer between own accounts (both legs point at each other).
 * - `splits`: one bank line divided across categories; parts sum to the line (checked by the service).
 * - `transactions_fts`: FTS5 over payee, description and memo (contentless: it holds only tokens
 *   and answers rowids). Edits and deletes keep it in step by triggers; rows an import writes
 *   into a pending batch are indexed in bulk when the batch commits (batch.queries.ts), so an
 *   import does not pay for tokenizing row by row, and a purged pending batch leaves nothing.
 * - `change_log_rows`: the compact record of a bulk change (one change_log row per bulk step,
 *   one small row per affected transaction holding only the old values).
 * - Indexes led by `deleted` so the date, account and category sorts walk visible rows in order
 *   without sorting. Amount, payee and description have none: an index in random order costs an
 *   import a large share of its speed, so those sorts sort the filtered rows instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('transactions').addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('transactions').addColumn('transfer_id', 'integer').execute();

  await sql`DROP VIEW visible_transactions`.execute(db);
  await sql`CREATE VIEW visible_transactions AS
    SELECT * FROM transactions
    WHERE deleted = 0 AND (batch_id IS NULL OR batch_id NOT IN (SELECT id FROM import_batches WHERE state <> 'committed'))`.execute(db);
  await sql`UPDATE transactions SET deleted = 2 WHERE batch_id IN (SELECT id FROM import_batches WHERE state = 'deleted')`.execute(db);
  // Deleting a batch (and undoing that) flips bit 2 on its rows; a user's own deletion (bit 1) survives both.
  await sql`CREATE TRIGGER import_batches_hide AFTER UPDATE OF state ON import_batches
    WHEN (NEW.state = 'deleted') <> (OLD.state = 'deleted')
    BEGIN
      UPDATE transactions SET deleted = CASE WHEN NEW.state = 'deleted' THEN deleted | 2 ELSE deleted & ~2 END WHERE batch_id = NEW.id;
    END`.execute(db);

  // Superseded by the page indexes below (each led by `deleted`); fewer indexes, faster imports.
  await sql`DROP INDEX transactions_date`.execute(db);
  await sql`DROP INDEX transactions_account_date`.execute(db);
  await sql`DROP INDEX transactions_category`.execute(db);
  for (const [name, cols] of [
    ['transactions_page_date', 'deleted, date'],
    ['transactions_page_account', 'deleted, account_id, date'],
    ['transactions_page_category', 'deleted, category_id, date'],
  ] as const) {
    await sql`CREATE INDEX ${sql.id(name)} ON transactions (${sql.raw(cols)})`.execute(db);
  }
  await sql`CREATE INDEX transactions_transfer ON transactions (transfer_id) WHERE transfer_id IS NOT NULL`.execute(db);

  await db.schema.createTable('splits')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('transaction_id', 'integer', (c) => c.notNull().references('transactions.id').onDelete('cascade'))
    .addColumn('category_id', 'integer', (c) => c.notNull().references('accounts.id'))
    .addColumn('amount_minor', 'integer', (c) => c.notNull())
    .addColumn('memo', 'text', (c) => c.notNull().defaultTo(''))
    .addCheckConstraint('splits_amount_integer', sql`typeof(amount_minor) = 'integer'`)
    .execute();
  await db.schema.createIndex('splits_transaction').on('splits').column('transaction_id').execute();
  await db.schema.createIndex('splits_category').on('splits').columns(['category_id', 'transaction_id']).execute();

  // Contentless with deletes allowed: deleting a rowid that was never indexed is a no-op, so a
  // purged pending batch (never indexed) cannot corrupt the index.
  await sql`CREATE VIRTUAL TABLE transactions_fts USING fts5(payee, description, memo,
    content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`.execute(db);
  // Rows outside any batch (entered by hand) are indexed at once; imported rows when their batch
  // commits, and a row undo puts back by the change log (change-log.ts).
  await sql`CREATE TRIGGER transactions_fts_insert AFTER INSERT ON transactions
    WHEN NEW.batch_id IS NULL
    BEGIN
      INSERT INTO transactions_fts (rowid, payee, description, memo) VALUES (NEW.id, NEW.payee, NEW.description, NEW.memo);
    END`.execute(db);
  await sql`CREATE TRIGGER transactions_fts_delete AFTER DELETE ON transactions BEGIN
    DELETE FROM transactions_fts WHERE rowid = OLD.id;
  END`.execute(db);
  await sql`CREATE TRIGGER transactions_fts_update AFTER UPDATE OF payee, description, memo ON transactions BEGIN
    DELETE FROM transactions_fts WHERE rowid = OLD.id;
    INSERT INTO transactions_fts (rowid, payee, description, memo) VALUES (NEW.id, NEW.payee, NEW.description, NEW.memo);
  END`.execute(db);
  await sql`INSERT INTO transactions_fts (rowid, payee, description, memo)
    SELECT id, payee, description, memo FROM transactions
    WHERE batch_id IS NULL OR batch_id NOT IN (SELECT id FROM import_batches WHERE state = 'pending')`.execute(db);

  await sql`CREATE TABLE change_log_rows (
    change_id INTEGER NOT NULL REFERENCES change_log (id) ON DELETE CASCADE,
    row_id INTEGER NOT NULL,
    old TEXT,
    PRIMARY KEY (change_id, row_id)) WITHOUT ROWID`.execute(db);
}
