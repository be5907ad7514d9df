import { currencyOfSymbol } from './amount-parse';
import { currencyOfCell } from './currency-codes';

/**
 * Defaults for what a file's columns cannot decide by themselves: ambiguous amounts
 * ("1.234") and dates whose every day is 12 or less. They come from the rest of the file:
 * delimiter, date punctuation, currency, header language.
 */

/** Semicolon files and dotted dates (31.01.2024) come from decimal-comma countries. */
export function decimalFallback(delimiter: string | undefined, dateSample: readonly string[]): ',' | '.' {
  if (delimiter === ';') return ',';
  const dotted = dateSample.filter((d) => /^\d{1,2}\.\d{1,2}\.\d{2,4}/.test(d)).length;
  return dotted > dateSample.length / 2 ? ',' : '.';
}

/**
 * Day-month unless the file points at the US: decimal comma or a non-dollar currency means
 * day-month; dollars (US, Canada), or an English header with nothing else to go on, month-day.
 */
export function dateOrderFallback(decimal: ',' | '.', currency: string | null, dollar: boolean, englishHeader: boolean,
  hasHeader: boolean): 'dmy' | 'mdy' {
  if (decimal === ',') return 'dmy';
  // US and Canadian banks write month first.
  if (currency !== null) return currency === 'USD' || currency === 'CAD' ? 'mdy' : 'dmy';
  if (dollar) return 'mdy';
  if (hasHeader && !englishHeader) return 'dmy';
  return 'mdy';
}

export interface CurrencySignals {
  /** An unambiguous currency named by the amount cells (€, £, "EUR" suffix). */
  named: string | null;
  /** "$" appears in the amounts. */
  dollar: boolean;
}

export function currencySignals(moneyCells: readonly string[]): CurrencySignals {
  let named: string | null = null;
  let dollar = false;
  for (const cell of moneyCells) {
    if (cell === '') continue;
    named ??= currencyOfSymbol(cell) ?? codeSuffix(cell);
    if (!dollar && cell.includes('$') && !cell.includes('R$')) dollar = true;
  }
  return { named, dollar };
}

function codeSuffix(cell: string): string | null {
  const m = /(?:^|[\d\s])([A-Za-z]{3})\s*$/.exec(cell) ?? /^\s*([A-Za-z]{3})[\s\d-]/.exec(cell);
  return m ? currencyOfCell(m[1]!) : null;
}

/**
 * The currency of rows without a currency column. Rule: what the file says (header "Betrag
 * (EUR)", symbols like € or £, codes in the amount cells), else the caller's hint, else a
 * dollar sign means USD, else EUR for decimal-comma files (continental Europe), else USD.
 * Never a blanket USD: most decimal-comma statements are in euros.
 */
export function fileCurrency(headerCurrency: string | null, signals: CurrencySignals, hint: string | undefined,
  decimal: ',' | '.'): string {
  if (headerCurrency) return headerCurrency;
  if (signals.named) return signals.named;
  if (hint) return hint.toUpperCase();
  if (signals.dollar) return 'USD';
  return decimal === ',' ? 'EUR' : 'USD';
}
