import type { Kysely } from 'kysely';

/**
 * Row-level duplicate detection: each row's fingerprint, and for a row imported although it
 * resembles an existing one, that row, a score and the reasons (for review, never dropped).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('transactions').addColumn('fingerprint', 'text').execute();
  await db.schema.alterTable('transactions').addColumn('duplicate_of', 'integer').execute();
  await db.schema.alterTable('transactions').addColumn('duplicate_score', 'real').execute();
  await db.schema.alterTable('transactions').addColumn('duplicate_reasons', 'text').execute();
  await db.schema.createIndex('transactions_account_reference').on('transactions').columns(['account_id', 'reference']).execute();
  await db.schema.alterTable('import_batches').addColumn('skipped_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('import_batches').addColumn('flagged_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}
