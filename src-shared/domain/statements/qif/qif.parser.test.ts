import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, StatementError, type FormatParseResult, type ParseOptions } from '../types';
import { qifParser } from './qif.parser';

const parse = (s: string | Uint8Array, opts: ParseOptions = {}): FormatParseResult =>
  qifParser.parse(typeof s === 'string' ? new TextEncoder().encode(s) : s, 'qif', { ...opts, limits: { ...DEFAULT_LIMITS, ...opts.limits } });
const rows = (r: FormatParseResult) => r.sections.flatMap((s) => s.transactions).map((t) => [t.date, t.amountMinor]);

describe('qifParser.parse', () => {
  it('infers D/M/Y from a single unambiguous date anywhere in the file', () => {
    const r = parse('!Type:Bank\nD01/02/2020\nT-1\n^\nD05/02/2020\nT-2\n^\nD28/02/2020\nT-3\n^\n');
    expect(rows(r)).toEqual([['2020-02-01', -100], ['2020-02-05', -200], ['2020-02-28', -300]]);
  });

  it('infers M/D/Y the same way', () => {
    const r = parse('!Type:Bank\nD01/02/2020\nT-1\n^\nD01/28/2020\nT-2\n^\n');
    expect(rows(r)).toEqual([['2020-01-02', -100], ['2020-01-28', -200]]);
  });

  it('lets hints.dateOrder override the inference', () => {
    const text = '!Type:Bank\nD03/03/10\nT-1\n^\nD03/04/10\nT-2\n^\n';
    expect(rows(parse(text))).toEqual([['2010-03-03', -100], ['2010-03-04', -200]]);
    expect(rows(parse(text, { hints: { dateOrder: 'dmy' } }))).toEqual([['2010-03-03', -100], ['2010-04-03', -200]]);
  });

  it('honours an !Option:DMY line', () => {
    expect(rows(parse('!Option:DMY\n!Type:Bank\nD03/04/10\nT-1\n^'))).toEqual([['2010-04-03', -100]]);
  });

  it('reads decimal-comma files', () => {
    const r = parse('!Type:Bank\nD24.12.2023\nT-1.234,56\n^\nD27.12.2023\nT12,5\n^\n');
    expect(rows(r)).toEqual([['2023-12-24', -123456], ['2023-12-27', 1250]]);
  });

  it('gives one section per !Account, named by the account', () => {
    const r = parse([
      '!Account', 'NChecking', 'TBank', '^', '!Type:Bank', 'D1/5/21', 'T-10', 'PA', '^', 'D1/6/21', 'T-11', 'PB', '^',
      '!Account', 'NAmex', 'TCCard', '^', '!Type:CCard', 'D1/7/21', 'T-12', 'PC', '^',
    ].join('\r\n'));
    expect(r.sections.map((s) => [s.statement.accountId, s.transactions.length])).toEqual([['Checking', 2], ['Amex', 1]]);
    expect(r.sections[0]!.statement).toEqual({
      accountId: 'Checking', currency: null, openingBalanceMinor: null, closingBalanceMinor: null, openingDate: null, closingDate: null,
    });
  });

  it('skips category and memorized lists', () => {
    const r = parse('!Type:Cat\nNFood\nDGroceries\nE\n^\n!Type:Memorized\nD1/1/20\nT-5\nPRent\n^\n!Type:Bank\nD1/2/20\nT-1\n^');
    expect(rows(r)).toEqual([['2020-01-02', -100]]);
    expect(r.errors).toEqual([]);
  });

  it('applies the currency hint, including its scale', () => {
    const r = parse('!Type:Bank\nD2020-01-02\nT-1500\n^', { hints: { currency: 'jpy' } });
    expect(r.sections[0]!.transactions[0]).toMatchObject({ currency: 'JPY', amountMinor: -1500 });
    expect(r.sections[0]!.statement.currency).toBe('JPY');
  });

  it('reports broken records with their line and keeps the rest', () => {
    const r = parse('!Type:Bank\nD01/02/2020\nT-1\n^\nD02/30/2020\nT-2\n^\nD01/03/2020\nTtwelve\n^\nD01/04/2020\nT4\n^');
    expect(rows(r)).toEqual([['2020-01-02', -100], ['2020-01-04', 400]]);
    expect(r.errors.map((e) => e.line)).toEqual([5, 9]);
  });

  it('decodes Windows-1252 and UTF-8', () => {
    const latin = new Uint8Array([...new TextEncoder().encode('!Type:Bank\nD1/2/20\nT-1\nPCaf'), 0xe9, 0x20, 0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e, 0x0a, 0x5e]);
    expect(parse(latin).sections[0]!.transactions[0]!.payee).toBe('Café München');
    expect(parse('\uFEFF!Type:Bank\nD1/2/20\nT-1\nPKöln £5\n^').sections[0]!.transactions[0]!.payee).toBe('Köln £5');
  });

  it('refuses text that has no QIF records', () => {
    expect(() => parse('Date,Amount\n2020-01-01,5\n')).toThrow(StatementError);
  });

  it('accepts a header with no records as an empty file', () => {
    expect(parse('!Type:Bank\n')).toEqual({ sections: [], errors: [] });
  });

  it('refuses more transactions than the row limit', () => {
    const text = `!Type:Bank\n${'D1/2/20\nT-1\n^\n'.repeat(3)}`;
    expect(() => parse(text, { limits: { maxRows: 2 } })).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
  });
});
