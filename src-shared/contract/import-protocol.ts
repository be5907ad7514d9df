import type { ParseHints, RowError, StatementFormat, StatementInfo } from '../domain/statements/types';

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
}

/** A row as the worker hands it to main for writing; field order matches the insert statement. */
export interface ImportRow {
  date: string;
  valueDate: string | null;
  amountMinor: number;
  currency: string;
  payee: string;
  description: string;
  memo: string;
  reference: string | null;
  balanceMinor: number | null;
  line: number | null;
  /** Date, amount, normalized text and rank among identical rows of that day in this file. */
  fingerprint: string;
}

/** Data chunks of an import worker, in this order: hash, statement, rows… */
export type ImportPayload =
  | { kind: 'hash'; sha256: string; bytes: number }
  | { kind: 'statement'; format: StatementFormat; statement: StatementInfo; total: number; errors: RowError[];
      /** First and last date of the file's rows (null when it has none). */
      dateRange: { min: string; max: string } | null }
  | { kind: 'rows'; rows: ImportRow[] };
