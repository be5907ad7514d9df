import { parseAmount } from './amount-parse';
import { newDateScan, scanDate } from './date-scan';
import { readHeader } from './header-vocabulary';

/**
 * Where the transactions start: after the header row when one is recognised (anywhere in the
 * first rows, so bank preambles with account number, period and balance are skipped), else at
 * the first run of rows that hold a date and an amount.
 */
export interface TableStart {
  headerRow: number | null;
  dataStart: number;
}

type Rows = readonly (readonly string[])[];

const HEADER_SCAN_ROWS = 60;
const KEY_ROLES = new Set(['date', 'valueDate', 'amount', 'debit', 'credit', 'balance']);

export function findTableStart(rows: Rows): TableStart | null {
  const header = findHeaderRow(rows);
  if (header !== null) return { headerRow: header, dataStart: header + 1 };
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < limit; i++) {
    if (!isDataRow(rows[i]!)) continue;
    const next = nextNonEmpty(rows, i + 1);
    if (next === -1 || isDataRow(rows[next]!)) return { headerRow: null, dataStart: i };
  }
  return null;
}

function findHeaderRow(rows: Rows): number | null {
  let best: number | null = null;
  let bestScore = 0;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = rows[i]!;
    let recognized = 0;
    let key = false;
    let filled = 0;
    let data = false;
    for (const cell of row) {
      const text = cell.trim();
      if (text === '') continue;
      filled++;
      if (looksLikeData(text)) { data = true; break; }
      const matches = readHeader(text).matches;
      if (matches.length > 0) recognized++;
      if (matches.some((m) => KEY_ROLES.has(m.role))) key = true;
    }
    if (data || filled < 2 || recognized < 2 || !key) continue;
    // Most header cells should be known words; a preamble line rarely has two.
    const score = recognized + recognized / filled;
    if (score > bestScore) { best = i; bestScore = score; }
  }
  return best;
}

const scan = newDateScan();

/** A cell holding a date or a number: header cells never do. */
function looksLikeData(text: string): boolean {
  return scanDate(text, scan) || parseAmount(text, '.', 2) !== null || parseAmount(text, ',', 2) !== null;
}

/** A row with a date cell and, in another cell, a number. */
export function isDataRow(row: readonly string[]): boolean {
  let dateAt = -1;
  for (let c = 0; c < row.length; c++) {
    if (scanDate(row[c]!.trim(), scan)) { dateAt = c; break; }
  }
  if (dateAt === -1) return false;
  for (let c = 0; c < row.length; c++) {
    if (c === dateAt) continue;
    const text = row[c]!.trim();
    if (text !== '' && (parseAmount(text, '.', 2) !== null || parseAmount(text, ',', 2) !== null) && !scanDate(text, scan)) return true;
  }
  return false;
}

export function isBlankRow(row: readonly string[]): boolean {
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}

function nextNonEmpty(rows: Rows, from: number): number {
  for (let i = from; i < rows.length; i++) if (!isBlankRow(rows[i]!)) return i;
  return -1;
}
