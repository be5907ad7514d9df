import type { CellObject, WorkSheet } from '@e965/xlsx';
import { cellText, type CellTextOptions } from './cell-text';

/**
 * A dense SheetJS worksheet as rows of cell text. Row i of the result is spreadsheet row
 * i + 1 (missing rows become empty), so row numbers in errors match what the user sees.
 */
export function sheetRows(sheet: WorkSheet, opts: CellTextOptions, maxRows: number): string[][] {
  const data = (sheet as { '!data'?: (CellObject[] | undefined)[] })['!data'] ?? [];
  const count = Math.min(data.length, maxRows);
  const rows: string[][] = new Array(count);
  for (let r = 0; r < count; r++) {
    const cells = data[r];
    if (!cells) { rows[r] = []; continue; }
    const row: string[] = new Array(cells.length);
    for (let c = 0; c < cells.length; c++) row[c] = cellText(cells[c], opts);
    rows[r] = row;
  }
  return rows;
}
