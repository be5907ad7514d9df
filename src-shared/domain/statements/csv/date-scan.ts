import { expandYear, isoDate } from '../../dates/iso-date';
import type { DateOrder } from '../types';
import { monthFromName } from './month-names';

/**
 * Reads one date cell into its parts without deciding the day/month order, so the order can be
 * chosen from the whole column (date-inference.ts). One hand-written scan per cell, no regex:
 * this runs once or twice for every row of million-row files.
 */

/** Nothing that looks like a date. */
export const DATE_NONE = 0;
/** The text fixes the order: ISO 2024-01-31, compact 20240131, month names (07 Nov 2013, Nov 7, 2013). p1=year p2=month p3=day. */
export const DATE_FIXED = 1;
/** Three numbers a/b/yy(yy): day-month or month-day. p1, p2 as written, p3 the year as written (p3Len digits). */
export const DATE_NUMERIC = 2;

/** Scanner output; the caller owns one and `scanDate` overwrites it on every call. */
export interface DateScan {
  kind: number;
  p1: number;
  p2: number;
  p3: number;
  p1Len: number;
  p3Len: number;
}

export function newDateScan(): DateScan {
  return { kind: DATE_NONE, p1: 0, p2: 0, p3: 0, p1Len: 0, p3Len: 0 };
}

// Token kinds while scanning.
const NUM = 1;
const MONTH = 2;
const MAX_DATE_TEXT = 40;
const KINDS = new Int32Array(3);
const VALUES = new Int32Array(3);
const LENS = new Int32Array(3);

/** Fills `out` from `text`; returns out.kind !== DATE_NONE. */
export function scanDate(text: string, out: DateScan): boolean {
  out.kind = DATE_NONE;
  const n = text.length;
  if (n === 0 || n > MAX_DATE_TEXT) return false;
  let i = 0;
  while (i < n && text.charCodeAt(i) === 32) i++;
  // Module-level scratch arrays: this runs for every row and must not allocate.
  const kinds = KINDS;
  const values = VALUES;
  const lens = LENS;
  let count = 0;
  while (i < n && count < 3) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      let v = 0;
      const start = i;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 48 || d > 57) break;
        v = v * 10 + (d - 48);
        i++;
      }
      const len = i - start;
      if (count === 0 && (len === 12 || len === 14)) return compactDateTime(text, start, i, out);
      if (len > 8) return false;
      kinds[count] = NUM; values[count] = v; lens[count] = len;
      count++;
    } else if (isLetter(c)) {
      const start = i;
      while (i < n && isLetter(text.charCodeAt(i))) i++;
      if (i < n && text.charCodeAt(i) === 46) i++; // "Nov." abbreviation point
      const month = monthFromName(text.slice(start, i));
      if (month === null) return false;
      kinds[count] = MONTH; values[count] = month; lens[count] = 0;
      count++;
    } else {
      return false;
    }
    if (count === 3) break;
    // One or two separator characters between parts: "-", "/", ".", " ", ", ", ". ".
    let seps = 0;
    while (i < n && seps < 3 && isSeparator(text.charCodeAt(i))) { i++; seps++; }
    if (seps === 0 && !(count === 1 && kinds[0] === NUM && lens[0] === 8)) {
      // Letters may follow digits directly ("07Nov2013"); digits may not follow digits.
      if (i < n && !(kinds[count - 1] === NUM && isLetter(text.charCodeAt(i))) &&
        !(kinds[count - 1] === MONTH && isDigit(text.charCodeAt(i)))) return false;
    }
  }
  // Whatever follows the date must be a time ("2024-01-31 10:22", "2024-01-31T10:22:00Z") or nothing.
  if (i < n) {
    let j = i;
    while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 84 /* T */)) j++;
    if (j === i && count === 3) return false;
    if (j < n && !isDigit(text.charCodeAt(j))) return false;
    if (count < 3 && !(count === 1 && lens[0] === 8)) return false;
  }
  if (count === 1 && kinds[0] === NUM && lens[0] === 8) {
    // Compact yyyymmdd (ING, many German and Dutch exports).
    const v = values[0]!;
    return fixed(out, Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100);
  }
  if (count !== 3) return false;
  const k1 = kinds[0]; const k2 = kinds[1]; const k3 = kinds[2];
  const v1 = values[0]!; const v2 = values[1]!; const v3 = values[2]!;
  const l1 = lens[0]!; const l2 = lens[1]!; const l3 = lens[2]!;
  if (k1 === NUM && k2 === NUM && k3 === NUM) {
    if (l1 === 4 && l2 <= 2 && l3 <= 2) return fixed(out, v1, v2, v3);
    if (l1 > 2 || l2 > 2 || (l3 !== 2 && l3 !== 4)) return false;
    out.kind = DATE_NUMERIC; out.p1 = v1; out.p2 = v2; out.p3 = v3; out.p1Len = l1; out.p3Len = l3;
    return true;
  }
  if (k1 === NUM && k2 === MONTH && k3 === NUM) {
    if (l1 === 4 && l3 <= 2) return fixed(out, v1, v2, v3); // 2013-Nov-07
    if (l1 > 2 || l3 === 3 || l3 > 4) return false;
    return fixed(out, expandYear(v3), v2, v1); // 07 Nov 2013, 10-Nov-9
  }
  if (k1 === MONTH && k2 === NUM && k3 === NUM) {
    if (l2 > 2 || l3 === 3 || l3 > 4) return false;
    return fixed(out, expandYear(v3), v1, v2); // Nov 7, 2013
  }
  return false;
}

