import { sql, type Kysely } from 'kysely';
import chart from '../../../resources/chart-of-accounts.json' with { type: 'json' };

/** The chart of accounts: bank accounts (asset/liability) and categories (income/expense) in one tree. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('accounts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('asset','liability','equity','income','expense')`))
    .addColumn('parent_id', 'integer', (c) => c.references('accounts.id'))
    .addColumn('number', 'text')
    .addColumn('currency', 'text')
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('accounts_name_parent').on('accounts').expression(sql`name, coalesce(parent_id, 0)`).unique().execute();
  await db.schema.createIndex('accounts_number').on('accounts').column('number').unique().where(sql.ref('number'), 'is not', null).execute();

  const now = new Date().toISOString();
  for (const top of chart.accounts) {
    const parent = await db.insertInto('accounts')
      .values({ name: top.name, kind: top.kind, parent_id: null, created_at: now })
      .returning('id').executeTakeFirstOrThrow();
    for (const child of top.children) {
      await db.insertInto('accounts').values({ name: child, kind: top.kind, parent_id: parent.id, created_at: now }).execute();
    }
  }
}
