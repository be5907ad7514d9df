import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datesInOrder } from '../../src-shared/domain/matching/fingerprint';
import { openStatement } from '../../src-shared/domain/statements/open-statement';
import { parseStatement } from '../../src-shared/domain/statements/parse-statement';
import type { ParseOptions, ParsedTransaction } from '../../src-shared/domain/statements/types';
import { FIXTURES } from './corpus-case';

/**
 * An import reads a file through openStatement, in chunks. For every statement file of the
 * fixtures (the corpus of other projects' test suites, and some made here) the chunks must add
 * up to exactly what parseStatement gives: the same transactions in the same order, the same
 * statement, the same bad rows, the same refusal.
 */
const STATEMENT_FILE = /\.(csv|tsv|txt|ofx|qfx|qif|xml|sta|mta|940|xlsx|xls)$/i;

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return STATEMENT_FILE.test(name) && !name.startsWith('LICENSE') ? [path] : [];
  });
}

/** Reads the file the import's way, `chunk` rows at a time. */
function readInChunks(bytes: Uint8Array, chunk: number, opts: ParseOptions = {}) {
  const reading = openStatement(bytes, opts);
  const transactions: ParsedTransaction[] = [];
  for (let c = reading.next(chunk); c; c = reading.next(chunk)) transactions.push(...c);
  return { reading, transactions, end: reading.finish() };
}

function sameAsWhole(bytes: Uint8Array, opts: ParseOptions = {}): void {
  let whole: ReturnType<typeof parseStatement>;
  try {
    whole = parseStatement(bytes, opts);
  } catch (err) {
    expect(() => readInChunks(bytes, 3, opts)).toThrow(expect.objectContaining({ code: (err as { code: string }).code }));
    return;
  }
  for (const chunk of [3, 1000]) {
    const { reading, transactions, end } = readInChunks(bytes, chunk, opts);
    expect(reading.format).toBe(whole.format);
    expect(reading.layout).toEqual(whole.layout);
    expect(reading.layoutSource).toBe(whole.layoutSource);
    expect(transactions).toEqual(whole.transactions);
    expect(end.statement).toEqual(whole.statement);
    expect(end.errors).toEqual(whole.errors);
    expect(end.rowsRead).toBe(whole.transactions.length);
    // What is known before the rows holds for all of them.
    expect(reading.expectedRows).toBeGreaterThanOrEqual(whole.transactions.length);
    expect(reading.statement.accountId).toBe(whole.statement.accountId);
    if (reading.statement.currency !== null) expect(reading.statement.currency).toBe(whole.statement.currency);
    for (const t of whole.transactions) {
      expect(t.date >= reading.dateRange!.min && t.date <= reading.dateRange!.max, t.date).toBe(true);
    }
    if (reading.datesInOrder) expect(datesInOrder(whole.transactions)).toBe(true);
  }
}

describe('a statement read in chunks (openStatement) is the statement parsed whole', () => {
  const all = files(FIXTURES);

  it('covers the fixtures (a folder that goes missing fails here)', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
  });

  for (const path of all) {
    it(path.slice(FIXTURES.length + 1), () => sameAsWhole(new Uint8Array(readFileSync(path))));
  }

  const csv = (text: string) => new TextEncoder().encode(text);

  it('a CSV with balance rows, bad rows, a repeated header and a footnote', () => {
    sameAsWhole(csv([
      'Date;Text;Amount;Balance',
      ';Opening balance;;1.000,00',
      '02.01.2024;Coffee;-3,50;996,50',
      '03.01.2024;Salary;2.000,00;2.996,50',
      'Date;Text;Amount;Balance',
      '32.01.2024;Broken date;-1,00;2.995,50',
      '04.01.2024;Rent;-900,00;2.096,50',
      ';Closing balance;;2.096,50',
      'Printed 05.01.2024',
    ].join('\n')));
  });

  it('a CSV whose signs come from a debit/credit indicator (read whole, then signed)', () => {
    sameAsWhole(csv([
      'Date,Description,Amount,Dr/Cr,Balance',
      '2024-03-01,Coffee,3.50,DR,96.50',
      '2024-03-02,Refund,10.00,CR,106.50',
      '2024-03-03,Books,20.00,DR,86.50',
    ].join('\n')));
  });

  it('a CSV with a currency column, newest row first, and a saved layout', () => {
    const bytes = csv([
      'Booked,Payee,Value,Ccy',
      '05/03/2024,Hotel,-120.00,EUR',
      '04/03/2024,Taxi,-30.00,USD',
      '13/02/2024,Shop,-5.00,EUR',
    ].join('\n'));
    sameAsWhole(bytes);
    const layout = parseStatement(bytes).layout!;
    sameAsWhole(bytes, { savedLayouts: { [layout.signature]: { ...layout.hints, dateOrder: 'dmy' } } });
  });
});
