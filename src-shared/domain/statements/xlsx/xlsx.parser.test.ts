import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../text/decode';
import { DEFAULT_LIMITS, StatementError, type ParseHints, type StatementFormat } from '../types';
import { xlsxParser } from './xlsx.parser';

/** Workbooks are built in memory with SheetJS; test/fixtures/xlsx holds committed files too. */
function workbook(rows: unknown[][], dateCells: string[] = [], opts: { extraFirstSheet?: boolean; date1904?: boolean } = {}) {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  for (const ref of dateCells) sheet[ref]!.z = 'dd.mm.yyyy';
  const book = XLSX.utils.book_new();
  if (opts.extraFirstSheet) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Notes'], ['Page 1']]), 'Notes');
  XLSX.utils.book_append_sheet(book, sheet, 'Statement');
  if (opts.date1904) book.Workbook = { WBProps: { date1904: true } };
  return book;
}

function write(book: XLSX.WorkBook, bookType: XLSX.BookType): Uint8Array {
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType }));
}

function parse(bytes: Uint8Array, hints?: ParseHints) {
  const hit = xlsxParser.sniff(bytes, decodeText(bytes.subarray(0, 64 * 1024)).text);
  expect(hit).not.toBeNull();
  const result = xlsxParser.parse(bytes, hit!.format as StatementFormat, { hints, limits: DEFAULT_LIMITS });
  return { format: hit!.format, result, txs: result.sections[0]!.transactions };
}

const german = [
  ['Umsätze'], ['IBAN', 'DE89 3704 0044 0532 0130 00'], [],
  ['Buchungstag', 'Verwendungszweck', 'Betrag', 'Saldo'],
  [45322, 'Einkauf', -45.1, 1234.56],
  [45321, 'Gehalt', 0.1 + 0.2, 1279.66],
];

describe('xlsxParser', () => {
  it.each([['xlsx', 'xlsx'], ['biff8', 'xls'], ['xlml', 'xls']] as const)('reads %s workbooks as %s', (bookType, format) => {
    const { result, txs, format: sniffed } = parse(write(workbook(german, ['A5', 'A6'], { extraFirstSheet: true }), bookType));
    expect(sniffed).toBe(format);
    expect(txs.map((t) => [t.line, t.date, t.description, t.amountMinor, t.balanceMinor])).toEqual([
      [5, '2024-01-31', 'Einkauf', -4510, 123456],
      [6, '2024-01-30', 'Gehalt', 30, 127966],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.layout?.signature).toMatch(new RegExp(`^${format}/sheet/header:`));
  });

  it('reads the 1904 date system', () => {
    const { txs } = parse(write(workbook([['Date', 'Description', 'Amount'], [43844, 'Shop', -1.5]], ['A2'], { date1904: true }), 'biff8'));
    expect(txs[0]).toMatchObject({ date: '2024-01-15', amountMinor: -150 });
  });

  it('reads text cells with the same inference as CSV', () => {
    const { txs } = parse(write(workbook([['Datum', 'Omschrijving', 'Bedrag'], ['31-01-2024', 'AH', '-1.234,56'], ['01-02-2024', 'Loon', '2.000,00']]), 'xlsx'));
    expect(txs.map((t) => [t.date, t.amountMinor])).toEqual([['2024-01-31', -123456], ['2024-02-01', 200000]]);
  });

  it('reads HTML tables saved as .xls without guessing numbers', () => {
    const html = '<html><body><table><tr><th>Datum</th><th>Omschrijving</th><th>Bedrag</th></tr>' +
      '<tr><td>15.01.2024</td><td>Albert Heijn &amp; Co</td><td>-1.234,56</td></tr>' +
      '<tr><td>16.01.2024</td><td>Salaris</td><td>2.000,00</td></tr></table></body></html>';
    const { txs, format } = parse(new TextEncoder().encode(html));
    expect(format).toBe('xls');
    expect(txs.map((t) => [t.date, t.description, t.amountMinor])).toEqual([['2024-01-15', 'Albert Heijn & Co', -123456], ['2024-01-16', 'Salaris', 200000]]);
  });

  it('writes numbers with a hinted decimal comma so the hint stays consistent', () => {
    const { txs } = parse(write(workbook([['Date', 'Text', 'Amount'], ['2024-01-01', 'x', 1234.5]]), 'xlsx'), { decimal: ',' });
    expect(txs[0]!.amountMinor).toBe(123450);
  });

  it('refuses a workbook without a statement sheet', () => {
    const bytes = write(workbook([['Name', 'City'], ['Anna', 'Paris']]), 'xlsx');
    expect(() => parse(bytes)).toThrow(StatementError);
    expect(() => parse(bytes)).toThrow(/No sheet/);
  });

  it('refuses a broken file with PARSE_FAILED or UNSUPPORTED_FORMAT, never another error', () => {
    const good = write(workbook(german, ['A5', 'A6']), 'xlsx');
    fc.assert(fc.property(fc.integer({ min: 4, max: good.length - 1 }), fc.uint8Array({ maxLength: 64 }), (cut, noise) => {
      const bytes = new Uint8Array([...good.subarray(0, cut), ...noise]);
      try {
        xlsxParser.parse(bytes, 'xlsx', { limits: DEFAULT_LIMITS });
      } catch (err) {
        expect(err).toBeInstanceOf(StatementError);
      }
    }), { numRuns: 60 });
  });
});
