import { parseDecimalToMinor } from '../../money/decimal';

/**
 * QIF amounts. Quicken writes "T-1,234,567.89" (comma thousands); programs in comma-decimal
 * locales write "T-1.234,56" or "T-12,50". The decimal mark is decided once for the whole file,
 * because a single "1,234" cannot tell: it is 1234.00 in a file that elsewhere writes "12.50",
 * and 1.234 nowhere in practice (QIF amounts have at most two decimals in either locale).
 */
export function inferQifDecimal(amounts: readonly string[]): ',' | '.' {
  let comma = 0;
  let dot = 0;
  for (const raw of amounts) {
    const vote = decimalVote(raw);
    if (vote === ',') comma++;
    else if (vote === '.') dot++;
  }
  return comma > dot ? ',' : '.';
}

/** What one amount says about the decimal mark; null when it reads both ways (or has neither). */
function decimalVote(raw: string): ',' | '.' | null {
  const s = raw.replace(/[^0-9.,]/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma !== -1 && lastDot !== -1) return lastComma > lastDot ? ',' : '.';
  const mark = lastComma !== -1 ? ',' : lastDot !== -1 ? '.' : null;
  if (mark === null) return null;
  const other = mark === ',' ? '.' : ',';
  // Two of the same mark ("1,234,567") can only be grouping.
  if (s.indexOf(mark) !== s.lastIndexOf(mark)) return other;
  const decimals = s.length - s.lastIndexOf(mark) - 1;
  return decimals === 3 ? null : mark;
}

/** Minor units for a QIF amount under the file's decimal mark; null when it is not a number. */
export function readQifAmount(text: string, decimal: ',' | '.', scale: number): number | null {
  const s = text.trim();
  if (s === '') return null;
  return parseDecimalToMinor(s, { decimal, scale });
}
