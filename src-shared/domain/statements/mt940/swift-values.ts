/** Leaf values of SWIFT MT940/MT942 fields: YYMMDD dates, comma-decimal amounts, balances. */
import { daysInMonth, expandYear, isoDate } from '../../dates/iso-date';
import { currencyScale } from '../../money/currency';
import { parseDecimalToMinor } from '../../money/decimal';

/** A problem with one field: the caller reports it by line and skips the record. */
export class SwiftRowProblem extends Error {}

/**
 * YYMMDD → ISO date. A day past the month's end but ≤ 31 is clamped to the last day: German
 * banks date quarter-end interest on "30.02." or "31.06." (30/360 day count), and that booking
 * is real money the user must see, dated at the month's end.
 */
export function swiftDate(yymmdd: string): string | null {
  const m = /^(\d{2})(\d{2})(\d{2})$/.exec(yymmdd);
  if (!m) return null;
  return monthDay(expandYear(Number(m[1])), Number(m[2]), Number(m[3]));
}

export function monthDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return isoDate(year, month, Math.min(day, daysInMonth(year, month)));
}

/**
 * SWIFT amounts use a decimal comma and no thousands separator ("1234,5", "100,", "0,").
 * Some bank exports use a point instead; a single point is read as the decimal then.
 */
export function swiftAmount(text: string, currency: string | null): number | null {
  const t = text.trim();
  if (!/^\d[\d]*([,.]\d*)?$/.test(t) && !/^[,.]\d+$/.test(t)) return null;
  return parseDecimalToMinor(t, { decimal: t.includes(',') ? ',' : '.', scale: currencyScale(currency) });
}

export interface SwiftBalance {
  /** Signed minor units (D is negative). */
  amountMinor: number;
  currency: string | null;
  date: string;
}

/**
 * :60F:/:60M:/:62F:/:62M:/:64:/:65: — "C110713EUR3148,49". Some banks leave the currency out
 * ("C020315105000,00"); the statement's currency applies then.
 */
export function parseBalance(content: string, fallbackCurrency: string | null): SwiftBalance {
  const m = /^([CD])(\d{6})([A-Z]{3})?([\d,.]+)$/.exec(content.replace(/\s+/g, ''));
  if (!m) throw new SwiftRowProblem(`balance "${content.slice(0, 40)}" is not C/D + YYMMDD + currency + amount`);
  const date = swiftDate(m[2]!);
  if (!date) throw new SwiftRowProblem(`balance date "${m[2]}" is not a date`);
  const currency = m[3] ?? fallbackCurrency;
  const minor = swiftAmount(m[4]!, currency);
  if (minor === null) throw new SwiftRowProblem(`balance amount "${m[4]}" is not a number`);
  return { amountMinor: m[1] === 'D' ? -minor : minor, currency, date };
}

/** Collapses runs of whitespace; SWIFT text is padded and wrapped at fixed widths. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
