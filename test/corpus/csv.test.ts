import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src-shared/domain/text/decode';
import { parseStatement } from '../../src-shared/domain/statements/parse-statement';
import { csvParser } from '../../src-shared/domain/statements/csv/csv.parser';
import { summaryKind } from '../../src-shared/domain/statements/csv/summary-rows';
import { xlsxParser } from '../../src-shared/domain/statements/xlsx/xlsx.parser';
import {
  DEFAULT_LIMITS, StatementError, type ParseHints, type ParsedTransaction, type StatementInfo,
} from '../../src-shared/domain/statements/types';
import { FIXTURES, corpusCases, expectWordsPresent, minor, parseCase } from './corpus-case';

const CASES = corpusCases('reckon-csv');

/**
 * Hints only where the file cannot decide. Both files hold the single date 02/12/2009 and
 * dollar amounts, which FinGood reads as the US 12 February; reckon was told "%d/%m/%Y".
 * Every other case (including those where reckon was told --comma-separates-cents, a
 * separator or the header line) is parsed without hints.
 */
const HINTS: Record<string, ParseHints> = {
  'ledger_date_format.csv': { dateOrder: 'dmy' },
  'spanish_date_example.csv': { dateOrder: 'dmy' },
};

describe.each(CASES.map((c) => [c.input, c] as const))('CSV corpus: %s', (name, c) => {
  const result = parseCase(c, HINTS[name]);
  const all: any[] = c.expected.transactions;
  // reckon imports a "Saldo Anterior" (previous balance) row as a transaction; FinGood takes
  // it as the statement's opening balance instead, so it is checked there.
  const balanceRows = all.filter((w) => summaryKind(String(w.description).split(';')[0]!) === 'opening');
  const want = all.filter((w) => !balanceRows.includes(w));

  it('is detected as CSV/TSV and parses without errors', () => {
    expect(['csv', 'tsv']).toContain(result.format);
    expect(result.errors).toEqual([]);
  });

  it('has exactly the asserted transactions: count, dates and amounts', () => {
    expect(result.transactions).toHaveLength(want.length);
    // reckon lists rows sorted by date (ledger order); FinGood keeps file order.
    expect(sortedPairs(result.transactions.map((t) => [t.date, t.amountMinor])))
      .toEqual(sortedPairs(want.map((w) => [w.date, minor(w.amount)])));
  });

  it("keeps the bank's words of every row", () => {
    // Rows with the same date and amount are told apart by their words: each expected row
    // needs its own transaction (a matching, since one text may contain another's words).
    const fits = want.map((w) => result.transactions
      .map((t, i) => (t.date === w.date && t.amountMinor === minor(w.amount) && hasWords(haystack(t, result.statement), bankWords(w.description)) ? i : -1))
      .filter((i) => i !== -1));
    const pairs = perfectMatching(fits);
    want.forEach((w, k) => {
      expect(pairs[k], `no transaction of its own on ${w.date} of ${w.amount} with the words "${bankWords(w.description)}"`).toBeDefined();
      expectWordsPresent(haystack(result.transactions[pairs[k]!]!, result.statement), bankWords(w.description));
    });
  });
});

describe('CSV corpus: balance rows and layout', () => {
  it('takes the "Saldo Anterior" row as the opening balance, not a transaction', () => {
    const c = CASES.find((x) => x.input === 'extratofake.csv')!;
    const row = c.expected.transactions.find((w: any) => String(w.description).startsWith('Saldo Anterior'));
    const result = parseCase(c);
    expect(result.statement).toMatchObject({ openingBalanceMinor: minor(row.amount), openingDate: row.date });
    expect(result.transactions).toHaveLength(c.expected.transactions.length - 1);
  });

  it('finds the header after the preamble without being told', () => {
    const c = CASES.find((x) => x.input === 'invalid_header_example.csv')!;
    expect(parseCase(c).transactions.map((t) => t.line)).toEqual([5, 6]);
  });

  it('reads the same bank layout the same way with the hints it returned', () => {
    for (const c of CASES) {
      const first = parseCase(c, HINTS[c.input]);
      const again = parseCase(c, first.layout!.hints);
      expect(again.transactions, c.input).toEqual(first.transactions);
      expect(again.layout!.signature, c.input).toBe(first.layout!.signature);
    }
  });
});

describe('spreadsheet fixtures (test/fixtures/xlsx, made by generate.mjs there)', () => {
  const read = (name: string) => parseStatement(new Uint8Array(readFileSync(join(FIXTURES, 'xlsx', name))), { fileName: name });

  it('reads the statement sheet of an XLSX workbook after its notes sheet and preamble', () => {
    const result = read('statement.xlsx');
    expect(result.format).toBe('xlsx');
    expect(result.errors).toEqual([]);
    expect(result.transactions.map((t) => [t.line, t.date, t.valueDate, t.payee, t.description, t.amountMinor, t.balanceMinor, t.currency])).toEqual([
      [6, '2024-01-31', '2024-01-31', 'REWE Markt GmbH', 'Einkauf Karte 1234', -4510, 123456, 'EUR'],
      [7, '2024-01-30', '2024-01-31', 'Arbeitgeber AG', 'Gehalt Januar', 250000, 127966, 'EUR'],
      [8, '2024-01-19', '2024-01-19', 'Zinsen', 'Zinsgutschrift', 30, -122034, 'EUR'],
      [9, '2024-01-04', '2024-01-05', 'Vermieter', 'Miete Januar', -123456, -122064, 'EUR'],
      [10, '2024-01-02', '2024-01-02', 'Spotify', 'Abo', -1999, 1392, 'EUR'],
    ]);
    expect(result.statement).toMatchObject({ openingBalanceMinor: 3391, openingDate: '2024-01-02', closingBalanceMinor: 123456, closingDate: '2024-01-31', currency: 'EUR' });
  });

  it('reads an Excel 97 workbook in the 1904 date system', () => {
    const result = read('statement-1904.xls');
    expect(result.format).toBe('xls');
    expect(result.transactions.map((t) => [t.date, t.description, t.amountMinor])).toEqual([
      ['2024-01-15', 'AMAZON MKTPLACE', 2345], ['2024-01-31', 'PAYMENT - THANK YOU', -50000],
    ]);
  });
});

