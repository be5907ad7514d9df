import { describe, expect, it } from 'vitest';
import { StatementError, type ParseHints } from '../types';
import { parseTable } from './table.parser';

/** Rows from "a;b;c" lines (no quoting needed in these tests). */
function table(text: string, hints?: ParseHints) {
  const rows = text.trim().split('\n').map((l) => l.split(';'));
  const result = parseTable({ rows, format: 'csv', delimiter: ';', hints });
  const section = result.sections[0]!;
  return { result, statement: section.statement, txs: section.transactions };
}

const amounts = (txs: { amountMinor: number }[]) => txs.map((t) => t.amountMinor);
const dates = (txs: { date: string }[]) => txs.map((t) => t.date);

describe('parseTable: dates', () => {
  it('reads D/M/Y when a day above 12 appears anywhere in the column', () => {
    const lines = ['Date;Text;Amount'];
    for (let d = 1; d <= 12; d++) lines.push(`${String(d).padStart(2, '0')}/03/2024;x;-1.00`);
    lines.push('25/03/2024;x;-1.00');
    const { txs, result } = table(lines.join('\n'));
    expect(txs[0]!.date).toBe('2024-03-01');
    expect(txs.at(-1)!.date).toBe('2024-03-25');
    expect(result.layout?.hints.dateOrder).toBe('dmy');
  });

  it('reads M/D/Y from a second field above 12', () => {
    const { txs } = table('Date;Text;Amount\n01/05/2024;x;-1.00\n01/28/2024;y;2.00');
    expect(dates(txs)).toEqual(['2024-01-05', '2024-01-28']);
  });

  it('reads Y/M/D and compact dates', () => {
    expect(dates(table('Date;Text;Amount\n2024/01/05;x;1\n2024/01/06;y;2').txs)).toEqual(['2024-01-05', '2024-01-06']);
    expect(dates(table('Date;Text;Amount\n20240105;x;1\n20240106;y;2').txs)).toEqual(['2024-01-05', '2024-01-06']);
  });

  it('reads two-digit years', () => {
    expect(dates(table('Buchungstag;Text;Betrag\n31.01.24;x;-1,00\n01.02.24;y;2,00').txs)).toEqual(['2024-01-31', '2024-02-01']);
  });

  it('reads month names in several languages', () => {
    expect(dates(table('Date;Text;Amount\n07 Nov 2013;x;1\n10-Nov-9;y;2\n4 ene 2019;z;3\n3. März 2024;w;4').txs))
      .toEqual(['2013-11-07', '2009-11-10', '2019-01-04', '2024-03-03']);
  });

  it('takes the date order from the hint over the column', () => {
    const { txs } = table('Date;Text;Amount\n02/12/2009;x;1\n02/12/2009;y;2', { dateOrder: 'dmy' });
    expect(dates(txs)).toEqual(['2009-12-02', '2009-12-02']);
    const us = table('Date;Text;Amount\n02/12/2009;x;1\n02/12/2009;y;2', { dateOrder: 'mdy' });
    expect(dates(us.txs)).toEqual(['2009-02-12', '2009-02-12']);
  });

  it('reads a value date column', () => {
    const { txs } = table('Buchungstag;Valuta;Text;Betrag\n31.01.2024;01.02.2024;x;-1,00');
    expect(txs[0]).toMatchObject({ date: '2024-01-31', valueDate: '2024-02-01' });
  });
});

describe('parseTable: amounts', () => {
  it('reads a decimal comma with thousands points', () => {
    expect(amounts(table('Datum;Text;Betrag\n01.01.2024;x;-1.234,56\n02.01.2024;y;12,5').txs)).toEqual([-123456, 1250]);
  });

  it('reads a decimal point with thousands commas', () => {
    expect(amounts(table('Date;Text;Amount\n2024-01-01;x;"-1,234.56"\n2024-01-02;y;12.50'.replace(/"/g, '')).txs)).toEqual([-123456, 1250]);
  });

  it('decides the separator from the whole column', () => {
    const lines = ['Date;Text;Amount'];
    for (let i = 0; i < 50; i++) lines.push('2024-01-01;x;1.000');
    lines.push('2024-01-02;y;7,25');
    const { txs } = table(lines.join('\n'));
    expect(txs[0]!.amountMinor).toBe(100000);
    expect(txs.at(-1)!.amountMinor).toBe(725);
  });

  it('reads parentheses and trailing minus as negative', () => {
    expect(amounts(table('Date;Text;Amount\n2024-01-01;x;(12.34)\n2024-01-02;y;5.00-\n2024-01-03;z;7.00').txs)).toEqual([-1234, -500, 700]);
  });

  it('takes the decimal separator from the hint', () => {
    expect(amounts(table('Date;Text;Amount\n2024-01-01;x;1.234\n2024-01-02;y;2.500', { decimal: ',' }).txs)).toEqual([123400, 250000]);
    expect(amounts(table('Date;Text;Amount\n2024-01-01;x;1.234\n2024-01-02;y;2.500', { decimal: '.' }).txs)).toEqual([123, 250]);
  });

  it('combines separate debit and credit columns, signed or not', () => {
    const { txs } = table('Date;Text;Debit;Credit\n2024-01-01;x;12.00;\n2024-01-02;y;;30.00\n2024-01-03;z;-5.00;');
    expect(amounts(txs)).toEqual([-1200, 3000, -500]);
  });

  it('signs unsigned amounts by an indicator column', () => {
    const { txs } = table('Datum;Naam;Af Bij;Bedrag\n20240101;A;Af;12,34\n20240102;B;Bij;100,00');
    expect(amounts(txs)).toEqual([-1234, 10000]);
    const sh = table('Buchungstag;Text;Umsatz;Soll/Haben\n01.01.2024;A;12,34;S\n02.01.2024;B;100,00;H');
    expect(amounts(sh.txs)).toEqual([-1234, 10000]);
  });

  it('trusts signed amounts over an indicator column, keeping its words in the memo', () => {
    const { txs } = table('Date;Text;Type;Amount\n2024-01-01;Card;DEBIT;30.00\n2024-01-02;Payment;CREDIT;-500.00');
    expect(amounts(txs)).toEqual([3000, -50000]);
    expect(txs[0]!.memo).toContain('DEBIT');
  });

  it('uses the currency scale of the row', () => {
    const { txs } = table('Date;Text;Amount;Currency\n2024-01-01;x;1500;JPY\n2024-01-02;y;12.5;EUR');
    expect(txs.map((t) => [t.amountMinor, t.currency])).toEqual([[1500, 'JPY'], [1250, 'EUR']]);
  });
});

describe('parseTable: columns', () => {
  it('maps header names in several languages', () => {
    const { txs } = table('Fecha Operación;Concepto;Importe;Saldo\n31/01/2024;COMPRA;-45,10;1.954,90');
    expect(txs[0]).toMatchObject({ date: '2024-01-31', description: 'COMPRA', amountMinor: -4510, balanceMinor: 195490 });
  });

  it('uses one text column as both payee and description', () => {
    const { txs } = table('Date;Description;Amount\n2024-01-01;COFFEE SHOP;-3.50');
    expect(txs[0]).toMatchObject({ payee: 'COFFEE SHOP', description: 'COFFEE SHOP', memo: '' });
  });

  it('keeps payee, description and memo apart when the bank has them', () => {
    const { txs } = table('Date;Name;Description;Type;Amount\n2024-01-01;Tesco;TESCO STORES 1234;Card payment;-3.50');
    expect(txs[0]).toMatchObject({ payee: 'Tesco', description: 'TESCO STORES 1234', memo: 'Card payment' });
  });

  it('takes the counterparty from payer or payee by the direction of the money', () => {
    const { txs } = table('Buchungsdatum;Zahlungspflichtige*r;Zahlungsempfänger*in;Verwendungszweck;Betrag (€)\n' +
      '31.01.24;Max;REWE;Einkauf;-45,10\n15.01.24;Arbeitgeber AG;Max;Gehalt;2.500,00');
    expect(txs.map((t) => t.payee)).toEqual(['REWE', 'Arbeitgeber AG']);
    expect(txs[0]!.currency).toBe('EUR');
  });

  it('reads further payee columns where the first is empty (Wise: payee name, then merchant)', () => {
    const { txs } = table('Date;Amount;Description;Payee Name;Merchant\n31-01-2024;-23.45;Card transaction;;Tesco\n30-01-2024;-5.00;Transfer;Anna;');
    expect(txs.map((t) => t.payee)).toEqual(['Tesco', 'Anna']);
  });

  it('fills category, reference and the statement account', () => {
    const { txs, statement } = table('IBAN;Date;Reference;Description;Category;Amount\n' +
      'DE89370400440532013000;2024-01-01;R1;Rent;Housing;-900.00\nDE89370400440532013000;2024-01-02;R2;Salary;Income;2000.00');
    expect(txs[0]).toMatchObject({ reference: 'R1', category: 'Housing' });
    expect(statement.accountId).toBe('DE89370400440532013000');
  });

  it('follows column hints by header name or index', () => {
    const text = 'Date;Booked;Text;Amount;Fee\n2024-01-01;2024-01-03;x;-10.00;-1.00';
    const { txs, result } = table(text, { columns: { date: 'Booked', amount: 4 } });
    expect(txs[0]).toMatchObject({ date: '2024-01-03', amountMinor: -100 });
    expect(result.layout?.hints.columns).toMatchObject({ date: 1, amount: 4 });
  });
});

describe('parseTable: balance and total rows', () => {
  it('takes a previous-balance row as the opening balance, not a transaction', () => {
    const { txs, statement } = table('Data;Histórico;Valor\n10/31/2012;Saldo Anterior;100.00\n11/01/2012;Proventos;1000.00');
    expect(txs).toHaveLength(1);
    expect(statement).toMatchObject({ openingBalanceMinor: 10000, openingDate: '2012-10-31' });
  });

  it('takes closing rows and drops total rows', () => {
    const { txs, statement } = table('Date;Description;Amount\n2024-01-01;Rent;-900.00\nTotal;;-900.00\n2024-01-31;Closing balance;100.00');
    expect(txs).toHaveLength(1);
    expect(statement).toMatchObject({ closingBalanceMinor: 10000, closingDate: '2024-01-31' });
  });

  it('derives opening and closing balances from a running balance column', () => {
    const { statement } = table('Date;Text;Amount;Balance\n2024-01-31;c;-5.00;95.00\n2024-01-15;b;50.00;100.00\n2024-01-02;a;-10.00;50.00');
    expect(statement).toMatchObject({ openingBalanceMinor: 6000, openingDate: '2024-01-02', closingBalanceMinor: 9500, closingDate: '2024-01-31' });
  });
});

describe('parseTable: currency', () => {
  it('uses the currency column, then the header, then symbols, then the hint', () => {
    expect(table('Date;Text;Amount;Currency\n2024-01-01;x;1.00;CHF').txs[0]!.currency).toBe('CHF');
    expect(table('Date;Text;Amount (GBP)\n2024-01-01;x;1.00').txs[0]!.currency).toBe('GBP');
    expect(table('Date;Text;Amount\n2024-01-01;x;1,00 €').txs[0]!.currency).toBe('EUR');
    expect(table('Date;Text;Amount\n2024-01-01;x;1.00', { currency: 'CAD' }).txs[0]!.currency).toBe('CAD');
  });

  it('defaults to EUR for decimal-comma files and USD otherwise', () => {
    expect(table('Datum;Text;Betrag\n01.01.2024;x;-1,50').txs[0]!.currency).toBe('EUR');
    expect(table('Date;Text;Amount\n2024-01-01;x;-1.50').txs[0]!.currency).toBe('USD');
  });
});

describe('parseTable: bad rows', () => {
  it('reports a broken row by its line and reads the rest', () => {
    const { txs, result } = table('Date;Text;Amount\n2024-01-01;a;1.00\n2024-02-30;b;2.00\n2024-01-03;c;abc\n2024-01-04;d;4.00');
    expect(amounts(txs)).toEqual([100, 400]);
    expect(result.errors.map((e) => e.line)).toEqual([3, 4]);
    expect(result.errors[0]!.message).toContain('2024-02-30');
  });

  it('skips blank rows, repeated headers and footnotes silently', () => {
    const { txs, result } = table('Date;Text;Amount\n2024-01-01;a;1.00\n;;\nDate;Text;Amount\n2024-01-02;b;2.00\n* pending items are not shown');
    expect(txs).toHaveLength(2);
    expect(result.errors).toEqual([]);
  });

  it('gives transactions their line numbers', () => {
    expect(table('Date;Text;Amount\n\n2024-01-01;a;1.00').txs[0]!.line).toBe(3);
  });

  it('reads an export of an empty period as no transactions', () => {
    const { txs, result } = table('Buchungstag;Verwendungszweck;Betrag\n');
    expect(txs).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('refuses a table without date and amount columns', () => {
    expect(() => table('Name;City\nAnna;Paris\nBob;Rome')).toThrow(StatementError);
  });
});
