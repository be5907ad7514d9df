import type Database from 'better-sqlite3-multiple-ciphers';
import { sql, type Kysely } from 'kysely';
import { currencyScale } from '../../../src-shared/domain/money/currency';
import { formatMinor } from '../../../src-shared/domain/money/decimal';
import type { SuggestionView, TransactionPage, TransactionView } from '../../../src-shared/contract/views';
import type { DB } from '../../ledger/schema';

export interface TransactionFilter {
  accountId?: number;
  possibleDuplicates?: boolean;
  needsReview?: boolean;
}

const COLUMNS = `t.id, t.date, t.amount_minor, t.currency, t.account_id, a.name AS account, t.payee, t.description,
  t.memo, t.reference, t.balance_minor, c.name AS category, t.category_source, t.confidence, t.batch_id,
  t.duplicate_of, t.duplicate_score, t.duplicate_reasons, t.suggestions, t.needs_review, t.tags`;
const FROM = `FROM visible_transactions t JOIN accounts a ON a.id = t.account_id LEFT JOIN accounts c ON c.id = t.category_id`;

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
  return { total: totalRow.rows[0]?.n ?? 0, transactions: rows.rows.map(toView) };
}

/** The given rows, in the order of `ids` (missing or invisible ones left out). */
export function listTransactionsByIds(sqlite: Database.Database, ids: number[]): TransactionView[] {
  if (ids.length === 0) return [];
  const rows = sqlite.prepare(`SELECT ${COLUMNS} ${FROM} WHERE t.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Row[];
  const byId = new Map(rows.map((r) => [r.id, toView(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

interface Row {
  id: number; date: string; amount_minor: number; currency: string; account_id: number; account: string;
  payee: string; description: string; memo: string; reference: string | null; balance_minor: number | null;
  category: string | null; category_source: string | null; confidence: number | null; batch_id: string | null;
  duplicate_of: number | null; duplicate_score: number | null; duplicate_reasons: string | null;
  suggestions: string | null; needs_review: number; tags: string | null;
}

function toView(r: Row): TransactionView {
  const scale = currencyScale(r.currency);
  const flags = [...(r.duplicate_of === null ? [] : ['possible-duplicate']), ...(r.needs_review ? ['needs-review'] : [])];
  return {
    id: r.id, date: r.date, amount: formatMinor(r.amount_minor, scale), amountMinor: r.amount_minor,
    currency: r.currency, account: r.account, accountId: r.account_id, payee: r.payee,
    description: r.description, memo: r.memo, reference: r.reference,
    balance: r.balance_minor === null ? null : formatMinor(r.balance_minor, scale),
    category: r.category, categorySource: r.category_source as TransactionView['categorySource'],
    confidence: r.confidence, suggestions: r.suggestions ? (JSON.parse(r.suggestions) as SuggestionView[]) : [],
    batchId: r.batch_id, flags, tags: r.tags ? (JSON.parse(r.tags) as string[]) : [],
    ...(r.duplicate_of === null ? {} : {
      duplicate: { of: r.duplicate_of, score: r.duplicate_score ?? 0, reasons: JSON.parse(r.duplicate_reasons ?? '[]') as string[] },
    }),
  };
}
