import { formatMinor, parseDecimalToMinor } from '../../../../src-shared/domain/money/decimal';

/**
 * The split editor's arithmetic, on integer minor units only: typed text is turned into
 * minor units by string handling (never through a float), and the parts are checked against
 * the line the same way the core checks them (splits.ts), so Save is only offered when the
 * core will accept it.
 */

export interface PartDraft {
  /** A stable React key; not sent anywhere. */
  key: number;
  category: string;
  /** As typed: "12.50", "1,234.5", "+3" (see `partMinor`). */
  amountText: string;
  memo: string;
}

export type AmountParse = { ok: true; minor: number } | { ok: false; error: string };

/**
 * "12.50", "1,234.56", "12,5", "-3", "+3" -> minor units, the sign as typed (none: positive).
 * A point is always the decimal separator; a lone comma followed by one or two digits is one
 * too ("12,5"); other commas, spaces and apostrophes group thousands. More decimals than the
 * currency has is an error, never rounded away.
 */
export function parseAmountText(text: string, scale: number): AmountParse {
  let s = text.trim().replace(/^−/, '-');
  if (s === '') return { ok: false, error: 'Enter an amount.' };
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s.startsWith('-')) sign = -1;
    s = s.slice(1).trim();
  }
  if (!/^[0-9.,' \u00a0]+$/.test(s) || !/\d/.test(s)) return { ok: false, error: `“${text.trim()}” is not an amount.` };
  const commaIsDecimal = !s.includes('.') && /^[^,]*,\d{1,2}$/.test(s);
  const decimalSep = commaIsDecimal ? ',' : '.';
  const grouped = commaIsDecimal ? /['\u00a0 ]/g : /[,'\u00a0 ]/g;
  const intText = s.split(decimalSep)[0] ?? '';
  // Thousands separators only between groups of three: "12,34.5" is a typo, not 1,234.50.
  if (/[,' \u00a0]/.test(intText) && !/^\d{1,3}([,' \u00a0]\d{3})+$/.test(intText)) return { ok: false, error: `“${text.trim()}” is not an amount.` };
  const plain = s.replace(grouped, '');
  const pieces = plain.split(decimalSep);
  if (pieces.length > 2 || (decimalSep === ',' && plain.includes('.'))) return { ok: false, error: `“${text.trim()}” is not an amount.` };
  const frac = pieces[1] ?? '';
  if (frac.length > scale) {
    return { ok: false, error: scale === 0 ? 'This currency has no decimals.' : `Use at most ${scale} decimals.` };
  }
  const minor = parseDecimalToMinor(plain.replace(',', '.'), { decimal: '.', scale });
  if (minor === null) return { ok: false, error: `“${text.trim()}” is not an amount.` };
  return { ok: true, minor: sign * minor };
}

/** -1 for a line of money out, else 1: the direction a part typed without a sign takes. */
export function lineDirection(lineMinor: number): 1 | -1 {
  return lineMinor < 0 ? -1 : 1;
}

/**
 * A part's signed minor units. Typed without a sign it goes the line's way ("30" on a −50.00
 * line is −30.00); an explicit sign is taken as typed ("+5" on that line is money in).
 */
export function partMinor(text: string, lineMinor: number, scale: number): AmountParse {
  const r = parseAmountText(text, scale);
  if (!r.ok) return r;
  const explicit = /^\s*[-+−]/.test(text);
  return { ok: true, minor: explicit ? r.minor : lineDirection(lineMinor) * r.minor };
}

/** The text a stored part is shown as: without a sign when it goes the line's way. */
export function partText(minor: number, lineMinor: number, scale: number): string {
  const dir = lineDirection(lineMinor);
  if (minor === 0 || Math.sign(minor) === dir) return formatMinor(Math.abs(minor), scale);
  return `${minor < 0 ? '-' : '+'}${formatMinor(Math.abs(minor), scale)}`;
}

export interface PartCheck {
  /** Per part, the amount's error or the category's, if any. */
  amountErrors: (string | null)[];
  categoryErrors: (string | null)[];
  /** Line minus the sum of the readable amounts. */
  remainingMinor: number;
  /** Why Save is not possible yet; null when it is. */
  problem: string | null;
  /** The parts to send, when `problem` is null. */
  parts: { category: string; amount: number; memo?: string }[];
}

/**
 * Checks the draft against the line: every part needs a known category and a non-zero
 * amount, there must be two parts or more, and they must sum exactly to the line.
 * `categoryName` resolves typed text to a category's exact name (null: no such category).
 */
export function checkParts(
  drafts: readonly PartDraft[],
  lineMinor: number,
  scale: number,
  categoryName: (text: string) => string | null,
): PartCheck {
  const amounts = drafts.map((d) => partMinor(d.amountText, lineMinor, scale));
  const amountErrors = amounts.map((a) => (a.ok ? (a.minor === 0 ? 'A part cannot be zero.' : null) : a.error));
  const names = drafts.map((d) => (d.category.trim() === '' ? null : categoryName(d.category)));
  const categoryErrors = drafts.map((d, i) => (d.category.trim() === ''
    ? 'Pick a category.'
    : names[i] === null ? `There is no category “${d.category.trim()}”.` : null));
  const sum = amounts.reduce((s, a) => s + (a.ok ? a.minor : 0), 0);
  const remainingMinor = lineMinor - sum;
  const parts = drafts.map((d, i) => {
    const memo = d.memo.trim();
    const a = amounts[i]!;
    return { category: names[i] ?? '', amount: a.ok ? a.minor : 0, ...(memo ? { memo } : {}) };
  });
  let problem: string | null = null;
  if (drafts.length < 2) problem = 'A split needs at least two parts.';
  else if (categoryErrors.some((e) => e)) problem = 'Every part needs a category.';
  else if (amountErrors.some((e) => e)) problem = 'Every part needs a non-zero amount.';
  else if (remainingMinor !== 0) problem = remainingText(remainingMinor, lineMinor, scale);
  return { amountErrors, categoryErrors, remainingMinor, problem, parts };
}

/** "12.50 left to assign" / "3.00 too much" / "Fully assigned", in the line's direction. */
export function remainingText(remainingMinor: number, lineMinor: number, scale: number): string {
  if (remainingMinor === 0) return 'Fully assigned';
  const left = Math.sign(remainingMinor) === lineDirection(lineMinor);
  return `${formatMinor(Math.abs(remainingMinor), scale)} ${left ? 'left to assign' : 'too much'}`;
}
