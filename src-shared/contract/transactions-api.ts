import { z } from 'zod';
import type { TransactionPage, TransactionView } from './views';

/** The transactions workspace: listing with filters and sorts, bulk edits, splits, transfers. */
const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
/** Integer minor units; a JS number stays exact up to 2^53. */
const minor = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

export const CATEGORY_SOURCES = ['rule', 'memory', 'model', 'keyword', 'imported', 'user', 'transfer'] as const;
export const SORT_FIELDS = ['date', 'amount', 'payee', 'description', 'category', 'account'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

/**
 * Which rows: the same object filters a listing and selects the rows of a bulk change, so
 * "all N rows matching this filter" never needs N ids. Every field narrows (AND).
 */
export const TransactionFilterSchema = z.object({
  accountId: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Inclusive bounds on the signed amount, integer minor units. */
  minAmount: minor.optional(),
  maxAmount: minor.optional(),
  /** A row matches when filed under this category, or when one of its split parts is. */
  categoryId: id.optional(),
  /** Rows with no category, no split and no transfer link. */
  uncategorized: z.boolean().optional(),
  categorySource: z.enum(CATEGORY_SOURCES).optional(),
  /** Only rows the import flagged "possible duplicate" (the review list). */
  possibleDuplicates: z.boolean().optional(),
  needsReview: z.boolean().optional(),
  batchId: z.string().regex(/^[0-9a-f]{64}$/, 'must be a batch id (64 hex digits)').optional(),
  /** Words in payee, description or memo; each word matches as a prefix ("star" finds STARBUCKS). */
  search: z.string().max(200).optional(),
}).strict();
export type TransactionFilter = z.output<typeof TransactionFilterSchema>;

export const SortSchema = z.object({
  field: z.enum(SORT_FIELDS),
  dir: z.enum(['asc', 'desc']).default('desc'),
}).strict();
export type TransactionSort = z.output<typeof SortSchema>;

/** A keyset cursor: the sort value and id of the last row already shown (from a page's `next`). */
export const CursorSchema = z.object({ value: z.union([z.string().max(400), z.number(), z.null()]), id }).strict();
export type PageCursor = z.output<typeof CursorSchema>;

/** Explicit ids or a filter ("all rows matching it"), never both: a bulk change's target. */
const ids = z.array(id).min(1).max(100_000);
const eitherIdsOrFilter = (s: { ids?: unknown; filter?: unknown }) => (s.ids === undefined) !== (s.filter === undefined);
/** Rows left out of "all matching the filter" (the user un-ticked them); only beside `filter`. */
const excludeIds = z.array(id).max(100_000);
const excludeOnlyWithFilter = (s: { filter?: unknown; excludeIds?: unknown }) => s.excludeIds === undefined || s.filter !== undefined;

const setSchema = z.object({
  /** A category's name, or null to clear it. */
  category: z.string().trim().min(1).max(120).nullable().optional(),
  payee: z.string().max(200).optional(),
  memo: z.string().max(2000).optional(),
  tags: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
  /** A bank account's name (asset or liability). */
  account: z.string().trim().min(1).max(120).optional(),
  reviewed: z.literal(true).optional(),
}).strict().refine((s) => Object.keys(s).length > 0, { message: 'set at least one field' });
/** What a bulk change sets (transactions.bulkUpdate's `set`). */
export type BulkSet = z.output<typeof setSchema>;

export const TRANSACTIONS_SCHEMAS = {
  /**
   * A page of visible rows. The filter fields sit at the top level (old callers passed
   * accountId / possibleDuplicates there). `after` continues from a cursor for sequential
   * paging (fast at any depth); `offset` jumps anywhere.
   */
  'transactions.list': TransactionFilterSchema.extend({
    limit: z.number().int().min(1).max(1000).default(100),
    offset: z.number().int().min(0).default(0),
    sort: SortSchema.optional(),
    after: CursorSchema.optional(),
  }).strict(),
  /** keep: both rows stay, the flag goes; merge: the flagged row is removed as the same bank line. Undoable. */
  'transactions.resolveDuplicate': z.object({ id, action: z.enum(['keep', 'merge']) }).strict(),
  /** Validated as a whole, applied as one undoable change. */
  'transactions.bulkUpdate': z.object({ ids: ids.optional(), filter: TransactionFilterSchema.optional(), excludeIds: excludeIds.optional(), set: setSchema }).strict()
    .refine(eitherIdsOrFilter, { message: 'give either ids or filter' })
    .refine(excludeOnlyWithFilter, { message: 'excludeIds goes with a filter' }),
  /** Soft delete: the rows leave every view; undo brings them back. */
  'transactions.bulkDelete': z.object({ ids: ids.optional(), filter: TransactionFilterSchema.optional(), excludeIds: excludeIds.optional() }).strict()
    .refine(eitherIdsOrFilter, { message: 'give either ids or filter' })
    .refine(excludeOnlyWithFilter, { message: 'excludeIds goes with a filter' }),
  /** Replaces the row's split; no parts unsplits it. Parts must sum exactly to the line. Undoable. */
  'transactions.split': z.object({
    id,
    parts: z.array(z.object({ category: z.string().trim().min(1).max(120), amount: minor, memo: z.string().max(500).optional() }).strict()).max(100),
  }).strict(),
  'transactions.transferCandidates': z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict(),
  'transactions.linkTransfer': z.object({ a: id, b: id }).strict(),
  'transactions.unlinkTransfer': z.object({ id }).strict(),
  /** These rows by id, in the order asked (missing or deleted ones left out): e.g. the row a duplicate resembles. */
  'transactions.get': z.object({ ids: z.array(id).min(1).max(500) }).strict(),
} as const;

export interface TransferCandidate {
  a: number;
  b: number;
  /** 0..1, higher is surer. */
  score: number;
  reasons: string[];
}

export interface TransactionsOutputs {
  'transactions.list': TransactionPage;
  'transactions.resolveDuplicate': { label: string };
  /** matched: rows the selection names; changed: rows whose values actually changed. */
  'transactions.bulkUpdate': { matched: number; changed: number; label: string | null };
  'transactions.bulkDelete': { matched: number; changed: number; label: string | null };
  'transactions.split': { id: number; parts: number; label: string };
  'transactions.transferCandidates': TransferCandidate[];
  'transactions.linkTransfer': { a: number; b: number; label: string };
  'transactions.unlinkTransfer': { a: number; b: number; label: string };
  'transactions.get': TransactionView[];
}
