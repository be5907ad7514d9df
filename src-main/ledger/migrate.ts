import { sql } from 'kysely';
import { AppError } from '../../src-shared/contract/errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations/index';
import type { Ledger } from './open-ledger';

/** Runs every pending migration in one transaction; refuses a ledger newer than this app. */
export async function migrate(ledger: Ledger, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  const { db } = ledger;
  await sql`CREATE TABLE IF NOT EXISTS fingood_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`.execute(db);
  const current = await schemaVersion(ledger);
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  if (current > latest) {
    throw new AppError('CONFLICT',
      `This ledger was written by a newer FinGood (schema ${current}; this app knows up to ${latest}). Update FinGood to open it.`);
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  // Startup only: nothing else uses the connection while the schema changes.
  await db.transaction().execute(async (trx) => {
    for (const m of pending) {
      await m.up(trx);
      await trx.insertInto('fingood_migrations')
        .values({ version: m.version, name: m.name, applied_at: new Date().toISOString() }).execute();
    }
  });
  // New indexes have no statistics yet; without them SQLite may walk a whole index where a
  // rowid lookup would do.
  refreshPlannerStats(ledger.sqlite);
  return pending[pending.length - 1]!.version;
}

/**
 * Brings the query planner's statistics up to date where a table changed a lot: SQLite's own
 * `PRAGMA optimize`, which analyzes a table again when its row count has grown about tenfold
 * since the last time (or it was never analyzed). The analysis reads whole indexes (about a
 * second at a million rows, rarely): a sampled analysis (analysis_limit) takes `deleted`, one
 * value on nearly every row, for a column of a thousand values, and then SQLite reads rows
 * one by one through an index where a plain scan is ten times faster.
 */
export function refreshPlannerStats(sqlite: Ledger['sqlite']): void {
  sqlite.pragma('analysis_limit = 0');
  sqlite.pragma('optimize = 0x10002');
}

export async function schemaVersion(ledger: Ledger): Promise<number> {
  const row = await ledger.db.selectFrom('fingood_migrations')
    .select((eb) => eb.fn.max('version').as('v')).executeTakeFirst();
  return Number(row?.v ?? 0);
}

export { LATEST_VERSION };
