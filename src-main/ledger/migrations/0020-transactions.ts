import { sql, type Kysely } from 'kysely';

/** Bank lines. Money as integer minor units with its currency; dates as ISO text. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('transactions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
    .addColumn('batch_id', 'text')
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('value_date', 'text')
    .addColumn('amount_minor', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('payee', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('memo', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reference', 'text')
    .addColumn('balance_minor', 'integer')
    .addColumn('category_id', 'integer', (c) => c.references('accounts.id'))
    .addColumn('category_source', 'text')
    .addColumn('confidence', 'real')
    .addColumn('source_line', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('transactions_amount_integer', sql`typeof(amount_minor) = 'integer'`)
    .execute();
  await db.schema.createIndex('transactions_date').on('transactions').columns(['date', 'id']).execute();
  await db.schema.createIndex('transactions_account_date').on('transactions').columns(['account_id', 'date']).execute();
  await db.schema.createIndex('transactions_batch').on('transactions').column('batch_id').execute();
}
