import { sql, type Kysely } from 'kysely';

/**
 * Categorization: ordered user rules, feedback (every accept or correction), merchant memory
 * (a confirmed merchant's category), trained models with their metrics, and on each row its
 * top-3 suggestions and whether it waits for review.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('transactions').addColumn('suggestions', 'text').execute();
  await db.schema.alterTable('transactions').addColumn('needs_review', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('transactions').addColumn('merchant_key', 'text').execute();
  await db.schema.alterTable('transactions').addColumn('tags', 'text').execute();
  await db.schema.createIndex('transactions_category').on('transactions').columns(['category_id', 'date']).execute();
  await db.schema.createIndex('transactions_review').on('transactions').columns(['needs_review', 'date'])
    .where(sql.ref('needs_review'), '=', 1).execute();
  // Only rows waiting for review follow a merchant correction; indexing just those keeps imports fast.
  await db.schema.createIndex('transactions_merchant').on('transactions').column('merchant_key')
    .where(sql.ref('needs_review'), '=', 1).execute();

  await db.schema.createTable('rules')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('conditions', 'text', (c) => c.notNull())
    .addColumn('actions', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('categorization_feedback')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('transaction_id', 'integer', (c) => c.notNull())
    .addColumn('category_id', 'integer', (c) => c.notNull().references('accounts.id'))
    .addColumn('previous_category_id', 'integer')
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('accept','correct','imported')`))
    .addColumn('merchant_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feedback_merchant').on('categorization_feedback').columns(['merchant_key', 'id']).execute();

  await db.schema.createTable('merchant_memory')
    .addColumn('merchant_key', 'text', (c) => c.primaryKey())
    .addColumn('category_id', 'integer', (c) => c.notNull().references('accounts.id'))
    .addColumn('confirmations', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('models')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('metrics', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('trained_on', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
