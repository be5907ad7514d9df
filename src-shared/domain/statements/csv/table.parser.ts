import {
  StatementError, emptyStatement,
  type FormatParseResult, type ParseHints, type ParsedTransaction, type RowError, type StatementFormat, type StatementInfo,
} from '../types';
import { DecimalEvidence } from './amount-inference';
import { isAccountColumn } from './column-profile';
import { BalanceFold } from './balances';
import { DateOrderEvidence } from './date-inference';
import { layoutHints, layoutSignature } from './layout-signature';
import { currencySignals, dateOrderFallback, decimalFallback, fileCurrency } from './locale-signals';
import { RowReader, cellValue } from './row-reader';
import { summaryKind, type SummaryKind } from './summary-rows';
import { detectTableLayout } from './table-layout';

/**
 * The shared core of the CSV/TSV and XLSX/XLS parsers: rows of cell text in, transactions
 * out. Layout (header, preamble, column roles) is learned from the first rows; date order and
 * decimal separator from every cell of their columns; then each row is read once. Bad rows go
 * to `errors` with their line; balance and total rows fill the statement instead.
 */
export interface TableSource {
  /** Every row of the file or sheet, preamble included. */
  rows: readonly (readonly string[])[];
  /** 1-based line of each row in the file; row index + 1 when absent. */
  lines?: ArrayLike<number> | null;
  format: StatementFormat;
  /** The CSV delimiter, a locale signal and part of the layout signature. */
  delimiter?: string;
  hints?: ParseHints;
}

const MAX_ERRORS = 1000;

/**
 * A table whose layout and reading are decided, read chunk by chunk (`next`) and then summed
 * up (`finish`). The import reads a large file this way, writing each chunk while the next is
 * read; parseTable reads it whole.
 */
export interface OpenTable {
  /**
   * False when the reading needs a last pass over every row (an indicator column sets signs only
   * if no amount carries one): such a table is read whole, by parseTable.
   */
  streamable: boolean;
  /** The statement as known before any row is read: its account and currency. */
  statement: StatementInfo;
  layout: { signature: string; hints: ParseHints };
  /**
   * One pass over the rows left (taken before the first chunk): how many are not blank (at most
   * that many transactions), the earliest and latest date of the date column, and whether the
   * dates run one way in file order.
   */
  survey(): TableSurvey;
  /** The transactions of the next table rows, at most `maxRows` rows read; null when all are read. */
  next(maxRows: number): ParsedTransaction[] | null;
  /** After the last row: the statement with the balances the rows stated, and the bad rows. */
  finish(): { statement: StatementInfo; errors: RowError[] };
}

export function parseTable(src: TableSource): FormatParseResult {
  return readAll(openTable(src));
}

/** Every row of an open table, read at once (one chunk without a bound). */
export function readAll(table: OpenTable): FormatParseResult {
  const transactions = table.next(Infinity) ?? [];
  const { statement, errors } = table.finish();
  return { sections: [{ statement, transactions }], errors, layout: table.layout };
}

