import type { ParseHints } from '../types';
import { profileColumns, type ColumnProfile } from './column-profile';
import { assignRoles, type RoleAssignment } from './column-roles';
import { cellValue } from './row-reader';
import { findTableStart } from './table-start';

/**
 * The shape of a statement table, learned from its first rows: header (if any), where data
 * starts, and column roles. Date order and decimal separator are not decided here; they are
 * read from whole columns in table.parser.ts.
 */
export interface TableLayout {
  headerRow: number | null;
  header: string[] | null;
  dataStart: number;
  width: number;
  roles: RoleAssignment;
  profiles: ColumnProfile[];
  /** The data rows the layout was learned from. */
  sample: string[][];
}

type Rows = readonly (readonly string[])[];

const SAMPLE_ROWS = 1000;
const MAX_COLUMNS = 200;

export function detectTableLayout(rows: Rows, hints: ParseHints = {}): TableLayout | null {
  const start = findTableStart(rows);
  if (!start) return null;
  const header = start.headerRow === null ? null : rows[start.headerRow]!.map((h) => h.trim());
  const sample: string[][] = [];
  const headerKey = header?.join('\u0000');
  for (let i = start.dataStart; i < rows.length && sample.length < SAMPLE_ROWS; i++) {
    const row = rows[i]!.map(cellValue);
    // Blank lines, footnotes and repeated headers say nothing about the columns.
    if (row.filter((c) => c !== '').length < 2 || row.join('\u0000') === headerKey) continue;
    sample.push(row);
  }
  if (sample.length === 0 && !header) return null;
  let width = header ? header.length : 0;
  for (const row of sample) if (row.length > width) width = row.length;
  width = Math.min(width, MAX_COLUMNS);
  const profiles = profileColumns(sample, width);
  const roles = assignRoles(header, profiles, sample, hints.columns);
  if (!roles) return null;
  return { headerRow: start.headerRow, header, dataStart: start.dataStart, width, roles, profiles, sample };
}
