import { describe, expect, it } from 'vitest';
import { inferQifDecimal, readQifAmount } from './qif-amounts';

describe('inferQifDecimal', () => {
  it('reads Quicken thousands separators as grouping', () => {
    expect(inferQifDecimal(['1,337.00', '-1,234,567.89', '12'])).toBe('.');
    expect(inferQifDecimal(['1,234,567'])).toBe('.');
  });

  it('detects a decimal comma from the file', () => {
    expect(inferQifDecimal(['-12,50', '1.234,56', '7'])).toBe(',');
    expect(inferQifDecimal(['1.234.567', '-3'])).toBe(',');
  });

  it('decides ambiguous "1,234" by the other amounts, and defaults to point', () => {
    expect(inferQifDecimal(['1,234', '5,50'])).toBe(',');
    expect(inferQifDecimal(['1,234', '5.50'])).toBe('.');
    expect(inferQifDecimal(['1,234'])).toBe('.');
    expect(inferQifDecimal([])).toBe('.');
  });
});

describe('readQifAmount', () => {
  it('parses under the file decimal mark into minor units', () => {
    expect(readQifAmount('T1,337.00'.slice(1), '.', 2)).toBe(133700);
    expect(readQifAmount('-1,234,567.89', '.', 2)).toBe(-123456789);
    expect(readQifAmount('2,064,284.13', '.', 2)).toBe(206428413);
    expect(readQifAmount('1,234', '.', 2)).toBe(123400);
    expect(readQifAmount('-1.234,56', ',', 2)).toBe(-123456);
    expect(readQifAmount('$.23', '.', 2)).toBe(23);
    expect(readQifAmount('1500', '.', 0)).toBe(1500);
  });

  it('returns null for non-numbers', () => {
    expect(readQifAmount('', '.', 2)).toBeNull();
    expect(readQifAmount('abc', '.', 2)).toBeNull();
  });
});