export function openTable(src: TableSource): OpenTable {
  const hints = src.hints ?? {};
  const rows = src.rows;
  const layout = detectTableLayout(rows, hints);
  if (!layout) {
    throw new StatementError('UNSUPPORTED_FORMAT',
      'FinGood found no date and amount columns in this file. Export the statement again as CSV or Excel with one row per transaction, or choose the columns by hand.');
  }
  const { map } = layout.roles;
  const start = layout.dataStart;
  const lineOf = (i: number): number => (src.lines ? src.lines[i]! : i + 1);

  const moneyColumns = [map.amount, map.debit, map.credit, map.balance].filter((c): c is number => c !== null);
  const dateSample = layout.sample.slice(0, 200).map((r) => r[map.date] ?? '');
  const evidence = gatherEvidence(rows, start, hints.decimal ? [] : moneyColumns, hints.dateOrder ? [] : [map.date, map.valueDate]);
  const decimal = hints.decimal ?? evidence.decimal.decide(decimalFallback(src.delimiter, dateSample));
  const signals = currencySignals(layout.sample.flatMap((r) => moneyColumns.map((c) => r[c] ?? '')));
  const currency = fileCurrency(layout.roles.headerCurrency, signals, hints.currency, decimal);
  const statedCurrency = layout.roles.headerCurrency ?? signals.named ?? hints.currency?.toUpperCase() ?? null;
  const fallbackOrder = dateOrderFallback(decimal, statedCurrency, signals.dollar, layout.roles.englishHeader, layout.header !== null);
  const dateOrder = hints.dateOrder ?? evidence.dates[0]!.decide(fallbackOrder);
  const valueDateOrder = hints.dateOrder ?? evidence.dates[1]?.decide(dateOrder === 'ymd' ? fallbackOrder : dateOrder) ?? dateOrder;

  // A constant account number is the statement's own; a changing one is the counterparty's.
  const accountProfile = map.account !== null ? layout.profiles[map.account] : undefined;
  const ownAccount = accountProfile?.constant != null && isAccountColumn(accountProfile) ? accountProfile.constant : null;
  const reader = new RowReader(map, {
    decimal, dateOrder, valueDateOrder, currency,
    accountInMemo: map.account !== null && accountProfile?.constant == null,
  });
  const statement = emptyStatement();
  statement.accountId = ownAccount;
  // Without a currency column every row is in the file's currency.
  if (map.currency === null) statement.currency = currency;
  const indicated = map.indicator !== null && map.amount !== null;

  // Kept only where the indicator's last pass needs them.
  const kept: ParsedTransaction[] = [];
  const rowOf: number[] = [];
  const errors: RowError[] = [];
  let skipped = 0;
  const headerKey = layout.header?.join('\u0000');
  let anyNegative = false;
  let openingSeen = false;
  const currencies = new Set<string>();
  const balances = new BalanceFold();
  /** Balance rows fill the statement: the first opening row, the last closing row; totals are dropped. */
  const summary = (kind: SummaryKind, value: number | null, date: string | null): void => {
    if (value === null) return;
    if (kind === 'opening' && !openingSeen) {
      openingSeen = true;
      statement.openingBalanceMinor = value;
      statement.openingDate = date;
    } else if (kind === 'closing') {
      statement.closingBalanceMinor = value;
      statement.closingDate = date;
    }
  };

  let i = start;
  const next = (maxRows: number): ParsedTransaction[] | null => {
    if (i >= rows.length) return null;
    const out: ParsedTransaction[] = [];
    const stop = Math.min(rows.length, i + maxRows);
    for (; i < stop; i++) {
      const row = rows[i]!;
      if (reader.isBlank(row)) continue;
      // Some exports repeat the header on every page.
      if (headerKey !== undefined && (row[map.date] ?? '').trim() === layout.header![map.date] &&
        row.map((c) => c.trim()).join('\u0000') === headerKey) continue;
      const line = lineOf(i);
      const result = reader.read(row, line);
      if (typeof result === 'string') {
        const kind = summaryKind(reader.labelText(row));
        if (kind !== null) summary(kind, reader.summaryValue(row), reader.dateOf(row));
        // A lone cell after the table is a footnote, not a broken transaction.
        else if (reader.filledCells(row) < 2) continue;
        else if (errors.length < MAX_ERRORS) errors.push({ line, message: result });
        else skipped++;
        continue;
      }
      const kind = summaryKind(result.description, true);
      if (kind !== null) {
        summary(kind, result.balanceMinor ?? result.amountMinor, result.date);
        continue;
      }
      if (result.amountMinor < 0) anyNegative = true;
      currencies.add(result.currency);
      balances.add(result);
      out.push(result);
      if (indicated) {
        kept.push(result);
        rowOf.push(i);
      }
    }
    return out;
  };

  const finish = (): { statement: StatementInfo; errors: RowError[] } => {
    if (skipped > 0) errors.push({ line: null, message: `${skipped} more rows could not be read and were skipped.` });
    if (indicated) {
      // An indicator column sets the sign only when the amounts carry none; a signed amount
      // column is trusted as written and the indicator text is kept in the memo (as it always
      // is without a header, where every column with words is kept).
      const signs = !anyNegative;
      if (signs) reader.applyIndicator(kept, rowOf, rows);
      if (!signs || layout.header === null) reader.indicatorToMemo(kept, rowOf, rows);
      // Signs changed: the running balance is checked against the amounts as they now are.
      balances.reset();
      for (const t of kept) balances.add(t);
    }
    statement.currency = currencies.size === 1 ? [...currencies][0]! : currencies.size === 0 ? currency : null;
    if (map.balance !== null && (statement.openingBalanceMinor === null || statement.closingBalanceMinor === null)) {
      // Balance rows the file states win; the running balance fills what they leave open.
      const derived = balances.result();
      if (derived && statement.openingBalanceMinor === null) {
        statement.openingBalanceMinor = derived.openingBalanceMinor;
        statement.openingDate = derived.openingDate;
      }
      if (derived && statement.closingBalanceMinor === null) {
        statement.closingBalanceMinor = derived.closingBalanceMinor;
        statement.closingDate = derived.closingDate;
      }
    }
    return { statement, errors };
  };

  return {
    streamable: !indicated,
    statement: { ...statement },
    layout: {
      signature: layoutSignature(src.format, src.delimiter, layout),
      hints: layoutHints(src.format, layout, { dateOrder, decimal, currency: statedCurrency }),
    },
    survey: () => survey(rows, i, reader),
    next,
    finish,
  };
}

