import { currencyScale } from '../../money/currency';
import { strictAssert } from '../../strict-assert';
import type { DateOrder, ParsedTransaction } from '../types';
import { parseAmount } from './amount-parse';
import type { ColumnMap } from './column-map';
import { currencyOfCell } from './currency-codes';
import { newDateScan, scanDate, scanToIso } from './date-scan';
import { indicatorSign } from './indicator';
import { cleanText, hasLetter } from './label';

const DATE_CACHE_SIZE = 50_000;

export interface RowReaderSettings {
  decimal: ',' | '.';
  dateOrder: DateOrder;
  valueDateOrder: DateOrder;
  /** Currency of rows without a currency cell. */
  currency: string;
  /** The account column names the counterparty (it changes from row to row): keep it in the memo. */
  accountInMemo: boolean;
}

/**
 * Reads one table row into a transaction under a fixed layout. Runs for every row of the file,
 * so it reads only the mapped cells and allocates only the transaction itself.
 */
export class RowReader {
  private readonly scan = newDateScan();
  /** Date text -> ISO date (or null) under the file's order; see isoOf. */
  private readonly dates = new Map<string, string | null>();
  private readonly valueDates = new Map<string, string | null>();
  private readonly fileScale: number;
  /** Minor-unit digits by currency code, so rows do not look them up one by one. */
  private readonly scales = new Map<string, number>();

  constructor(private readonly map: ColumnMap, private readonly s: RowReaderSettings) {
    this.fileScale = currencyScale(s.currency);
  }

  isBlank(row: readonly string[]): boolean {
    for (const cell of row) if (cell !== '' && cell.trim() !== '') return false;
    return true;
  }

  filledCells(row: readonly string[]): number {
    let n = 0;
    for (const cell of row) if (cell.trim() !== '') n++;
    return n;
  }

  /**
   * The text that would name a balance or total row: a non-date in the date column, else the
   * first description, else (footer rows like ";;;Anfangssaldo;1.234,56") the first cell with words.
   */
  labelText(row: readonly string[]): string {
    const date = cell(row, this.map.date);
    if (date !== '' && !scanDate(date, this.scan)) return date;
    for (const c of this.map.description) {
      const v = cell(row, c);
      if (v !== '') return v;
    }
    const payee = this.map.payee !== null ? cell(row, this.map.payee) : '';
    if (payee !== '') return payee;
    for (let c = 0; c < row.length; c++) {
      const v = cell(row, c);
      if (hasLetter(v)) return v;
    }
    return '';
  }

  dateOf(row: readonly string[]): string | null {
    return this.isoOf(cell(row, this.map.date), this.s.dateOrder);
  }

  /**
   * ISO date of a date cell. A statement repeats the same few hundred date texts, so results
   * are cached: one scan per distinct text, and one shared string per day instead of one per row.
   */
  private isoOf(text: string, order: DateOrder, cache = this.dates): string | null {
    // Rows of one day follow each other: the row before's answer, without a lookup.
    if (text === this.lastDate && cache === this.dates) return this.lastIso;
    let iso = cache.get(text);
    if (iso === undefined) {
      iso = scanDate(text, this.scan) ? scanToIso(this.scan, order) : null;
      if (cache.size < DATE_CACHE_SIZE) cache.set(text, iso);
    }
    if (cache === this.dates) {
      this.lastDate = text;
      this.lastIso = iso;
    }
    return iso;
  }

  private lastDate: string | null = null;
  private lastIso: string | null = null;

  /** A balance row's figure: its balance cell, else its amount. */
  summaryValue(row: readonly string[]): number | null {
    const scale = this.scaleOf(this.rowCurrency(row));
    if (this.map.balance !== null) {
      const b = parseAmount(cell(row, this.map.balance), this.s.decimal, scale);
      if (b !== null) return b;
    }
    const a = this.amount(row, scale);
    if (typeof a !== 'number') return null;
    // "1.234,56;H" / "1.234,56;S": an unsigned balance takes the indicator's sign.
    const sign = this.map.indicator !== null ? indicatorSign(cell(row, this.map.indicator)) : 0;
    return sign === -1 && a > 0 ? -a : a;
  }

  /** The row as a transaction, or why it cannot be one. */
  read(row: readonly string[], line: number): ParsedTransaction | string {
    const m = this.map;
    const dateText = cell(row, m.date);
    if (dateText === '') return 'The row has no date; it was skipped.';
    const date = this.isoOf(dateText, this.s.dateOrder);
    if (date === null) return `"${clip(dateText)}" is not a date FinGood can read; the row was skipped.`;
    const currency = this.rowCurrency(row);
    const scale = this.scaleOf(currency);
    const amount = this.amount(row, scale);
    if (typeof amount === 'string') return amount;
    let valueDate: string | null = null;
    if (m.valueDate !== null) {
      const v = cell(row, m.valueDate);
      if (v !== '') valueDate = this.isoOf(v, this.s.valueDateOrder, this.valueDates);
    }
    const balance = m.balance !== null ? parseAmount(cell(row, m.balance), this.s.decimal, scale) : null;
    const descText = this.join(row, m.description, ' ');
    let payeeText = '';
    if (m.payee !== null || m.payer !== null || m.morePayees.length > 0) {
      // Where payer and payee are separate columns, the counterparty is the payee of money out
      // and the payer of money in.
      let out = m.payee !== null ? cleanText(cell(row, m.payee)) : '';
      for (let k = 0; out === '' && k < m.morePayees.length; k++) out = cleanText(cell(row, m.morePayees[k]!));
      const inn = m.payer !== null ? cleanText(cell(row, m.payer)) : '';
      payeeText = amount < 0 ? out || inn : inn || out;
    }
    let memoText = this.join(row, m.memo, '; ');
    if (this.s.accountInMemo && m.account !== null) memoText = joinTwo(memoText, cleanText(cell(row, m.account)));
    const description = descText || payeeText || memoText;
    return {
      date,
      valueDate,
      amountMinor: amount,
      currency,
      payee: payeeText || descText || memoText,
      description,
      // A memo that had to stand in for the description is not repeated.
      memo: description === memoText ? '' : memoText,
      reference: m.reference !== null ? cleanText(cell(row, m.reference)) || null : null,
      balanceMinor: balance,
      category: m.category !== null ? cleanText(cell(row, m.category)) || null : null,
      line,
    };
  }

