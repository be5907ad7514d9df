import { describe, expect, it } from 'vitest';
import { readQifRecords } from './qif-records';

const summary = (text: string, maxLineLength = 1000) => readQifRecords(text, maxLineLength).records.map((r) => ({
  kind: r.kind, type: r.typeName, account: r.account, line: r.line,
  fields: r.fields.map((f) => `${f.code}${f.value}`).join('|'),
  problem: r.problem,
}));

describe('readQifRecords', () => {
  it('splits records at ^ and keeps the last one without ^', () => {
    const recs = summary('!Type:Bank\r\nD1/2/19\r\nT-1\r\n^\r\n\r\nD1/3/19\r\nT2\r\nPShop');
    expect(recs.map((r) => [r.line, r.fields])).toEqual([[2, 'D1/2/19|T-1'], [6, 'D1/3/19|T2|PShop']]);
    expect(recs.every((r) => r.kind === 'transactions' && r.account === null)).toBe(true);
  });

  it('starts a new record at a second D line when the ^ is missing', () => {
    expect(summary('!Type:Bank\nD1/2/19\nT-1\nD1/3/19\nT2\n^').map((r) => r.fields)).toEqual(['D1/2/19|T-1', 'D1/3/19|T2']);
  });

  it('classifies !Type headers', () => {
    const recs = summary('!Type:CCard\nD1\n^\n!Type:Invst\nD2\n^\n!Type:Oth L\nD3\n^\n!Type:Cat\nNFood\n^\n!type:memorized\nPX\n^\n!Type:Cardname\nD4\n^');
    expect(recs.map((r) => [r.type, r.kind])).toEqual([
      ['CCard', 'transactions'], ['Invst', 'investment'], ['Oth L', 'transactions'],
      ['Cat', 'list'], ['memorized', 'list'], ['Cardname', 'transactions'],
    ]);
  });

  it('attributes transactions to the preceding !Account', () => {
    const text = [
      '!Account', 'NChecking', 'TBank', '^', '!Type:Bank', 'D1/1/20', 'T-1', '^',
      '!Account', 'NVisa Gold', 'TCCard', '^', '!Type:CCard', 'D1/2/20', 'T-2', '^',
    ].join('\n');
    expect(summary(text).filter((r) => r.kind === 'transactions').map((r) => r.account)).toEqual(['Checking', 'Visa Gold']);
  });

  it('does not switch accounts inside an AutoSwitch account list', () => {
    const text = [
      '!Option:AutoSwitch', '!Account', 'NChecking', 'TBank', '^', 'NSavings', 'TBank', '^', '!Clear:AutoSwitch',
      '!Type:Bank', 'D1/1/20', 'T-1', '^',
      '!Account', 'NSavings', 'TBank', '^', '!Type:Bank', 'D1/2/20', 'T5', '^',
    ].join('\n');
    expect(summary(text).filter((r) => r.kind === 'transactions').map((r) => r.account)).toEqual([null, 'Savings']);
  });

  it('assumes bank transactions when the header is missing', () => {
    const file = readQifRecords('D01/02/2020\nT-5\n^', 1000);
    expect(file.hasHeader).toBe(false);
    expect(file.records[0]!.kind).toBe('transactions');
  });

  it('reads a date-order option line', () => {
    expect(readQifRecords('!Option:DMY\n!Type:Bank\nD01/02/2020\n^', 1000).dateOrder).toBe('dmy');
  });

  it('marks a record with an over-long line and keeps reading', () => {
    const recs = summary(`!Type:Bank\nD1/2/19\nP${'x'.repeat(50)}\n^\nD1/3/19\nT1\n^`, 20);
    expect(recs[0]!.problem).toContain('Line 3');
    expect(recs[1]!.problem).toBeNull();
  });

  it('tolerates a BOM and indentation', () => {
    expect(summary('\uFEFF!Type:Bank\n  D1/2/19\n  T-1\n  ^')[0]!.fields).toBe('D1/2/19|T-1');
  });
});
