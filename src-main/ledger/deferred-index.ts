import type Database from 'better-sqlite3-multiple-ciphers';
import { withRoomForLargeChange } from './large-change';

/**
 * The amount index `(deleted, amount_minor)`, which a large import builds once at its end
 * instead of row by row. An import's rows come in date order, so every other index of
 * `transactions` grows at its end; their amounts come in random order, and inserted one at a
 * time they cost a fifth of a million-row import's writing (2.5 µs a row, measured). Built in
 * one sorted pass after the last row it costs about half of that.
 *
 * An import defers it only when it at least triples the table (the build reads every row, old
 * and new) and brings at least `minRows`. While it is away the amount sort reads its order from
 * the table (page-query.ts). An import cut short (its worker or the whole process killed)
 * leaves it to `ensureDeferredIndex`, which main runs when it purges the import's rows and at
 * start (after the migrations: a migration that changes this index must not assume it is there).
 */
export const DEFERRED_INDEX: DeferredIndex = {
  name: 'transactions_page_amount',
  /** Migration 0100's definition, so a rebuilt index is the same index. */
  create: 'CREATE INDEX IF NOT EXISTS transactions_page_amount ON transactions (deleted, amount_minor)',
  minRows: 50_000,
  /** Deferred when the import brings at least this many times the rows the table holds. */
  growth: 2,
};

export interface DeferredIndex {
  name: string;
  create: string;
  minRows: number;
  growth: number;
}

export function hasIndex(sqlite: Database.Database, name: string): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").get(name) !== undefined;
}

/** Builds the amount index if an import left it out, with its planner statistics. */
export function ensureDeferredIndex(sqlite: Database.Database): void {
  if (hasIndex(sqlite, DEFERRED_INDEX.name)) return;
  withRoomForLargeChange(sqlite, () => sqlite.transaction(() => {
    sqlite.exec(DEFERRED_INDEX.create);
    sqlite.exec(`ANALYZE ${DEFERRED_INDEX.name}`);
  }).immediate());
}
