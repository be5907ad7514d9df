import type { Kysely } from 'kysely';

/** Every change as before/after images, grouped, so undo/redo survive a restart. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('change_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('op', 'text', (c) => c.notNull())
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('row_id', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('change_log_group').on('change_log').column('group_id').execute();
}