describe('CSV and spreadsheet parsers: robustness', () => {
  const sources = CASES.map((c) => c.bytes);

  it('random bytes never throw anything but StatementError', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
      expectOnlyStatementErrors(bytes);
    }), { numRuns: 300 });
  });

  it('random CSV-like text never throws anything but StatementError', () => {
    const alphabet = [...'0123456789;,.\t|"\n\r -/()$€abcDEF'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 2000 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (t) => {
      expectOnlyStatementErrors(new TextEncoder().encode(t));
    }), { numRuns: 300 });
  });

  it('mutated corpus files never throw anything but StatementError', () => {
    const mutation = fc.record({
      source: fc.integer({ min: 0, max: sources.length - 1 }),
      edits: fc.array(fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('flip', 'insert', 'delete', 'truncate'),
        byte: fc.constantFrom(0x22, 0x2c, 0x3b, 0x09, 0x0a, 0x0d, 0x2d, 0x2e, 0x00, 0xff, 0x41),
      }), { maxLength: 12 }),
    });
    fc.assert(fc.property(mutation, ({ source, edits }) => {
      let bytes = Array.from(sources[source]!);
      for (const e of edits) {
        const at = bytes.length === 0 ? 0 : e.at % bytes.length;
        if (e.kind === 'flip') bytes[at] = e.byte;
        else if (e.kind === 'insert') bytes.splice(at, 0, e.byte);
        else if (e.kind === 'delete') bytes.splice(at, 1);
        else bytes = bytes.slice(0, at);
      }
      expectOnlyStatementErrors(Uint8Array.from(bytes));
    }), { numRuns: 300 });
  });

  it('a truncated spreadsheet is refused with a StatementError', () => {
    const xlsx = readFileSync(join(FIXTURES, 'xlsx', 'statement.xlsx'));
    for (const cut of [30, 200, xlsx.length >> 1, xlsx.length - 10]) {
      expectOnlyStatementErrors(new Uint8Array(xlsx.subarray(0, cut)));
    }
  });
});

/** Sniffs and parses with both parsers (CSV forced too); anything thrown must be a StatementError, quickly. */
function expectOnlyStatementErrors(bytes: Uint8Array): void {
  const head = decodeText(bytes.subarray(0, 64 * 1024)).text;
  const started = performance.now();
  for (const parser of [csvParser, xlsxParser]) {
    const hit = parser.sniff(bytes, head);
    for (const format of hit ? [hit.format, parser.formats[0]!] : [parser.formats[0]!]) {
      try {
        parser.parse(bytes, format, { limits: DEFAULT_LIMITS });
      } catch (err) {
        if (!(err instanceof StatementError)) throw err;
      }
    }
  }
  // A hang would show here long before the test timeout.
  expect(performance.now() - started).toBeLessThan(5000);
}

function sortedPairs(pairs: (readonly [string, number])[]): string[] {
  return pairs.map(([d, a]) => `${d} ${a}`).sort();
}

/**
 * The bank's words in reckon's description. reckon joins every non-date, non-amount column,
 * including running balances, ids and value dates; the check keeps the words that carry
 * letters (payee, purpose, type, currency), which FinGood must not lose.
 */
function bankWords(description: string): string {
  return description.split(/[\s;,/]+/).filter((w) => /\p{L}/u.test(w)).join(' ');
}

/** Everything FinGood kept of a row's text: payee, description, memo, reference, currency, category, account. */
function haystack(t: ParsedTransaction, statement: StatementInfo): string {
  return [t.payee, t.description, t.memo, t.reference, t.currency, t.category, statement.accountId].filter(Boolean).join(' ');
}

/** Kuhn's augmenting paths: for each expected row k, a distinct index from fits[k], or undefined where none is left. */
function perfectMatching(fits: readonly number[][]): (number | undefined)[] {
  const owner = new Map<number, number>();
  const tryAssign = (k: number, seen: Set<number>): boolean => {
    for (const i of fits[k]!) {
      if (seen.has(i)) continue;
      seen.add(i);
      const other = owner.get(i);
      if (other === undefined || tryAssign(other, seen)) { owner.set(i, k); return true; }
    }
    return false;
  };
  fits.forEach((_, k) => tryAssign(k, new Set()));
  const out: (number | undefined)[] = fits.map(() => undefined);
  for (const [i, k] of owner) out[k] = i;
  return out;
}

function hasWords(got: string, want: string): boolean {
  const hay = got.toLowerCase().replace(/\s+/g, '');
  return want.toLowerCase().split(/[\s;,/]+/).every((w) => w.length <= 2 || hay.includes(w));
}
