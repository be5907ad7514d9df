import { SSF, type CellObject } from '@e965/xlsx';
import { excelSerialToIso } from './excel-date';

/**
 * One spreadsheet cell as the text a CSV export would hold, so sheets go through the same
 * inference as CSV files. Date-formatted numbers become ISO dates (unambiguous for the date
 * inference); other numbers are written plainly, without thousands separators.
 */
export interface CellTextOptions {
  date1904: boolean;
  /** Decimal separator to write numbers with (the caller's hint, else '.'), so hints stay consistent. */
  decimal: ',' | '.';
}

export function cellText(cell: CellObject | undefined, opts: CellTextOptions): string {
  if (!cell) return '';
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'n': {
      const v = cell.v as number;
      if (isDateFormat(cell.z)) return excelSerialToIso(v, opts.date1904) ?? numberText(v, opts.decimal);
      return numberText(v, opts.decimal);
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'd':
      // Only with cellDates, which the parser does not set; keep the calendar day in UTC.
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : '';
    case 'e':
    case 'z':
      return '';
    default:
      return '';
  }
}

function isDateFormat(format: CellObject['z']): boolean {
  if (format === undefined) return false;
  try {
    return SSF.is_date(format) as boolean;
  } catch {
    return false;
  }
}

/**
 * A spreadsheet number as decimal text. Excel stores doubles, so 0.1 + 0.2 arrives as
 * 0.30000000000000004; Excel itself shows 15 significant digits, and so does this, which
 * removes such artifacts without rounding real cents. Money is converted to integer minor
 * units from this text (amount-parse.ts), never from the double.
 */
export function numberText(v: number, decimal: ',' | '.' = '.'): string {
  if (!Number.isFinite(v)) return '';
  let text: string;
  if (Number.isInteger(v) && Math.abs(v) < 1e15) text = String(v);
  else {
    text = v.toPrecision(15);
    if (text.includes('e')) text = v.toFixed(10);
    if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  }
  return decimal === ',' ? text.replace('.', ',') : text;
}