export interface TableSurvey {
  rows: number;
  range: { min: string; max: string } | null;
  inOrder: boolean;
}

/**
 * The rows from `from` on. Balance and bad rows are counted and their dates taken too: the count
 * bounds the transactions, the range holds every transaction's date, and dates that run one way
 * mean the transactions' (a part of them) do.
 */
function survey(rows: readonly (readonly string[])[], from: number, reader: RowReader): TableSurvey {
  let filled = 0;
  let min: string | null = null;
  let max: string | null = null;
  let prev: string | null = null;
  let up = true;
  let down = true;
  for (let i = from; i < rows.length; i++) {
    if (reader.isBlank(rows[i]!)) continue;
    filled++;
    const d = reader.dateOf(rows[i]!);
    if (d === null) continue;
    if (min === null || d < min) min = d;
    if (max === null || d > max) max = d;
    if (prev !== null) {
      if (d < prev) up = false;
      if (d > prev) down = false;
    }
    prev = d;
  }
  return { rows: filled, range: min === null ? null : { min, max: max! }, inOrder: up || down };
}

/**
 * Decimal-separator and date-order evidence from every cell of the money and date columns,
 * in one pass over the rows (a pass over a million rows is mostly memory traffic).
 */
function gatherEvidence(rows: readonly (readonly string[])[], start: number, moneyColumns: readonly number[],
  dateColumns: readonly (number | null)[]): { decimal: DecimalEvidence; dates: (DateOrderEvidence | undefined)[] } {
  const decimal = new DecimalEvidence();
  const dates = dateColumns.map((c) => (c === null ? undefined : new DateOrderEvidence()));
  const dateCols = dateColumns.map((c) => c ?? -1);
  for (let i = start; i < rows.length; i++) {
    const row = rows[i]!;
    for (const c of moneyColumns) {
      const v = row[c];
      if (v !== undefined && v !== '') decimal.add(v);
    }
    for (let k = 0; k < dateCols.length; k++) {
      const c = dateCols[k]!;
      if (c < 0) continue;
      const v = row[c];
      if (v !== undefined && v !== '') dates[k]!.add(cellValue(v));
    }
  }
  return { decimal, dates };
}
