import { sql, type Kysely } from 'kysely';

/**
 * Imported rows in fewer bytes. A row's bytes are written three times on an encrypted ledger
 * (into the log, and decrypted and encrypted again by the checkpoint), so at a million rows
 * they are most of an import's time.
 * - A batch is named on its rows by a small number, `import_batches.seq`, no longer by the
 *   64-character file hash (`batch_id`), which was on every row and in its index. Numbers are
 *   never given twice (`import_batch_numbers`, AUTOINCREMENT): an import's row writer that
 *   outlived its purged batch must not find a new batch under the old number.
 * - Rows alike get the same top-3 suggestions: an import stores each distinct list once in
 *   `suggestion_sets` and the row points at it (`suggestion_set`); `suggestions` stays for a
 *   list of the row's own. Read both through suggestionsOf (transactions.queries.ts).
 * - The index (account_id, reference) goes: no query reads it (an import matches bank ids in
 *   memory, against the account's rows it reads by date), and every row paid for it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE import_batches ADD COLUMN seq INTEGER`.execute(db);
  await sql`UPDATE import_batches SET seq = rowid`.execute(db);
  await sql`CREATE UNIQUE INDEX import_batches_seq ON import_batches (seq)`.execute(db);
  await sql`CREATE TABLE import_batch_numbers (seq INTEGER PRIMARY KEY AUTOINCREMENT)`.execute(db);
  await sql`INSERT INTO import_batch_numbers (seq) SELECT max(seq) FROM import_batches WHERE seq IS NOT NULL`.execute(db);
  await sql`DELETE FROM import_batch_numbers`.execute(db);

  // Everything that names transactions.batch_id goes, then the column itself.
  await sql`DROP VIEW visible_transactions`.execute(db);
  await sql`DROP TRIGGER import_batches_hide`.execute(db);
  await sql`DROP TRIGGER transactions_fts_update`.execute(db);
  await sql`DROP INDEX transactions_batch`.execute(db);
  await sql`ALTER TABLE transactions ADD COLUMN batch_seq INTEGER`.execute(db);
  await sql`UPDATE transactions SET batch_seq = (SELECT seq FROM import_batches b WHERE b.id = transactions.batch_id)
    WHERE batch_id IS NOT NULL`.execute(db);
  await sql`ALTER TABLE transactions DROP COLUMN batch_id`.execute(db);
  await sql`CREATE INDEX transactions_batch ON transactions (batch_seq)`.execute(db);

  await sql`CREATE VIEW visible_transactions AS
    SELECT * FROM transactions
    WHERE deleted = 0 AND (batch_seq IS NULL OR batch_seq NOT IN (SELECT seq FROM import_batches WHERE state <> 'committed'))`.execute(db);
  await sql`CREATE TRIGGER import_batches_hide AFTER UPDATE OF state ON import_batches
    WHEN (NEW.state = 'deleted') <> (OLD.state = 'deleted')
    BEGIN
      UPDATE transactions SET deleted = CASE WHEN NEW.state = 'deleted' THEN deleted | 2 ELSE deleted & ~2 END WHERE batch_seq = NEW.seq;
    END`.execute(db);
  await sql`CREATE TRIGGER transactions_fts_update AFTER UPDATE OF payee, description, memo, deleted ON transactions BEGIN
    DELETE FROM transactions_fts WHERE rowid = OLD.id;
    INSERT INTO transactions_fts (rowid, payee, description, memo)
      SELECT NEW.id, NEW.payee, NEW.description, NEW.memo
      WHERE NEW.deleted = 0 AND (NEW.batch_seq IS NULL OR EXISTS (SELECT 1 FROM import_batches b WHERE b.seq = NEW.batch_seq AND b.state = 'committed'));
  END`.execute(db);

  await sql`DROP INDEX transactions_account_reference`.execute(db);

  await sql`CREATE TABLE suggestion_sets (id INTEGER PRIMARY KEY, json TEXT NOT NULL UNIQUE)`.execute(db);
  await sql`ALTER TABLE transactions ADD COLUMN suggestion_set INTEGER`.execute(db);
}
