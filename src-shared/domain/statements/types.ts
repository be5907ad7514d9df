import type { OpenTable } from './csv/table.parser';

/** What every statement parser produces. Amounts are integer minor units; dates ISO YYYY-MM-DD. */

export type StatementFormat =
  | 'csv' | 'tsv' | 'xlsx' | 'xls'
  | 'ofx' | 'qfx' | 'qif'
  | 'camt052' | 'camt053' | 'camt054'
  | 'mt940' | 'mt942';

export const STATEMENT_FORMATS: readonly StatementFormat[] = [
  'csv', 'tsv', 'xlsx', 'xls', 'ofx', 'qfx', 'qif', 'camt052', 'camt053', 'camt054', 'mt940', 'mt942',
];

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

export interface ParsedTransaction {
  /** Booking date (ISO). */
  date: string;
  /** Value date where the file gives one separately. */
  valueDate: string | null;
  amountMinor: number;
  /** ISO 4217; '' when the file states none (QIF, many CSVs): the importing account's currency applies. */
  currency: string;
  payee: string;
  description: string;
  memo: string;
  /** The bank's own id for the line: FITID, MT940 :61: reference, CAMT AcctSvcrRef, CSV reference column. */
  reference: string | null;
  /** Running balance after this line, where the file gives one. */
  balanceMinor: number | null;
  /** Category text from a history export (CSV "Category" column, QIF L field). */
  category: string | null;
  /** 1-based line (or record) in the source, for error messages and review. */
  line: number | null;
}

export interface StatementInfo {
  /** IBAN or account number, as the file states it. */
  accountId: string | null;
  currency: string | null;
  /** The period the statement covers (OFX DTSTART / MT940 :60F: date / CAMT FrToDt), where stated. */
  openingDate: string | null;
  openingBalanceMinor: number | null;
  closingBalanceMinor: number | null;
  closingDate: string | null;
}

/** One account's statement inside a file; OFX and MT940 files may hold several. */
export interface StatementSection {
  statement: StatementInfo;
  transactions: ParsedTransaction[];
}

export interface RowError {
  /** 1-based line in the file, or null when the position is unknown. */
  line: number | null;
  message: string;
}

export interface ParseHints {
  format?: StatementFormat;
  dateOrder?: DateOrder;
  decimal?: ',' | '.';
  currency?: string;
  /** CSV/XLSX column roles by header name or 0-based index. */
  columns?: Partial<Record<ColumnRole, string | number>>;
}

export type ColumnRole =
  | 'date' | 'valueDate' | 'description' | 'payee' | 'memo' | 'amount' | 'debit' | 'credit'
  | 'indicator' | 'balance' | 'reference' | 'currency' | 'category';

export interface ParseOptions {
  fileName?: string;
  hints?: ParseHints;
  /**
   * Layouts the user confirmed before, by signature (see FormatParseResult.layout): a file of
   * the same bank layout is read with them when no hints are given.
   */
  savedLayouts?: Readonly<Record<string, ParseHints>>;
  limits?: Partial<ParseLimits>;
}

export interface ParseLimits {
  maxBytes: number;
  maxRows: number;
  maxLineLength: number;
}

export const DEFAULT_LIMITS: ParseLimits = {
  maxBytes: 512 * 1024 * 1024,
  maxRows: 5_000_000,
  maxLineLength: 1024 * 1024,
};

/** What a single format's parser returns. */
export interface FormatParseResult {
  sections: StatementSection[];
  errors: RowError[];
  /** Layout facts a caller may save and pass back as hints (CSV column mapping, date order). */
  layout?: { signature: string; hints: ParseHints };
}

export interface ParseResult extends FormatParseResult {
  format: StatementFormat;
  /** Where the reading of the layout came from: inferred from the file, given hints, or a saved layout. */
  layoutSource: 'inferred' | 'hints' | 'saved';
  /** Summary of the file: first account; opening balance of its first section, closing of its last. */
  statement: StatementInfo;
  /** Every section's transactions, in file order. */
  transactions: ParsedTransaction[];
}

export interface FormatParser {
  /** Formats this parser can return. */
  formats: readonly StatementFormat[];
  /**
   * How sure the parser is that these bytes are its format, 0..1, from the content only.
   * `head` is the first ~64 KiB decoded leniently as text.
   */
  sniff(bytes: Uint8Array, head: string): { format: StatementFormat; score: number } | null;
  parse(bytes: Uint8Array, format: StatementFormat, opts: ParseOptions & { limits: ParseLimits }): FormatParseResult;
  /** Tables only: the file opened for reading chunk by chunk (parse-statement.ts openStatement). */
  open?(bytes: Uint8Array, format: StatementFormat, opts: ParseOptions & { limits: ParseLimits }): OpenTable;
}

export function emptyStatement(): StatementInfo {
  return {
    accountId: null, currency: null,
    openingBalanceMinor: null, closingBalanceMinor: null,
    openingDate: null, closingDate: null,
  };
}

/** Whole-file refusals. Bad rows are never thrown: they go to `errors`. */
export type StatementErrorCode = 'UNSUPPORTED_FORMAT' | 'TOO_LARGE' | 'PARSE_FAILED';

export class StatementError extends Error {
  constructor(readonly code: StatementErrorCode, message: string) {
    super(message);
    this.name = 'StatementError';
  }
}
