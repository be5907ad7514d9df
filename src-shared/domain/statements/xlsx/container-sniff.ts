import type { StatementFormat } from '../types';

/**
 * Spreadsheet containers by their bytes: XLSX (ZIP holding xl/workbook), XLS (OLE compound
 * file holding a Workbook stream), SpreadsheetML 2003 XML, and HTML tables saved as .xls,
 * which many banks export.
 */
export function sniffSpreadsheet(bytes: Uint8Array, head: string): { format: StatementFormat; score: number } | null {
  if (startsWith(bytes, ZIP) && indexOfBytes(bytes, XL_WORKBOOK) !== -1) return { format: 'xlsx', score: 0.95 };
  if (startsWith(bytes, OLE) && (indexOfBytes(bytes, WORKBOOK_UTF16) !== -1 || indexOfBytes(bytes, BOOK_UTF16) !== -1)) {
    return { format: 'xls', score: 0.95 };
  }
  const start = head.slice(0, 4096).trimStart().toLowerCase();
  if (start.startsWith('<?xml') && head.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    return { format: 'xls', score: 0.9 };
  }
  // An HTML table may be any web page; a low score, above CSV, and the parser checks for a statement.
  if ((start.startsWith('<html') || start.startsWith('<!doctype html') || start.startsWith('<table')) &&
    /<table[\s>]/i.test(head) && /<t[dh][\s>]/i.test(head)) {
    return { format: 'xls', score: 0.35 };
  }
  return null;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const XL_WORKBOOK = ascii('xl/workbook');
const WORKBOOK_UTF16 = utf16le('Workbook');
const BOOK_UTF16 = utf16le('Book');

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

function indexOfBytes(bytes: Uint8Array, needle: readonly number[]): number {
  const first = needle[0]!;
  const last = bytes.length - needle.length;
  for (let i = bytes.indexOf(first); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

function utf16le(text: string): number[] {
  return [...text].flatMap((c) => [c.charCodeAt(0), 0]);
}
