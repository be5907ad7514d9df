/** Display formatting shared by the views. Fixed to en-US so numbers read the same everywhere. */

const COUNT = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return COUNT.format(n);
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${formatCount(n)} ${n === 1 ? word : many}`;
}

/** A share as a whole percent, 0.873 → "87 %": rounded down, so 99.6 % is never shown as 100 %. */
export function percentText(share: number): string {
  if (!Number.isFinite(share)) return '0 %';
  return `${Math.floor(Math.min(1, Math.max(0, share)) * 100 + 1e-9)} %`;
}

/**
 * Groups the integer digits of a contract decimal string ("-1234.50" -> "-1,234.50") without
 * going through a float, so no amount is ever rounded for display.
 */
export function formatAmount(decimal: string): string {
  const m = /^([+-]?)(\d+)(\.\d+)?$/.exec(decimal.trim());
  if (!m) return decimal;
  const [, sign, int = '', frac = ''] = m;
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign === '-' ? '-' : ''}${grouped}${frac}`;
}

/** "-0.00" is not negative: it must not be shown in red. */
export function isNegative(decimal: string): boolean {
  const s = decimal.trim();
  return s.startsWith('-') && /[1-9]/.test(s);
}

/** An ISO timestamp as local "YYYY-MM-DD HH:mm"; unreadable input is shown as it came. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

const FORMATS: Record<string, string> = {
  camt052: 'CAMT.052', camt053: 'CAMT.053', camt054: 'CAMT.054', mt940: 'MT940', mt942: 'MT942',
};

export function formatName(format: string): string {
  return FORMATS[format] ?? format.toUpperCase();
}
