import { describe, expect, it } from 'vitest';
import { inferQifDateOrder, qifDateToIso, readQifDate, type QifDate } from './qif-dates';
import type { DateOrder } from '../types';

const iso = (text: string, order: DateOrder = 'mdy'): string | null => {
  const d = readQifDate(text);
  return d && qifDateToIso(d, order);
};
const order = (...texts: string[]) => inferQifDateOrder(texts.map((t) => readQifDate(t)).filter((d): d is QifDate => d !== null));

describe('readQifDate + qifDateToIso', () => {
  it.each([
    ['1/2/2019', 'mdy', '2019-01-02'],
    ['1/2/2019', 'dmy', '2019-02-01'],
    ['01/02/19', 'mdy', '2019-01-02'],
    ['12/19/18', 'mdy', '2018-12-19'],
    ['6/ 1/94', 'mdy', '1994-06-01'],
    ['11/10/99', 'mdy', '1999-11-10'],
    // Quicken's apostrophe: the year is 2000 + the digits after it.
    ["1/ 2'19", 'mdy', '2019-01-02'],
    ["10/26'14", 'mdy', '2014-10-26'],
    ["12/31' 2", 'mdy', '2002-12-31'],
    ["3/ 1' 0", 'mdy', '2000-03-01'],
    ["2 / 14' 5", 'mdy', '2005-02-14'],
    ['01-02-2019', 'dmy', '2019-02-01'],
    ['01.02.2019', 'dmy', '2019-02-01'],
    ['26-06-2019 00:00:00', 'dmy', '2019-06-26'],
    ['2019-01-02', 'dmy', '2019-01-02'],
    ['2019-01-02', 'mdy', '2019-01-02'],
    ['2019/1/2', 'dmy', '2019-01-02'],
    ['20190102', 'mdy', '2019-01-02'],
    ['2019-06-26T10:00:00Z', 'mdy', '2019-06-26'],
    ['02 Jan 2019', 'mdy', '2019-01-02'],
    ['Jan 2, 2019', 'dmy', '2019-01-02'],
    ['2-Feb-19', 'mdy', '2019-02-02'],
  ] as const)('%s as %s -> %s', (text, o, want) => {
    expect(iso(text, o)).toBe(want);
  });

  it.each(['', 'yesterday', '13/13/2019', '2/30/2019', '1/2/201', '99 Foo 2019'])('rejects %j', (text) => {
    expect(iso(text, 'mdy')).toBeNull();
  });
});

describe('inferQifDateOrder', () => {
  it('follows any date only one order can read', () => {
    expect(order('03/04/10', '25/04/10')).toBe('dmy');
    expect(order('03/04/10', '04/25/10')).toBe('mdy');
  });

  it('lets the majority win when the file contradicts itself', () => {
    expect(order('13/01/20', '14/01/20', '01/15/20')).toBe('dmy');
  });

  it('prefers the order that packs ambiguous dates into a short period', () => {
    // Jan 2, 5, 9 (7 days) rather than Feb 1, May 1, Sep 1.
    expect(order('01/02/2019', '01/05/2019', '01/09/2019')).toBe('mdy');
    // Feb 1 and Feb 3 rather than Jan 2 and Mar 2.
    expect(order('01/02/2019', '03/02/2019')).toBe('dmy');
  });

  it('falls back to the separator convention when nothing decides', () => {
    expect(order('03/03/10')).toBe('mdy');
    expect(order('03.03.10')).toBe('dmy');
    expect(order('03-03-10')).toBe('dmy');
    expect(order('11/10/99', "3/ 1' 0")).toBe('mdy');
  });

  it('defaults to M/D/Y when every date is year-first (nothing to decide)', () => {
    expect(order('2019-01-02', '2019-02-01')).toBe('mdy');
  });
});
