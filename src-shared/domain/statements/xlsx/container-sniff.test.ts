import { describe, expect, it } from 'vitest';
import { sniffSpreadsheet } from './container-sniff';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('sniffSpreadsheet', () => {
  it('knows XLSX by a ZIP holding xl/workbook, not any ZIP', () => {
    expect(sniffSpreadsheet(bytes([0x50, 0x4b, 0x03, 0x04], 'xxxx[Content_Types].xml xl/workbook.xml'), '')).toEqual({ format: 'xlsx', score: 0.95 });
    expect(sniffSpreadsheet(bytes([0x50, 0x4b, 0x03, 0x04], 'word/document.xml'), '')).toBeNull();
  });

  it('knows XLS by an OLE file holding a Workbook stream', () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    expect(sniffSpreadsheet(bytes(ole, [0x57, 0, 0x6f, 0, 0x72, 0, 0x6b, 0, 0x62, 0, 0x6f, 0, 0x6f, 0, 0x6b, 0]), '')).toEqual({ format: 'xls', score: 0.95 });
    expect(sniffSpreadsheet(bytes(ole, 'WordDocument'), '')).toBeNull();
  });

  it('knows SpreadsheetML and, weakly, HTML tables', () => {
    const xml = '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">';
    expect(sniffSpreadsheet(bytes(xml), xml)).toEqual({ format: 'xls', score: 0.9 });
    const html = '<html><body><table><tr><td>01.01.2024</td><td>-1,00</td></tr></table></body></html>';
    expect(sniffSpreadsheet(bytes(html), html)).toEqual({ format: 'xls', score: 0.35 });
    expect(sniffSpreadsheet(bytes('<html><body>Hello</body></html>'), '<html><body>Hello</body></html>')).toBeNull();
    expect(sniffSpreadsheet(bytes('Date,Amount\n'), 'Date,Amount\n')).toBeNull();
  });
});
