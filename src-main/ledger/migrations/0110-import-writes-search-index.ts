import { sql, type Kysely } from 'kysely';

/**
 * Rows are only ever created by imports, and an import's row writer adds each row's search
 * entry itself, in the same statement run. The insert trigger (which indexed rows outside any
 * batch) is gone: a table with an insert trigger makes SQLite open a statement journal for
 * every row inserted, which cost an import about a third of its writing time.
 * Rows of a pending batch are in the search index while it is written; listings hide them by
 * the batch test (filters.ts) until main commits the batch, and purging them removes their
 * entries (the delete trigger).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER transactions_fts_insert`.execute(db);
}
