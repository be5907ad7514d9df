import type { DateOrder } from '../types';
import { DATE_FIXED, DATE_NUMERIC, newDateScan, scanDate, scanOrdinal, type DateScan } from './date-scan';
import { daysInMonth, expandYear, isoDate } from '../../dates/iso-date';

/**
 * Chooses day-month vs month-day for a whole date column. Every cell is fed once (`add`); the
 * decision uses all of them, because the first rows of a statement (01/02, 03/02, ...) rarely
 * show a day above 12. When every cell fits both orders, the order under which the column is
 * sorted and spans the shorter period wins; only then the file's other signals (`fallback`).
 */
export class DateOrderEvidence {
  /** Cells that held a date of any shape. */
  dates = 0;
  /** Cells of the ambiguous a/b/yyyy shape, and how many are valid under each order. */
  numeric = 0;
  dmyValid = 0;
  mdyValid = 0;
  private readonly scan: DateScan = newDateScan();
  private lastText = '';
  private lastKind = 0;
  private lastDmy = false;
  private lastMdy = false;
  private readonly dmy = new Trend();
  private readonly mdy = new Trend();

  add(text: string): void {
    // Files repeat each date text many times; the previous row's text is the common repeat.
    if (text === this.lastText) { this.repeat(); return; }
    this.lastText = text;
    this.lastKind = 0;
    const s = this.scan;
    if (!scanDate(text, s)) return;
    this.dates++;
    if (s.kind !== DATE_NUMERIC) return;
    this.numeric++;
    const year = expandYear(s.p3);
    const dmyOk = validDay(year, s.p2, s.p1);
    const mdyOk = validDay(year, s.p1, s.p2);
    if (dmyOk) this.dmyValid++;
    if (mdyOk) this.mdyValid++;
    if (dmyOk && mdyOk) {
      this.dmy.add(scanOrdinal(s, 'dmy'));
      this.mdy.add(scanOrdinal(s, 'mdy'));
    }
    this.lastKind = s.kind;
    this.lastDmy = dmyOk;
    this.lastMdy = mdyOk;
  }

  /** Counts the same text as the previous cell again (its ordinals do not move the trend). */
  private repeat(): void {
    if (this.lastKind === 0) return;
    this.dates++;
    if (this.lastKind !== DATE_NUMERIC) return;
    this.numeric++;
    if (this.lastDmy) this.dmyValid++;
    if (this.lastMdy) this.mdyValid++;
  }

  /** The order for the column's a/b/yyyy cells (irrelevant, and 'ymd', when there are none). */
  decide(fallback: 'dmy' | 'mdy'): DateOrder {
    if (this.numeric === 0) return 'ymd';
    if (this.dmyValid !== this.mdyValid) return this.dmyValid > this.mdyValid ? 'dmy' : 'mdy';
    const dmyBreaks = this.dmy.breaks();
    const mdyBreaks = this.mdy.breaks();
    if (dmyBreaks !== mdyBreaks) return dmyBreaks < mdyBreaks ? 'dmy' : 'mdy';
    const dmySpan = this.dmy.span();
    const mdySpan = this.mdy.span();
    // A statement covers a short period; only a clear difference counts.
    if (dmySpan * 2 < mdySpan) return 'dmy';
    if (mdySpan * 2 < dmySpan) return 'mdy';
    return fallback;
  }
}

/** isoDate(...) !== null without building the string: this runs for every row. */
function validDay(year: number, month: number, day: number): boolean {
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Direction changes and range of a date sequence in file order. */
class Trend {
  private prev = 0;
  private up = 0;
  private down = 0;
  private min = Number.MAX_SAFE_INTEGER;
  private max = 0;

  add(ordinal: number): void {
    if (ordinal === 0) return;
    if (this.prev !== 0) {
      if (ordinal > this.prev) this.up++;
      else if (ordinal < this.prev) this.down++;
    }
    this.prev = ordinal;
    if (ordinal < this.min) this.min = ordinal;
    if (ordinal > this.max) this.max = ordinal;
  }

  /** Steps against the column's main direction (0 for a sorted column). */
  breaks(): number {
    return Math.min(this.up, this.down);
  }

  span(): number {
    return this.max >= this.min ? this.max - this.min : 0;
  }
}

/** Share of non-empty cells that read as a date of any shape (for finding date columns). */
export function dateShare(values: readonly string[]): number {
  const scan = newDateScan();
  let filled = 0;
  let dates = 0;
  for (const v of values) {
    if (v === '') continue;
    filled++;
    if (scanDate(v, scan) && (scan.kind !== DATE_FIXED || isoDate(scan.p1, scan.p2, scan.p3) !== null)) dates++;
  }
  return filled === 0 ? 0 : dates / filled;
}
