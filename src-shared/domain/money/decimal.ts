/**
 * Decimal text <-> integer minor units, without floating point.
 * Money in FinGood is always an integer of minor units; never parse amounts with Number().
 */

export interface DecimalParseOptions {
  /** The decimal separator; the other of ',' / '.' (and spaces, apostrophes) is a thousands separator. */
  decimal?: ',' | '.';
  /** Minor-unit digits of the currency (2 for EUR, 0 for JPY). */
  scale?: number;
}

/**
 * Parses "1.234,56", "-12.34", "(12.34)", "12.34-", "$.23", "+5", "1 234,5 EUR" into minor units.
 * Digits beyond `scale` are rounded half away from zero (CAMT may carry five decimals).
 * Returns null when the text holds no number.
 */
export function parseDecimalToMinor(text: string, opts: DecimalParseOptions = {}): number | null {
  const scale = opts.scale ?? 2;
  let s = text.trim();
  if (s === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) { negative = true; s = s.slice(1, -1).trim(); }
  // Currency symbols and codes around the number.
  s = s.replace(/^[A-Za-z]{3}\s*/, '').replace(/\s*[A-Za-z]{3}$/, '');
  s = s.replace(/[$€£¥₹₽₩¤]/g, '').trim();
  if (s.endsWith('-')) { negative = !negative; s = s.slice(0, -1).trim(); }
  else if (s.endsWith('+')) { s = s.slice(0, -1).trim(); }
  if (s.startsWith('-') || s.startsWith('−')) { negative = !negative; s = s.slice(1).trim(); }
  else if (s.startsWith('+')) { s = s.slice(1).trim(); }
  s = s.replace(/^[$€£¥₹₽₩¤]/, '').trim();
  if (!/^[0-9.,'\u00a0\u202f ]+$/.test(s) || !/[0-9]/.test(s)) return null;
  const decimal = opts.decimal ?? guessDecimalSeparator(s);
  const thousands = decimal === '.' ? /[,'\u00a0\u202f ]/g : /[.'\u00a0\u202f ]/g;
  s = s.replace(thousands, '');
  const parts = s.split(decimal);
  if (parts.length > 2) return null;
  const intPart = parts[0] === '' ? '0' : parts[0]!;
  const fracPart = parts[1] ?? '';
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(fracPart)) return null;
  let frac = fracPart.padEnd(scale, '0');
  let roundUp = false;
  if (frac.length > scale) {
    roundUp = frac.charCodeAt(scale) >= 53; // '5'
    frac = frac.slice(0, scale);
  }
  const digits = (intPart + frac).replace(/^0+(?=\d)/, '');
  let minor = Number(digits);
  if (!Number.isSafeInteger(minor)) return null;
  if (roundUp) minor += 1;
  return negative && minor !== 0 ? -minor : minor;
}

/**
 * For a single value: "1,234" is ambiguous; a lone separator followed by exactly 3 digits is
 * treated as thousands only when it is a comma and another comma or a point exists elsewhere.
 */
export function guessDecimalSeparator(s: string): ',' | '.' {
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma === -1) return '.';
  if (lastDot === -1) {
    const after = s.length - lastComma - 1;
    const commas = s.split(',').length - 1;
    return commas === 1 && after !== 3 ? ',' : commas > 1 ? '.' : ',';
  }
  return lastComma > lastDot ? ',' : '.';
}

/** Formats minor units as a plain decimal string: -1234 (scale 2) -> "-12.34". */
export function formatMinor(minor: number, scale = 2): string {
  const negative = minor < 0;
  const abs = Math.abs(minor).toString();
  if (scale === 0) return (negative ? '-' : '') + abs;
  const padded = abs.padStart(scale + 1, '0');
  const out = `${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
  return negative ? `-${out}` : out;
}
