import { z } from 'zod';
import type {
  AccountView, BatchView, HistoryEntryView, ImportStarted, JobView, LedgerInfo,
} from './views';
import { CATEGORIZATION_SCHEMAS, type CategorizationOutputs } from './categorization-api';
import { TRANSACTIONS_SCHEMAS, type TransactionsOutputs } from './transactions-api';

/**
 * The one definition of the API: every method's input schema and output type. Hosts and the
 * renderer derive their types from here; the dispatcher parses every argument with these
 * schemas because a renderer is untrusted.
 */
const fileName = z.string().min(1).max(255);
const accountName = z.string().trim().min(1).max(120);

export const API_SCHEMAS = {
  'ledger.info': z.object({}).strict(),
  'accounts.list': z.object({ includeCategories: z.boolean().optional() }).strict(),
  /** Stage a file's bytes for import (the UI's drop zone); returns an id for imports.start. */
  'imports.upload': z.object({ name: fileName, bytes: z.instanceof(Uint8Array) }).strict(),
  'imports.start': z.object({
    files: z.array(z.union([
      z.object({ name: fileName, path: z.string().min(1).max(4096) }).strict(),
      z.object({ name: fileName, uploadId: z.string().uuid() }).strict(),
    ])).min(1).max(100),
    /** Import into this account, whatever the statement says (CLI --account). */
    account: accountName.optional(),
    /** Used only for a statement that names no account of its own (the Import view's Account box). */
    fallbackAccount: accountName.optional(),
    /** How to read the files (overrides inference); remembered for files of the same bank layout. */
    hints: z.object({
      format: z.enum(['csv', 'tsv', 'xlsx', 'xls', 'ofx', 'qfx', 'qif', 'camt052', 'camt053', 'camt054', 'mt940', 'mt942']).optional(),
      dateOrder: z.enum(['dmy', 'mdy', 'ymd']).optional(),
      decimal: z.enum([',', '.']).optional(),
      currency: z.string().regex(/^[A-Z]{3}$/).optional(),
    }).strict().optional(),
  }).strict(),
  'imports.batches': z.object({}).strict(),
  /** Hides a batch's rows; undoable with ledger.undo. */
  'imports.deleteBatch': z.object({ id: z.string().regex(/^[0-9a-f]{64}$/, 'must be a batch id (64 hex digits)') }).strict(),
  'ledger.undo': z.object({}).strict(),
  'ledger.redo': z.object({}).strict(),
  'ledger.history': z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict(),
  'jobs.list': z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict(),
  'jobs.get': z.object({ id: z.string().uuid() }).strict(),
  'jobs.cancel': z.object({ id: z.string().uuid() }).strict(),
  'settings.get': z.object({ key: z.string().min(1).max(100) }).strict(),
  'settings.set': z.object({ key: z.string().min(1).max(100), value: z.unknown() }).strict(),
  ...CATEGORIZATION_SCHEMAS,
  ...TRANSACTIONS_SCHEMAS,
} as const;

export interface ApiOutputs extends CategorizationOutputs, TransactionsOutputs {
  'ledger.info': LedgerInfo;
  'accounts.list': AccountView[];
  'imports.upload': { uploadId: string };
  'imports.start': ImportStarted;
  'imports.batches': BatchView[];
  'imports.deleteBatch': { batchId: string; fileName: string; rows: number };
  'ledger.undo': { undone: string | null };
  'ledger.redo': { redone: string | null };
  'ledger.history': HistoryEntryView[];
  'jobs.list': JobView[];
  'jobs.get': JobView;
  'jobs.cancel': JobView;
  'settings.get': { key: string; value: unknown };
  'settings.set': { key: string; value: unknown };
}

export type ApiMethod = keyof typeof API_SCHEMAS;
export type ApiInput<M extends ApiMethod> = z.input<(typeof API_SCHEMAS)[M]>;
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof API_SCHEMAS)[M]>;
export type ApiOutput<M extends ApiMethod> = ApiOutputs[M];

/** Implementation side: each method receives its parsed input. */
export type ApiHandlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutput<M>> | ApiOutput<M> };

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(API_SCHEMAS, name);
}

/** The client type, derived: `api.invoke('transactions.list', { limit: 50 })`. */
export type AppApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };
