import { describe, expect, it } from 'vitest';
import { decodeText } from '../../text/decode';
import { DEFAULT_LIMITS, StatementError, type ParseHints, type StatementFormat } from '../types';
import { csvParser } from './csv.parser';

const utf8 = (text: string) => new TextEncoder().encode(text);

function parse(bytes: Uint8Array, hints?: ParseHints, format: StatementFormat = 'csv') {
  const result = csvParser.parse(bytes, format, { hints, limits: DEFAULT_LIMITS });
  return { result, txs: result.sections[0]!.transactions };
}

function sniff(bytes: Uint8Array) {
  return csvParser.sniff(bytes, decodeText(bytes.subarray(0, 64 * 1024)).text);
}

describe('csvParser: encodings', () => {
  const text = 'Datum;Empfänger;Betrag\n01.02.2024;Bäckerei Müller;-3,50\n';

  it('reads UTF-8 with and without BOM', () => {
    expect(parse(utf8(text)).txs[0]!.payee).toBe('Bäckerei Müller');
    expect(parse(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])).txs[0]!.payee).toBe('Bäckerei Müller');
  });

  it('reads UTF-16 little endian with a BOM', () => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff; bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(parse(bytes).txs[0]).toMatchObject({ payee: 'Bäckerei Müller', amountMinor: -350 });
  });

  it('reads Windows-1252 / ISO-8859-1', () => {
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    expect(parse(bytes).txs[0]!.payee).toBe('Bäckerei Müller');
    const pounds = Uint8Array.from([...'Date,Description,Paid out\n31/01/2024,TESCO,\xa323.45\n'].map((c) => c.charCodeAt(0)));
    expect(parse(pounds).txs[0]).toMatchObject({ amountMinor: -2345, currency: 'GBP' });
  });
});

describe('csvParser: delimiters and quoting', () => {
  it.each([
    [',', 'Date,Description,Amount\n2024-01-05,"Coffee, large",-3.50\n'],
    [';', 'Date;Description;Amount\n2024-01-05;Coffee, large;-3,50\n'],
    ['\t', 'Date\tDescription\tAmount\n2024-01-05\tCoffee, large\t-3.50\n'],
    ['|', 'Date|Description|Amount\n2024-01-05|Coffee, large|-3.50\n'],
  ])('splits on %j', (_d, text) => {
    expect(parse(utf8(text)).txs[0]).toMatchObject({ date: '2024-01-05', description: 'Coffee, large', amountMinor: -350 });
  });

  it('follows an Excel "sep=" line', () => {
    const { txs } = parse(utf8('sep=;\nDate;Description;Amount\n2024-01-05;Coffee, large, to go;-3,50\n'));
    expect(txs[0]).toMatchObject({ line: 3, description: 'Coffee, large, to go', amountMinor: -350 });
  });

  it('keeps line numbers right when quoted cells span lines', () => {
    const { txs, result } = parse(utf8('Date,Description,Amount\n2024-01-05,"two\nlines",-1.00\n2024-01-06,x,oops\n2024-01-07,y,2.00\n'));
    expect(txs.map((t) => t.line)).toEqual([2, 5]);
    expect(txs[0]!.description).toBe('two lines');
    expect(result.errors).toEqual([{ line: 4, message: expect.stringContaining('oops') }]);
  });

  it('reads CR-only line ends and Excel ="..." cells', () => {
    const { txs } = parse(utf8('Date;Reference;Text;Amount\r2024-01-05;="000123";x;-1,00\r'));
    expect(txs[0]).toMatchObject({ reference: '000123', amountMinor: -100 });
  });

  it('reads a tab file forced as TSV', () => {
    const { result } = parse(utf8('2024-01-05\tx\t-1.00\n2024-01-06\ty\t2.00\n'), undefined, 'tsv');
    expect(result.layout?.hints.format).toBe('tsv');
  });
});

describe('csvParser: preamble and header-less files', () => {
  it('skips a bank preamble before the header', () => {
    const text = 'Umsatzanzeige;Datei erstellt am: 15.02.2024\n\nIBAN;DE12 5001 0517 1234 5678 90\nZeitraum;01.01.2024 - 31.01.2024\n' +
      'Saldo;1.234,56;EUR\n\nBuchung;Valuta;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Saldo;Währung;Betrag;Währung\n' +
      '31.01.2024;31.01.2024;REWE Markt GmbH;Lastschrift;REWE SAGT DANKE;1.234,56;EUR;-45,10;EUR\n';
    const { txs, result } = parse(utf8(text));
    expect(txs).toHaveLength(1);
    expect(txs[0]).toMatchObject({ line: 8, date: '2024-01-31', payee: 'REWE Markt GmbH', description: 'REWE SAGT DANKE', amountMinor: -4510, balanceMinor: 123456, currency: 'EUR' });
    expect(result.errors).toEqual([]);
  });

  it('reads a file without header from its content (Wells Fargo style)', () => {
    const { txs } = parse(utf8('"01/31/2024","-23.45","*","","AMAZON MKTPLACE PMTS"\n"01/05/2024","2000.00","*","","ACME PAYROLL"\n'));
    expect(txs.map((t) => [t.date, t.amountMinor, t.description])).toEqual([
      ['2024-01-31', -2345, 'AMAZON MKTPLACE PMTS'], ['2024-01-05', 200000, 'ACME PAYROLL'],
    ]);
  });

  it('finds debit and credit columns without a header', () => {
    const { txs } = parse(utf8('02/12/2009,Check 122,122,-$76.00,"","$1,750.06"\n02/13/2009,Deposit,"","",+$327.49,"$2,077.55"\n' +
      '02/14/2009,Check 123,123,-$7.55,"","$2,070.00"\n'));
    expect(txs.map((t) => t.amountMinor)).toEqual([-7600, 32749, -755]);
    expect(txs.map((t) => t.balanceMinor)).toEqual([175006, 207755, 207000]);
  });

  it('finds the amount among balance columns by how they add up', () => {
    const text = '123\tEUR\t20240131\t1000,00\t987,66\t20240131\t-12,34\tALBERT HEIJN\n123\tEUR\t20240201\t987,66\t2987,66\t20240201\t2000,00\tSALARIS\n';
    const { txs } = parse(utf8(text));
    expect(txs.map((t) => [t.amountMinor, t.balanceMinor])).toEqual([[-1234, 98766], [200000, 298766]]);
  });
});

describe('csvParser: limits', () => {
  it('refuses a line longer than the limit with a way forward', () => {
    const text = `Date,Description,Amount\n2024-01-01,${'x'.repeat(200)},1.00\n`;
    const run = () => csvParser.parse(utf8(text), 'csv', { limits: { ...DEFAULT_LIMITS, maxLineLength: 100 } });
    expect(run).toThrow(StatementError);
    expect(run).toThrow(/Line 2 .* export it again/);
    try { run(); } catch (e) { expect((e as StatementError).code).toBe('TOO_LARGE'); }
  });

  it('refuses text without columns', () => {
    expect(() => parse(utf8('just a letter\nwith two lines\n'))).toThrow(StatementError);
  });
});

describe('csvParser: sniff', () => {
  it('scores tabular text with dates and amounts low, as csv or tsv', () => {
    expect(sniff(utf8('Date,Description,Amount\n2024-01-05,Coffee,-3.50\n'))).toEqual({ format: 'csv', score: 0.3 });
    expect(sniff(utf8('2024-01-05\tCoffee\t-3.50\n2024-01-06\tTea\t-2.50\n'))).toEqual({ format: 'tsv', score: 0.3 });
  });

  it('reads a one-line file with non-ASCII text', () => {
    expect(sniff(utf8('31.01.2024;Bäckerei;-3,50'))).toEqual({ format: 'csv', score: 0.3 });
  });

  it('ignores text that is no statement', () => {
    expect(sniff(utf8('Name,City\nAnna,Paris\nBob,Rome\n'))).toBeNull();
    expect(sniff(utf8('Dear customer,\nthank you for your letter.\n'))).toBeNull();
    expect(sniff(utf8('!Type:Bank\nD01/05/2024\nT-3.50\nPCoffee\n^\n'))).toBeNull();
    expect(sniff(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))).toBeNull();
  });
});

describe('csvParser: layout', () => {
  const header = 'Buchungstag;Verwendungszweck;Betrag\n';

  it('names the layout by its header, not its preamble or data', () => {
    const a = parse(utf8(`Konto;DE1\n\n${header}01.01.2024;a;-1,00\n`)).result.layout!;
    const b = parse(utf8(`Konto;DE2\nZeitraum;2024\n\n${header}05.03.2024;b;7,00\n02.03.2024;c;1,00\n`)).result.layout!;
    const c = parse(utf8(`Buchungstag;Text;Betrag\n01.01.2024;a;-1,00\n`)).result.layout!;
    expect(a.signature).toBe(b.signature);
    expect(a.signature).not.toBe(c.signature);
    expect(a.signature).toMatch(/^csv\/semicolon\/header:[0-9a-f]{16}$/);
  });

  it('returns hints that read the file the same way again', () => {
    const bytes = utf8('Date,Details,Debit,Credit,Balance\n03/01/2024,Shop,12.00,,88.00\n03/02/2024,Pay,,100.00,188.00\n');
    const first = parse(bytes);
    const again = parse(bytes, first.result.layout!.hints);
    expect(again.txs).toEqual(first.txs);
    expect(first.result.layout!.hints).toMatchObject({ dateOrder: 'mdy', decimal: '.', columns: { date: 0, debit: 2, credit: 3, balance: 4 } });
  });
});
