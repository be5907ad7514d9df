import Papa from 'papaparse';
import { StatementError } from '../types';

/**
 * CSV text -> rows of cells with papaparse (RFC 4180 quoting, any newline style), plus the
 * 1-based line of every row, which differs from the row index only when quoted cells hold
 * line breaks.
 */
export interface CsvRows {
  rows: string[][];
  /** Line of each row; null when every row is one line (row index + 1). */
  lines: Int32Array | null;
}

export function tokenizeCsv(text: string, delimiter: string): CsvRows {
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false, quoteChar: '"' });
  const rows = parsed.data;
  const nl = newlineChar(text);
  // papaparse returns one row per line (a trailing line break gives a last empty row), so
  // fewer rows than lines means quoted line breaks.
  const physical = countChar(text, nl) + 1;
  if (physical === rows.length) return { rows, lines: null };
  const lines = new Int32Array(rows.length);
  let line = 1;
  for (let r = 0; r < rows.length; r++) {
    lines[r] = line;
    line++;
    for (const cell of rows[r]!) {
      if (cell.length > 0 && cell.indexOf(nl) !== -1) line += countChar(cell, nl);
    }
  }
  return { rows, lines };
}

/**
 * Refuses files with a line longer than the limit before any parsing: such a "line" is a
 * broken or binary file, and would cost memory for nothing.
 */
export function checkLineLengths(text: string, maxLineLength: number): void {
  const nl = newlineChar(text);
  let start = 0;
  for (;;) {
    const end = text.indexOf(nl, start);
    const length = (end === -1 ? text.length : end) - start;
    if (length > maxLineLength) {
      const line = countChar(text.slice(0, start), nl) + 1;
      throw new StatementError('TOO_LARGE',
        `Line ${line} of the file is ${length} characters long; FinGood reads lines up to ${maxLineLength} characters. ` +
        'Check that this is the CSV export of a bank statement, or export it again with one transaction per line.');
    }
    if (end === -1) return;
    start = end + 1;
  }
}

/** "\n" for LF and CRLF files, "\r" for old Mac files that use CR alone. */
function newlineChar(text: string): string {
  return text.indexOf('\n') === -1 && text.indexOf('\r') !== -1 ? '\r' : '\n';
}

function countChar(text: string, ch: string): number {
  let n = 0;
  let at = text.indexOf(ch);
  while (at !== -1) {
    n++;
    at = text.indexOf(ch, at + 1);
  }
  return n;
}
