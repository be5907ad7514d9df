import type { Kysely } from 'kysely';
import type { AccountView } from '../../../src-shared/contract/views';
import type { AccountsTable, DB } from '../../ledger/schema';

const BANK_KINDS = ['asset', 'liability'] as const;

export function toAccountView(r: Omit<AccountsTable, 'id'> & { id: number }): AccountView {
  return {
    id: r.id, name: r.name, kind: r.kind, number: r.number, currency: r.currency,
    parentId: r.parent_id, archived: r.archived === 1,
  };
}

export async function listAccounts(db: Kysely<DB>, includeCategories: boolean): Promise<AccountView[]> {
  let q = db.selectFrom('accounts').selectAll().orderBy('kind').orderBy('name');
  if (!includeCategories) q = q.where('kind', 'in', [...BANK_KINDS]);
  return (await q.execute()).map(toAccountView);
}

/**
 * The bank account an import goes to: by the name the user gave, else by the number the
 * statement states; created when missing. Returns null when neither is known.
 */
export async function resolveImportAccount(
  db: Kysely<DB>, opts: { name: string | null; number: string | null; currency: string | null },
): Promise<{ id: number; name: string; currency: string | null } | null> {
  const number = opts.number?.replace(/\s+/g, '') || null;
  if (opts.name) {
    const byName = await db.selectFrom('accounts').select(['id', 'name', 'number', 'currency'])
      .where('name', '=', opts.name).where('kind', 'in', [...BANK_KINDS]).executeTakeFirst();
    if (byName) {
      if (!byName.number && number && !(await numberTaken(db, number))) {
        await db.updateTable('accounts').set({ number }).where('id', '=', byName.id).execute();
      }
      return byName;
    }
    return create(db, opts.name, number && !(await numberTaken(db, number)) ? number : null, opts.currency);
  }
  if (number) {
    const byNumber = await db.selectFrom('accounts').select(['id', 'name', 'currency']).where('number', '=', number).executeTakeFirst();
    if (byNumber) return byNumber;
    return create(db, number, number, opts.currency);
  }
  return null;
}

async function numberTaken(db: Kysely<DB>, number: string): Promise<boolean> {
  return !!(await db.selectFrom('accounts').select('id').where('number', '=', number).executeTakeFirst());
}

async function create(db: Kysely<DB>, name: string, number: string | null, currency: string | null) {
  const row = await db.insertInto('accounts').values({
    name, kind: 'asset', parent_id: null, number, currency, archived: 0, created_at: new Date().toISOString(),
  }).returning(['id', 'name', 'currency']).executeTakeFirstOrThrow();
  return row;
}