/**
 * yyyymmddhhmm[ss] as OFX and old Chase exports write it ("20091224120000[0:GMT]"); only a
 * time zone or fraction may follow.
 */
function compactDateTime(text: string, start: number, end: number, out: DateScan): boolean {
  if (end < text.length && text[end] !== '[' && text[end] !== '.') return false;
  const ymd = Number(text.slice(start, start + 8));
  return fixed(out, Math.floor(ymd / 10000), Math.floor(ymd / 100) % 100, ymd % 100);
}

function fixed(out: DateScan, year: number, month: number, day: number): boolean {
  out.kind = DATE_FIXED; out.p1 = year; out.p2 = month; out.p3 = day; out.p1Len = 4; out.p3Len = 2;
  return true;
}

/** The ISO date of a scanned cell under a day/month order; null when it is no valid date. */
export function scanToIso(scan: DateScan, order: DateOrder): string | null {
  if (scan.kind === DATE_FIXED) return isoDate(scan.p1, scan.p2, scan.p3);
  if (scan.kind !== DATE_NUMERIC) return null;
  switch (order) {
    case 'dmy': return isoDate(expandYear(scan.p3), scan.p2, scan.p1);
    case 'mdy': return isoDate(expandYear(scan.p3), scan.p1, scan.p2);
    // Only by hint: two-digit year first ("24/01/31").
    case 'ymd': return scan.p3Len === 2 ? isoDate(expandYear(scan.p1), scan.p2, scan.p3) : null;
    default: {
      const never: never = order;
      return never;
    }
  }
}

/** A monotone day number (not exact days) for comparing and spanning dates; 0 when invalid. */
export function scanOrdinal(scan: DateScan, order: DateOrder): number {
  let y: number; let m: number; let d: number;
  if (scan.kind === DATE_FIXED) { y = scan.p1; m = scan.p2; d = scan.p3; }
  else if (order === 'mdy') { y = expandYear(scan.p3); m = scan.p1; d = scan.p2; }
  else { y = expandYear(scan.p3); m = scan.p2; d = scan.p1; }
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return 0;
  return y * 372 + (m - 1) * 31 + d;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

function isSeparator(c: number): boolean {
  return c === 45 || c === 47 || c === 46 || c === 32 || c === 44; // - / . space ,
}
