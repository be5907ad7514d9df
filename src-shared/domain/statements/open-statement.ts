import { readAll, type OpenTable } from './csv/table.parser';
import { datesInOrder } from '../matching/fingerprint';
import { guarded, parseStatement, pickFor, toParseResult, tooManyRows, withSavedLayout } from './parse-statement';
import type {
  ParseHints, ParseLimits, ParseOptions, ParseResult, ParsedTransaction, RowError, StatementFormat, StatementInfo,
} from './types';

/**
 * A statement opened for an import: what is known before its rows (account, currency, dates),
 * then its transactions chunk by chunk, then the rest (balances stated in the rows, bad rows).
 * A CSV or TSV file is read this way, so an import writes the first rows while the next are
 * still being read; any other file is parsed whole first (parseStatement) and handed out in
 * chunks. Either way the transactions, statement and errors are those parseStatement gives.
 */
export interface StatementReading {
  format: StatementFormat;
  layout?: { signature: string; hints: ParseHints };
  layoutSource: ParseResult['layoutSource'];
  /** Before any row: the account and currency (a file parsed whole: all of it). */
  statement: StatementInfo;
  /** Transactions to expect: exact for a file parsed whole, at most this many for one read in chunks. */
  expectedRows: number;
  /** A range holding every transaction's date. */
  dateRange: { min: string; max: string } | null;
  /** The transactions' dates only rise or only fall in file order. */
  datesInOrder: boolean;
  /** The next transactions (from at most `maxRows` rows of the file); null after the last. */
  next(maxRows: number): ParsedTransaction[] | null;
  /** After the last chunk. */
  finish(): { statement: StatementInfo; errors: RowError[]; rowsRead: number };
}

export function openStatement(bytes: Uint8Array, opts: ParseOptions = {}): StatementReading {
  const { parser, format, limits } = pickFor(bytes, opts);
  const { open } = parser;
  if (!open) return wholeReading(parseStatement(bytes, opts));
  const { result: table, layoutSource } = withSavedLayout(opts, (hints) => guarded(format, () => open(bytes, format, { ...opts, hints, limits })));
  if (table.streamable) return tableReading(table, format, layoutSource, limits);
  return wholeReading(toParseResult(format, guarded(format, () => readAll(table)), layoutSource, limits));
}

function tableReading(table: OpenTable, format: StatementFormat, layoutSource: ParseResult['layoutSource'], limits: ParseLimits): StatementReading {
  const survey = guarded(format, () => table.survey());
  let rowsRead = 0;
  let firstCurrency: string | null = null;
  return {
    format, layout: table.layout, layoutSource,
    statement: table.statement,
    expectedRows: survey.rows,
    dateRange: survey.range,
    datesInOrder: survey.inOrder,
    next(maxRows) {
      const chunk = guarded(format, () => table.next(maxRows));
      if (chunk) rowsRead += chunk.length;
      if (firstCurrency === null && chunk?.length) firstCurrency = chunk[0]!.currency;
      if (rowsRead > limits.maxRows) throw tooManyRows(rowsRead, limits);
      return chunk;
    },
    finish() {
      const { statement, errors } = guarded(format, () => table.finish());
      // As parseStatement sums a file up: a file of several currencies is in its first row's.
      return { statement: { ...statement, currency: statement.currency || firstCurrency }, errors, rowsRead };
    },
  };
}

/** A file parsed whole, handed out in chunks; each chunk is let go of once handed out. */
function wholeReading(result: ParseResult): StatementReading {
  const rows: (ParsedTransaction | undefined)[] = result.transactions;
  const total = rows.length;
  let at = 0;
  let min: string | null = null;
  let max: string | null = null;
  for (const t of result.transactions) {
    if (min === null || t.date < min) min = t.date;
    if (max === null || t.date > max) max = t.date;
  }
  return {
    format: result.format, layout: result.layout, layoutSource: result.layoutSource,
    statement: result.statement,
    expectedRows: total,
    dateRange: min === null ? null : { min, max: max! },
    datesInOrder: datesInOrder(result.transactions),
    next(maxRows) {
      if (at >= total) return null;
      const end = Math.min(total, at + maxRows);
      const chunk = rows.slice(at, end) as ParsedTransaction[];
      rows.fill(undefined, at, end);
      at = end;
      return chunk;
    },
    finish: () => ({ statement: result.statement, errors: result.errors, rowsRead: total }),
  };
}
