import { describe, expect, it } from 'vitest';
import { SwiftRowProblem, parseBalance, squash, swiftAmount, swiftDate } from './swift-values';

describe('swiftDate', () => {
  it('reads YYMMDD with the 1970 pivot', () => {
    expect(swiftDate('110713')).toBe('2011-07-13');
    expect(swiftDate('991231')).toBe('1999-12-31');
    expect(swiftDate('000101')).toBe('2000-01-01');
  });

  it('clamps the 30/360 month ends German banks use for interest (30.02.)', () => {
    expect(swiftDate('160230')).toBe('2016-02-29');
    expect(swiftDate('170230')).toBe('2017-02-28');
    expect(swiftDate('180631')).toBe('2018-06-30');
  });

  it('refuses what is no date', () => {
    for (const t of ['161301', '160200', '160232', '1602', 'ABCDEF']) expect(swiftDate(t), t).toBeNull();
  });
});

describe('swiftAmount', () => {
  it('reads the decimal comma, with or without decimals', () => {
    expect(swiftAmount('3148,49', 'EUR')).toBe(314849);
    expect(swiftAmount('100,', 'EUR')).toBe(10000);
    expect(swiftAmount('0,7', 'EUR')).toBe(70);
    expect(swiftAmount('000000000025,00', 'EUR')).toBe(2500);
    expect(swiftAmount('2402,00', 'HUF')).toBe(240200);
    expect(swiftAmount('1500', 'JPY')).toBe(1500);
  });

  it('reads a decimal point some exports use, and refuses text', () => {
    expect(swiftAmount('12.34', 'EUR')).toBe(1234);
    expect(swiftAmount('1,2,3', 'EUR')).toBeNull();
    expect(swiftAmount('12a', 'EUR')).toBeNull();
    expect(swiftAmount('', 'EUR')).toBeNull();
  });
});

describe('parseBalance', () => {
  it('reads mark, date, currency and amount; D is negative', () => {
    expect(parseBalance('C110713EUR3148,49', null)).toEqual({ amountMinor: 314849, currency: 'EUR', date: '2011-07-13' });
    expect(parseBalance('D100723EUR9945,09', null)).toEqual({ amountMinor: -994509, currency: 'EUR', date: '2010-07-23' });
  });

  it('uses the statement currency when the balance leaves it out', () => {
    expect(parseBalance('C020315105000,00', 'DEM')).toEqual({ amountMinor: 10500000, currency: 'DEM', date: '2002-03-15' });
  });

  it('refuses malformed balances', () => {
    for (const t of ['X110713EUR1,00', 'C1107EUR1,00', 'C110713EUR', 'C119913EUR1,00']) {
      expect(() => parseBalance(t, 'EUR'), t).toThrow(SwiftRowProblem);
    }
  });
});

describe('squash', () => {
  it('collapses padding and line breaks', () => {
    expect(squash('  BEA   NR:1\n PAS ')).toBe('BEA NR:1 PAS');
  });
});
