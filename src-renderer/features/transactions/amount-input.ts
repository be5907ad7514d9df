import { parseDecimalToMinor } from '../../../src-shared/domain/money/decimal';

export type AmountInput = { minor: number; error?: undefined } | { minor?: undefined; error: string };

/**
 * An amount the user typed in a filter box ("-12.50", "1,234", "+5", ".5") as integer minor
 * units (cents), read digit by digit: a float never touches money. A point is the decimal
 * separator; commas may group thousands. null when the box is empty.
 */
export function parseAmountInput(text: string): AmountInput | null {
  const s = text.trim().replace(/\u2212/g, '-');
  if (s === '') return null;
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d*)?$/.test(s) || !/\d/.test(s)) {
    return { error: 'Type an amount like -12.50 (a point before the cents).' };
  }
  const cents = s.split('.')[1] ?? '';
  if (cents.length > 2) return { error: 'At most two digits after the point.' };
  const minor = parseDecimalToMinor(s, { decimal: '.', scale: 2 });
  if (minor === null) return { error: 'That amount is too large.' };
  return { minor };
}
