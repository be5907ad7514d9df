import { read, type WorkBook } from '@e965/xlsx';
import { StatementError, type FormatParser } from '../types';
import { detectTableLayout } from '../csv/table-layout';
import { parseTable } from '../csv/table.parser';
import { sniffSpreadsheet } from './container-sniff';
import { sheetRows } from './sheet-rows';

/**
 * XLSX and XLS statements (also SpreadsheetML 2003 and HTML tables saved as .xls) through
 * SheetJS. The first sheet that looks like a statement is turned into rows of cell text and
 * read by the same table core as CSV (csv/table.parser.ts).
 */
export const xlsxParser: FormatParser = {
  formats: ['xlsx', 'xls'],

  sniff(bytes, head) {
    return sniffSpreadsheet(bytes, head);
  },

  parse(bytes, format, opts) {
    const workbook = readWorkbook(bytes, format);
    const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
    const decimal = opts.hints?.decimal ?? '.';
    for (const name of workbook.SheetNames) {
      const sheet = workbook.Sheets[name];
      if (!sheet) continue;
      const rows = sheetRows(sheet, { date1904, decimal }, opts.limits.maxRows + 1000);
      if (!detectTableLayout(rows, opts.hints ?? {})) continue;
      return parseTable({ rows, format, hints: opts.hints });
    }
    throw new StatementError('UNSUPPORTED_FORMAT',
      `No sheet of this ${format.toUpperCase()} file has a date column and an amount column. Open it in a spreadsheet program, check that it is the statement export, or save the statement sheet as CSV.`);
  },
};

function readWorkbook(bytes: Uint8Array, format: string): WorkBook {
  try {
    // raw: text cells of HTML and XML exports stay text; SheetJS's own number guessing reads
    // "-1.234,56" as -1.23456.
    return read(bytes, {
      type: 'array', cellDates: false, dense: true, cellNF: true, raw: true,
      cellFormula: false, cellHTML: false, bookVBA: false, bookDeps: false,
    });
  } catch (err) {
    throw new StatementError('PARSE_FAILED',
      `The ${format.toUpperCase()} file could not be opened (${(err as Error).message}). Check that it is complete, or export the statement again.`);
  }
}
