/**
 * Bank amount text -> integer minor units, for a known decimal separator. A hand-written scan:
 * it runs for every amount and balance cell of million-row files, where the regex-based
 * parseDecimalToMinor (money/decimal.ts) is several times slower. Never uses floating point.
 *
 * Accepts: "-12.34", "+$327.49", "1.234,56", "1 234,56 €", "1'234.56", "(12.34)", "12.34-",
 * "$.23", "EUR 12,00", "1234,37 EUR", "R$ 1.234,56", "12.34 CR" / "12.34 DR".
 */

const SYMBOLS = '$€£¥₹₽₩¤₺₪₫฿₴₦₱';

export function parseAmount(text: string, decimal: ',' | '.', scale: number): number | null {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return null;
  let negative = false;
  if (text.charCodeAt(start) === 40 /* ( */ && text.charCodeAt(end - 1) === 41 /* ) */) {
    negative = true;
    start++; end--;
  }
  // Prefix: signs, currency symbols and codes ("-$", "EUR ", "R$ ", "€-").
  let letters = 0;
  for (; start < end; start++) {
    const c = text.charCodeAt(start);
    if (c === 45 || c === 0x2212) negative = !negative;
    else if (c === 43 || isSpace(c)) continue;
    else if (isAsciiLetter(c)) { if (++letters > 4) return null; }
    else if (SYMBOLS.includes(text[start]!)) continue;
    else break;
  }
  const decimalCode = decimal.charCodeAt(0);
  const groupCode = decimal === ',' ? 46 : 44;
  let whole = 0;
  let digits = 0;
  let fraction = 0;
  let fractionDigits = 0;
  let roundUp = false;
  let inFraction = false;
  let i = start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      if (!inFraction) whole = whole * 10 + (c - 48);
      else if (fractionDigits < scale) { fraction = fraction * 10 + (c - 48); fractionDigits++; }
      else if (fractionDigits === scale) { roundUp = c >= 53; fractionDigits++; }
    } else if (c === decimalCode) {
      if (inFraction) return null;
      inFraction = true;
    } else if (c === groupCode || c === 39 || c === 0x2019 || c === 0xa0 || c === 0x202f || c === 32) {
      // Thousands separators only between digits of the whole part; a space may also start the suffix.
      if (inFraction || digits === 0) {
        if (c === 32 || c === 0xa0 || c === 0x202f) break;
        return null;
      }
      if (c === 32 || c === 0xa0 || c === 0x202f) {
        const next = text.charCodeAt(i + 1);
        if (!(next >= 48 && next <= 57)) break;
      }
    } else {
      break;
    }
  }
  if (digits === 0) return null;
  // Suffix: currency code or symbol, trailing sign, CR/DR.
  let suffixLetters = '';
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2212) negative = !negative;
    else if (c === 43 || isSpace(c)) continue;
    else if (isAsciiLetter(c)) {
      suffixLetters += text[i];
      if (suffixLetters.length > 4) return null;
    } else if (!SYMBOLS.includes(text[i]!)) return null;
  }
  if (suffixLetters !== '') {
    // A currency code (EUR, kr, CHF) or CR/DR; a lone letter is more likely a broken cell.
    if (suffixLetters.length < 2) return null;
    const s = suffixLetters.toUpperCase();
    if (s === 'DR') negative = true;
    else if (s === 'CR') negative = false;
  }
  for (let k = fractionDigits; k < scale; k++) fraction *= 10;
  let minor = whole * 10 ** scale + fraction + (roundUp ? 1 : 0);
  if (!Number.isSafeInteger(minor)) return null;
  if (minor === 0) minor = 0;
  return negative && minor !== 0 ? -minor : minor;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The currency a symbol in the amount text names, where the symbol is unambiguous. */
export function currencyOfSymbol(text: string): string | null {
  if (text.includes('€')) return 'EUR';
  if (text.includes('£')) return 'GBP';
  if (text.includes('R$')) return 'BRL';
  if (text.includes('₹')) return 'INR';
  if (text.includes('₺')) return 'TRY';
  if (text.includes('₪')) return 'ILS';
  if (text.includes('₩')) return 'KRW';
  // "$" alone is USD, CAD, AUD, NZD, MXN...; the caller treats it as a weaker signal.
  return null;
}
