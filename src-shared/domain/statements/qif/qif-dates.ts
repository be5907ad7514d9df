import { daysBetween, expandYear, isoDate } from '../../dates/iso-date';
import type { DateOrder } from '../types';

/**
 * QIF dates. Quicken writes M/D/Y ("6/ 1/94", "1/ 2'19"), other programs and non-US banks write
 * D/M/Y, D.M.Y, D-M-Y or Y-M-D, sometimes with a time. The order of day and month cannot be
 * read from one date, so it is decided once for the whole file (inferQifDateOrder) and every
 * date is then read the same way.
 *
 * Quicken's apostrophe marks a year of 2000 or later: "1/ 2'19" is 2019, "3/ 1' 0" is 2000,
 * "12/31' 2" is 2002; a two-digit year after '/' uses the usual 1970 pivot ("12/19/18" is 2018).
 */

export type QifDate =
  /** Year first or a month name: the order is known from the date alone. */
  | { kind: 'fixed'; year: number; month: number; day: number }
  /** "p1/p2/year": day and month order still to be decided. */
  | { kind: 'numeric'; p1: number; p2: number; year: number; separator: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function readQifDate(text: string): QifDate | null {
  // A time after the date ("26-06-2019 00:00:00", "2019-06-26T10:00") carries no calendar day.
  const t = text.trim().replace(/(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AP]M)?)(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?$/i, '').trim();

  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(t) ?? /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/.exec(t);
  if (m) return { kind: 'fixed', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };

  m = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*(['’]|[-/.])\s*(\d{1,4})$/.exec(t);
  if (m) {
    const year = readYear(m[5]!, m[4] === "'" || m[4] === '’');
    if (year === null) return null;
    return { kind: 'numeric', p1: Number(m[1]), p2: Number(m[3]), year, separator: m[2]! };
  }

  // "02 Jan 2019", "2-Jan-19", "Jan 2, 2019"
  m = /^(\d{1,2})[\s\-/.]*([A-Za-z]{3,9})\.?[\s\-/.,']*(\d{2,4})$/.exec(t);
  if (m) return named(Number(m[1]), m[2]!, m[3]!);
  m = /^([A-Za-z]{3,9})\.?[\s\-/.]*(\d{1,2})[\s\-/.,']*(\d{2,4})$/.exec(t);
  if (m) return named(Number(m[2]), m[1]!, m[3]!);
  return null;
}

function readYear(digits: string, apostrophe: boolean): number | null {
  const n = Number(digits);
  if (digits.length === 4) return n;
  if (digits.length === 3) return null;
  return apostrophe ? 2000 + n : expandYear(n);
}

function named(day: number, monthName: string, yearDigits: string): QifDate | null {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  const year = readYear(yearDigits, false);
  return year === null ? null : { kind: 'fixed', year, month, day };
}

/** The ISO date for a parsed QIF date under the file's day/month order; null when invalid. */
export function qifDateToIso(date: QifDate, order: DateOrder): string | null {
  if (date.kind === 'fixed') return isoDate(date.year, date.month, date.day);
  switch (order) {
    case 'dmy': return isoDate(date.year, date.p2, date.p1);
    case 'mdy': return isoDate(date.year, date.p1, date.p2);
    // A "ymd" hint cannot apply to dates whose year is last; read them as the spec's M/D/Y.
    case 'ymd': return isoDate(date.year, date.p1, date.p2);
    default: {
      const never: never = order;
      return never;
    }
  }
}

/**
 * Decides D/M/Y versus M/D/Y for the whole file:
 * 1. any date that only one order can read (a part above 12) votes for that order;
 * 2. when every date reads both ways, the order that makes the dates span clearly fewer days
 *    wins — a statement covers weeks, so "01/02, 03/02, 07/02" is February, not three months;
 * 3. otherwise the convention of the separator: '/' and apostrophe years are Quicken's M/D/Y,
 *    '.' and '-' are D/M/Y.
 */
export function inferQifDateOrder(dates: readonly QifDate[]): DateOrder {
  let dmyOnly = 0;
  let mdyOnly = 0;
  const numeric = dates.filter((d): d is Extract<QifDate, { kind: 'numeric' }> => d.kind === 'numeric');
  for (const d of numeric) {
    const asDmy = qifDateToIso(d, 'dmy') !== null;
    const asMdy = qifDateToIso(d, 'mdy') !== null;
    if (asDmy && !asMdy) dmyOnly++;
    else if (asMdy && !asDmy) mdyOnly++;
  }
  if (dmyOnly !== mdyOnly) return dmyOnly > mdyOnly ? 'dmy' : 'mdy';

  const spanDmy = span(numeric, 'dmy');
  const spanMdy = span(numeric, 'mdy');
  if (spanDmy * 2 < spanMdy) return 'dmy';
  if (spanMdy * 2 < spanDmy) return 'mdy';

  const separator = numeric[0]?.separator ?? '/';
  return separator === '/' ? 'mdy' : 'dmy';
}

function span(dates: readonly QifDate[], order: DateOrder): number {
  let min: string | null = null;
  let max: string | null = null;
  for (const d of dates) {
    const iso = qifDateToIso(d, order);
    if (!iso) continue;
    if (min === null || iso < min) min = iso;
    if (max === null || iso > max) max = iso;
  }
  return min && max ? daysBetween(min, max) : 0;
}
