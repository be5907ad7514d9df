import type Database from 'better-sqlite3-multiple-ciphers';
import { sql, type Kysely } from 'kysely';
import { currencyScale } from '../../../src-shared/domain/money/currency';
import { formatMinor } from '../../../src-shared/domain/money/decimal';
import type { SplitView, SuggestionView, TransactionPage, TransactionView } from '../../../src-shared/contract/views';
import type { DB } from '../../ledger/schema';

/** The filter of the review queue (categorization.review); the workspace's filters are in filters.ts. */
export interface TransactionFilter {
  accountId?: number;
  possibleDuplicates?: boolean;
  needsReview?: boolean;
}

/** A row's top-3 suggestions as JSON: its own list, or the one it shares with rows alike (migration 0120). */
export const suggestionsOf = (t: string) => `coalesce(${t}.suggestions, (SELECT json FROM suggestion_sets WHERE id = ${t}.suggestion_set))`;

export const COLUMNS = `t.id, t.date, t.amount_minor, t.currency, t.account_id, a.name AS account, t.payee, t.description,
  t.memo, t.reference, t.balance_minor, c.name AS category, t.category_source, t.confidence,
  (SELECT id FROM import_batches WHERE seq = t.batch_seq) AS batch_id,
  t.duplicate_of, t.duplicate_score, t.duplicate_reasons, ${suggestionsOf('t')} AS suggestions, t.needs_review, t.tags, t.transfer_id`;
export const FROM = `FROM visible_transactions t JOIN accounts a ON a.id = t.account_id LEFT JOIN accounts c ON c.id = t.category_id`;

/**
 * One page of visible transactions (rows of uncommitted or deleted batches are never shown),
 * newest first, with the total the filter matches.
 */
export async function listTransactions(
  db: Kysely<DB>, filter: TransactionFilter, page: { limit: number; offset: number },
): Promise<TransactionPage> {
  const conds = [
    ...(filter.accountId !== undefined ? [sql`t.account_id = ${filter.accountId}`] : []),
    ...(filter.possibleDuplicates ? [sql`t.duplicate_of IS NOT NULL`] : []),
    ...(filter.needsReview ? [sql`t.needs_review = 1`] : []),
  ];
  const where = conds.length ? sql`WHERE ${sql.join(conds, sql` AND `)}` : sql``;
  const totalRow = await sql<{ n: number }>`SELECT count(*) AS n FROM visible_transactions t ${where}`.execute(db);
  const rows = await sql<Row>`SELECT ${sql.raw(COLUMNS)} ${sql.raw(FROM)} ${where}
    ORDER BY t.date DESC, t.id DESC LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  const splits = await sql<SplitRow>`SELECT ${sql.raw(SPLIT_COLUMNS)} WHERE s.transaction_id IN (SELECT value FROM json_each(${JSON.stringify(rows.rows.map((r) => r.id))})) ORDER BY s.id`.execute(db);
  const byRow = groupSplits(splits.rows);
  return { total: totalRow.rows[0]?.n ?? 0, transactions: rows.rows.map((r) => toView(r, byRow.get(r.id))) };
}

/** The given rows, in the order of `ids` (missing or invisible ones left out). */
export function listTransactionsByIds(sqlite: Database.Database, ids: number[]): TransactionView[] {
  if (ids.length === 0) return [];
  // By rowid, with the view's visibility test spelled out and kept off the indexes (`+`): a
  // test on `deleted` alone could lead SQLite to walk a whole page index instead.
  const rows = sqlite.prepare(`SELECT ${COLUMNS} FROM transactions t JOIN accounts a ON a.id = t.account_id LEFT JOIN accounts c ON c.id = t.category_id
    WHERE t.id IN (SELECT value FROM json_each(?)) AND +t.deleted = 0
      AND (t.batch_seq IS NULL OR +t.batch_seq NOT IN (SELECT seq FROM import_batches WHERE state <> 'committed'))`).all(JSON.stringify(ids)) as Row[];
  const splits = groupSplits(sqlite.prepare(`SELECT ${SPLIT_COLUMNS} WHERE s.transaction_id IN (SELECT value FROM json_each(?)) ORDER BY s.id`)
    .all(JSON.stringify(ids)) as SplitRow[]);
  const byId = new Map(rows.map((r) => [r.id, toView(r, splits.get(r.id))]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface Row {
  id: number; date: string; amount_minor: number; currency: string; account_id: number; account: string;
  payee: string; description: string; memo: string; reference: string | null; balance_minor: number | null;
  category: string | null; category_source: string | null; confidence: number | null; batch_id: string | null;
  duplicate_of: number | null; duplicate_score: number | null; duplicate_reasons: string | null;
  suggestions: string | null; needs_review: number; tags: string | null; transfer_id: number | null;
}

export interface SplitRow { transaction_id: number; category: string; amount_minor: number; memo: string }
export const SPLIT_COLUMNS = 's.transaction_id, c.name AS category, s.amount_minor, s.memo FROM splits s JOIN accounts c ON c.id = s.category_id';

export function groupSplits(rows: SplitRow[]): Map<number, SplitRow[]> {
  const m = new Map<number, SplitRow[]>();
  for (const r of rows) m.set(r.transaction_id, [...(m.get(r.transaction_id) ?? []), r]);
  return m;
}

/**
 * A transfer leg shows no category and no source (the ledger stores source 'transfer', which
 * is no categorization); a split row shows its parts and no single category.
 */
export function toView(r: Row, parts: SplitRow[] = []): TransactionView {
  const scale = currencyScale(r.currency);
  const transfer = r.transfer_id !== null;
  const flags = [...(r.duplicate_of === null ? [] : ['possible-duplicate']), ...(r.needs_review ? ['needs-review'] : []),
    ...(parts.length ? ['split'] : []), ...(transfer ? ['transfer'] : [])];
  const splits: SplitView[] = parts.map((p) => ({ category: p.category, amount: formatMinor(p.amount_minor, scale), amountMinor: p.amount_minor, memo: p.memo }));
  return {
    id: r.id, date: r.date, amount: formatMinor(r.amount_minor, scale), amountMinor: r.amount_minor,
    currency: r.currency, account: r.account, accountId: r.account_id, payee: r.payee,
    description: r.description, memo: r.memo, reference: r.reference,
    balance: r.balance_minor === null ? null : formatMinor(r.balance_minor, scale),
    category: transfer || parts.length ? null : r.category,
    categorySource: transfer || r.category_source === 'transfer' ? null : r.category_source as TransactionView['categorySource'],
    confidence: r.confidence, suggestions: r.suggestions ? (JSON.parse(r.suggestions) as SuggestionView[]) : [],
    batchId: r.batch_id, flags, tags: r.tags ? (JSON.parse(r.tags) as string[]) : [], splits,
    ...(transfer ? { transferOf: r.transfer_id! } : {}),
    ...(r.duplicate_of === null ? {} : {
      duplicate: { of: r.duplicate_of, score: r.duplicate_score ?? 0, reasons: JSON.parse(r.duplicate_reasons ?? '[]') as string[] },
    }),
  };
}
