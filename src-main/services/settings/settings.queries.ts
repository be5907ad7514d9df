import type { Kysely } from 'kysely';
import type { DB } from '../../ledger/schema';

export async function getSetting(db: Kysely<DB>, key: string): Promise<unknown> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? JSON.parse(row.value) : null;
}

export async function setSetting(db: Kysely<DB>, key: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value ?? null);
  await db.insertInto('settings').values({ key, value: text })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: text })).execute();
}