  /** Signs unsigned amounts by the indicator column ("Af" out, "Bij" in). Mutates the transactions. */
  applyIndicator(txs: ParsedTransaction[], rowOf: readonly number[], rows: readonly (readonly string[])[]): void {
    const col = this.map.indicator;
    strictAssert(col !== null, 'applyIndicator needs an indicator column');
    for (let k = 0; k < txs.length; k++) {
      const tx = txs[k]!;
      if (indicatorSign(cell(rows[rowOf[k]!]!, col)) === -1 && tx.amountMinor > 0) tx.amountMinor = -tx.amountMinor;
    }
  }

  /** Keeps an unused indicator's words ("DEBIT", "CREDIT") in the memo. Mutates the transactions. */
  indicatorToMemo(txs: ParsedTransaction[], rowOf: readonly number[], rows: readonly (readonly string[])[]): void {
    const col = this.map.indicator;
    strictAssert(col !== null, 'indicatorToMemo needs an indicator column');
    for (let k = 0; k < txs.length; k++) {
      const tx = txs[k]!;
      const text = cleanText(cell(rows[rowOf[k]!]!, col));
      if (text !== '') tx.memo = joinTwo(tx.memo, text);
    }
  }

  private scaleOf(currency: string): number {
    if (currency === this.s.currency) return this.fileScale;
    let scale = this.scales.get(currency);
    if (scale === undefined) {
      scale = currencyScale(currency);
      this.scales.set(currency, scale);
    }
    return scale;
  }

  private rowCurrency(row: readonly string[]): string {
    if (this.map.currency === null) return this.s.currency;
    return currencyOfCell(cell(row, this.map.currency)) ?? this.s.currency;
  }

  /** Signed minor units from the amount column or the debit/credit pair, or why not. */
  private amount(row: readonly string[], scale: number): number | string {
    const m = this.map;
    const d = this.s.decimal;
    if (m.amount !== null) {
      const text = cell(row, m.amount);
      if (text === '') return 'The row has no amount; it was skipped.';
      const v = parseAmount(text, d, scale);
      return v ?? `"${clip(text)}" is not an amount FinGood can read; the row was skipped.`;
    }
    const debitText = m.debit !== null ? cell(row, m.debit) : '';
    const creditText = m.credit !== null ? cell(row, m.credit) : '';
    if (debitText === '' && creditText === '') return 'The row has no amount; it was skipped.';
    const debit = debitText === '' ? 0 : parseAmount(debitText, d, scale);
    const credit = creditText === '' ? 0 : parseAmount(creditText, d, scale);
    if (debit === null) return `"${clip(debitText)}" is not an amount FinGood can read; the row was skipped.`;
    if (credit === null) return `"${clip(creditText)}" is not an amount FinGood can read; the row was skipped.`;
    // Debits are money out whether the bank writes them signed or not.
    return credit - Math.abs(debit);
  }

  private join(row: readonly string[], columns: readonly number[], sep: string): string {
    if (columns.length === 1) return text(row, columns[0]!);
    let out = '';
    for (const c of columns) out = joinTwo(out, text(row, c), sep);
    return out;
  }
}

/** The value of a cell (see cellValue). */
export function cell(row: readonly string[], c: number): string {
  const v = row[c];
  return v === undefined || v === '' ? '' : cellValue(v);
}

/**
 * A cell's text without what spreadsheets add to keep it text: surrounding spaces, the
 * ="0123" wrapper (leading zeros) and a leading apostrophe (NatWest's 'TESCO STORES).
 */
export function cellValue(v: string): string {
  const t = isPadding(v.charCodeAt(0)) || isPadding(v.charCodeAt(v.length - 1)) ? v.trim() : v;
  const first = t.charCodeAt(0);
  if (first === 61 && t.length >= 3 && t.charCodeAt(1) === 34 && t.charCodeAt(t.length - 1) === 34) return t.slice(2, -1);
  if (first === 39 && t.length > 1 && t.charCodeAt(1) !== 32) return t.slice(1);
  return t;
}

function isPadding(c: number): boolean {
  return c <= 32 || c === 0xa0;
}

/** Cleaned text of a text cell; a lone placeholder ("-", "/", ".") counts as empty. */
function text(row: readonly string[], c: number): string {
  const t = cleanText(cell(row, c));
  return t.length <= 2 && !/[\p{L}\p{N}]/u.test(t) ? '' : t;
}

function joinTwo(a: string, b: string, sep = '; '): string {
  if (b === '') return a;
  return a === '' ? b : a + sep + b;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
