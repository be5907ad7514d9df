import { parseAmount } from './amount-parse';
import { currencyOfCell } from './currency-codes';
import { DATE_FIXED, newDateScan, scanDate } from './date-scan';
import { isoDate } from '../../dates/iso-date';
import { indicatorSign } from './indicator';
import { hasLetter } from './label';

/**
 * What the cells of one column look like, counted over a sample of data rows. Column roles
 * are decided from these counts (and the header, when there is one); the full file is read
 * only after the layout is known.
 */
export interface ColumnProfile {
  index: number;
  /** Rows sampled. */
  rows: number;
  /** Non-empty cells. */
  filled: number;
  dates: number;
  /** Cells that read as an amount with either decimal separator. */
  numbers: number;
  negatives: number;
  /** Numbers with one or two decimals or a currency symbol: money rather than counts or ids. */
  decimals: number;
  /** Digit strings with leading zeros ("0000037"): ids, not amounts. */
  leadingZeros: number;
  /** Longest run of digits in a number cell. */
  maxDigits: number;
  indicators: number;
  currencies: number;
  letters: number;
  /** IBANs and long account numbers. */
  accounts: number;
  totalLength: number;
  /** The one value of the column when every sampled cell holds it, else null. */
  constant: string | null;
}

export function profileColumns(rows: readonly (readonly string[])[], width: number): ColumnProfile[] {
  const profiles: ColumnProfile[] = [];
  const scan = newDateScan();
  for (let c = 0; c < width; c++) {
    const p: ColumnProfile = {
      index: c, rows: rows.length, filled: 0, dates: 0, numbers: 0, negatives: 0, decimals: 0, leadingZeros: 0,
      maxDigits: 0, indicators: 0, currencies: 0, letters: 0, accounts: 0, totalLength: 0, constant: null,
    };
    let first: string | null = null;
    let same = true;
    for (const row of rows) {
      const v = row[c] ?? '';
      if (first === null) first = v;
      else if (v !== first) same = false;
      if (v === '') continue;
      p.filled++;
      p.totalLength += v.length;
      if (scanDate(v, scan) && (scan.kind !== DATE_FIXED || isoDate(scan.p1, scan.p2, scan.p3) !== null)) p.dates++;
      const amount = parseAmount(v, '.', 2) ?? parseAmount(v, ',', 2);
      if (amount !== null) {
        p.numbers++;
        if (amount < 0) p.negatives++;
        if (hasDecimals(v)) p.decimals++;
        const digits = longestDigitRun(v);
        if (digits > p.maxDigits) p.maxDigits = digits;
        if (digits > 1 && /^0\d+$/.test(v.trim())) p.leadingZeros++;
      }
      if (indicatorSign(v) !== 0) p.indicators++;
      if (currencyOfCell(v) !== null) p.currencies++;
      if (hasLetter(v)) p.letters++;
      if (isAccountNumber(v)) p.accounts++;
    }
    p.constant = same && first !== null && first !== '' && rows.length > 1 ? first : null;
    profiles.push(p);
  }
  return profiles;
}

/** Share of the filled cells that have a property. */
export function share(count: number, p: ColumnProfile): number {
  return p.filled === 0 ? 0 : count / p.filled;
}

/**
 * `min` is the share of cells that must agree: high when content alone decides, lower when a
 * header already names the column and a few broken or total rows should not outvote it.
 */
export function isDateColumn(p: ColumnProfile, min = 0.8): boolean {
  return p.filled > 0 && share(p.dates, p) >= min;
}

export function isMoneyColumn(p: ColumnProfile, min = 0.8): boolean {
  return p.filled > 0 && share(p.numbers, p) >= min && share(p.dates, p) < 0.5;
}

export function isIndicatorColumn(p: ColumnProfile): boolean {
  return p.filled > 0 && share(p.indicators, p) >= 0.9;
}

export function isCurrencyColumn(p: ColumnProfile): boolean {
  return p.filled > 0 && share(p.currencies, p) >= 0.9;
}

export function isAccountColumn(p: ColumnProfile): boolean {
  return p.filled > 0 && share(p.accounts, p) >= 0.8;
}

/** Whole numbers with leading zeros or six and more digits, never negative: references, not money. */
export function looksLikeIds(p: ColumnProfile): boolean {
  return p.negatives === 0 && p.decimals === 0 && (p.leadingZeros > 0 || p.maxDigits >= 6);
}

function hasDecimals(v: string): boolean {
  if (/[$€£¥₹]/.test(v)) return true;
  const at = Math.max(v.lastIndexOf(','), v.lastIndexOf('.'));
  if (at === -1) return false;
  let n = 0;
  for (let i = at + 1; i < v.length && v.charCodeAt(i) >= 48 && v.charCodeAt(i) <= 57; i++) n++;
  return n === 1 || n === 2;
}

function longestDigitRun(v: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) { run++; if (run > best) best = run; } else run = 0;
  }
  return best;
}

/** "NL28 INGB 1200 3244 16", "DE89370400440532013000", "00075757575", "20-32-06 12345678". */
export function isAccountNumber(v: string): boolean {
  const t = v.trim().toUpperCase().replace(/[\s-]/g, '');
  if (/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(t)) return true;
  return /^\d{8,20}$/.test(t);
}
