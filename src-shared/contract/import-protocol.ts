import type { MerchantMemory } from '../domain/categorize/types';
import type { ExistingRow } from '../domain/matching/classify-duplicates';
import type { Rule } from '../domain/rules/rule';
import type { ParseHints, StatementFormat, StatementInfo } from '../domain/statements/types';

/**
 * Everything the categorization layers need, read once from the ledger by main and handed to
 * an import worker with its job (not persisted with the job).
 */
export interface CategorizationSnapshot {
  rules: Rule[];
  memory: MerchantMemory;
  /** The active model as serialized by trainCategorizer, or null before the first training. */
  model: unknown;
  /** The user's active category names: cold-start keyword suggestions are mapped onto these. */
  categories: string[];
  /** Confidence at or above which the model's suggestion is applied without review. */
  threshold: number;
}

/** Input of an `import` job, as stored in the jobs table. */
export interface ImportJobInput {
  fileName: string;
  /** The file to read; for a UI drop, a staged copy the job deletes when it ends. */
  path: string;
  staged: boolean;
  /** Explicit account: wins over the statement's own. */
  account: string | null;
  /** For a statement that names no account. */
  fallbackAccount: string | null;
  hints?: ParseHints;
  /** Added by main when the job starts; never stored. */
  categorization?: CategorizationSnapshot;
  /** Layouts confirmed before, by signature; added by main when the job starts. */
  savedLayouts?: Record<string, ParseHints>;
  /** The ledger the worker writes the rows into; added by main when the job starts, never stored. */
  ledger?: LedgerConnection;
}

/** How a thread or process of the app opens the ledger itself. It holds the key: handed to a job at its start, never stored. */
export interface LedgerConnection {
  path: string;
  keyPragma: string;
  cipher: string;
  legacy: number;
  /** The SQLite addon built for this runtime's ABI, if not the package's own. */
  nativeBinding?: string;
}

/** Main's reply to an import's statement: where its rows go and what they are checked against. */
export interface ImportPlan {
  batchId: string;
  /** The batch's number on its rows (transactions.batch_seq). */
  batchSeq: number;
  accountId: number;
  /** For rows whose file states no currency. */
  currency: string;
  createdAt: string;
  /** The account's visible rows dated near the file's, for duplicate detection. */
  existing: ExistingRow[];
}

/**
 * Messages of an import worker to main, in this order: hash, statement (main replies with an
 * ImportPlan), then any number of category look-ups (main replies with an id or null). The
 * worker writes the rows itself (row-writer.ts); main commits the batch when the job succeeds.
 */
export type ImportPayload =
  | { kind: 'hash'; sha256: string; bytes: number }
  /**
   * The file as known before its rows are read (open-statement.ts): its account and currency,
   * the transactions to expect (at most), a date range holding them all. Bad rows and the
   * balances the rows state come with the job's result, and main writes them when it commits.
   */
  | { kind: 'statement'; format: StatementFormat; statement: StatementInfo; total: number;
      /** A range holding every transaction's date (null when the file has none). */
      dateRange: { min: string; max: string } | null;
      layout: { signature: string; hints: ParseHints } | null;
      layoutSource: 'inferred' | 'hints' | 'saved' }
  | { kind: 'category'; name: string;
      /** A file's own category missing from the chart is created, of this kind. */
      create: 'income' | 'expense' | null };
