import { sql, type Kysely } from 'kysely';

/**
 * Search and the amount sort at a million rows:
 * - The search index holds exactly the visible rows (rebuilt so). A row leaves it when it is deleted (by
 *   the user, or with its import batch) and comes back when that is undone, so a search's
 *   count is the index's own count: no row of the ledger has to be read to check it.
 * - `(deleted, amount_minor)`: the amount sort walks an index like the date sort. It is small
 *   (two integers a row), so an import's inserts into it stay in the page cache.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX transactions_page_amount ON transactions (deleted, amount_minor)`.execute(db);

  await sql`DROP TRIGGER transactions_fts_update`.execute(db);
  await sql`DROP TRIGGER transactions_fts_insert`.execute(db);
  await sql`DROP TRIGGER transactions_fts_delete`.execute(db);
  // detail=none: the index keeps which rows hold a word, not where; search needs no more (no
  // phrases, no column filters), and an import indexes its rows in half the time.
  await sql`DROP TABLE transactions_fts`.execute(db);
  await sql`CREATE VIRTUAL TABLE transactions_fts USING fts5(payee, description, memo,
    content='', contentless_delete=1, detail=none, tokenize='unicode61 remove_diacritics 2')`.execute(db);
  await sql`INSERT INTO transactions_fts (rowid, payee, description, memo)
    SELECT id, payee, description, memo FROM transactions
    WHERE deleted = 0 AND (batch_id IS NULL OR batch_id IN (SELECT id FROM import_batches WHERE state = 'committed'))`.execute(db);
  await sql`CREATE TRIGGER transactions_fts_delete AFTER DELETE ON transactions BEGIN
    DELETE FROM transactions_fts WHERE rowid = OLD.id;
  END`.execute(db);
  // Deleting a rowid the index never held is a no-op (contentless_delete), so the delete needs no test.
  await sql`CREATE TRIGGER transactions_fts_update AFTER UPDATE OF payee, description, memo, deleted ON transactions BEGIN
    DELETE FROM transactions_fts WHERE rowid = OLD.id;
    INSERT INTO transactions_fts (rowid, payee, description, memo)
      SELECT NEW.id, NEW.payee, NEW.description, NEW.memo
      WHERE NEW.deleted = 0 AND (NEW.batch_id IS NULL OR EXISTS (SELECT 1 FROM import_batches b WHERE b.id = NEW.batch_id AND b.state = 'committed'));
  END`.execute(db);
  await sql`CREATE TRIGGER transactions_fts_insert AFTER INSERT ON transactions
    WHEN NEW.batch_id IS NULL AND NEW.deleted = 0
    BEGIN
      INSERT INTO transactions_fts (rowid, payee, description, memo) VALUES (NEW.id, NEW.payee, NEW.description, NEW.memo);
    END`.execute(db);
}
