import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { currencyOfSymbol, parseAmount } from './amount-parse';
import { formatMinor, parseDecimalToMinor } from '../../money/decimal';

describe('parseAmount', () => {
  it('reads decimal point amounts with thousands commas and currency symbols', () => {
    expect(parseAmount('-12.34', '.', 2)).toBe(-1234);
    expect(parseAmount('+$327.49', '.', 2)).toBe(32749);
    expect(parseAmount('-$76.00', '.', 2)).toBe(-7600);
    expect(parseAmount('$1,750.06', '.', 2)).toBe(175006);
    expect(parseAmount('$.23', '.', 2)).toBe(23);
    expect(parseAmount('1,234,567.8', '.', 2)).toBe(123456780);
    expect(parseAmount("1'234.50", '.', 2)).toBe(123450);
  });

  it('reads decimal comma amounts with thousands points or spaces', () => {
    expect(parseAmount('1.234,56', ',', 2)).toBe(123456);
    expect(parseAmount('-18,00', ',', 2)).toBe(-1800);
    expect(parseAmount('+120,00', ',', 2)).toBe(12000);
    expect(parseAmount('1 234,56 €', ',', 2)).toBe(123456);
    expect(parseAmount('1\u00a0234,56', ',', 2)).toBe(123456);
    expect(parseAmount('1234,37 EUR', ',', 2)).toBe(123437);
    expect(parseAmount('R$ 1.234,56', ',', 2)).toBe(123456);
    expect(parseAmount('EUR -5,5', ',', 2)).toBe(-550);
  });

  it('reads parentheses, trailing minus and CR/DR as signs', () => {
    expect(parseAmount('(12.34)', '.', 2)).toBe(-1234);
    expect(parseAmount('($1,000.00)', '.', 2)).toBe(-100000);
    expect(parseAmount('12.34-', '.', 2)).toBe(-1234);
    expect(parseAmount('12,34 -', ',', 2)).toBe(-1234);
    expect(parseAmount('12.34 DR', '.', 2)).toBe(-1234);
    expect(parseAmount('12.34CR', '.', 2)).toBe(1234);
    expect(parseAmount('−7.10', '.', 2)).toBe(-710);
  });

  it('honours the currency scale and rounds extra digits half away from zero', () => {
    expect(parseAmount('1234', '.', 0)).toBe(1234);
    expect(parseAmount('1.005', '.', 2)).toBe(101);
    expect(parseAmount('-1.004', '.', 2)).toBe(-100);
    expect(parseAmount('12.345', '.', 3)).toBe(12345);
  });

  it('returns null for text that is no amount', () => {
    for (const text of ['', ' ', '-', 'abc', 'Saldo 12', '1.234,56', '12..3', '1.5E+3', '12 34 56x', '22.01.2014'])
      expect(parseAmount(text, '.', 2), text).toBeNull();
    expect(parseAmount('12,34,5', ',', 2)).toBeNull();
  });

  it('agrees with parseDecimalToMinor on plain decimal text', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.boolean(), (minor, comma) => {
      const text = formatMinor(minor, 2);
      const local = comma ? text.replace('.', ',') : text;
      const decimal = comma ? ',' : '.';
      expect(parseAmount(local, decimal, 2)).toBe(parseDecimalToMinor(local, { decimal, scale: 2 }));
      expect(parseAmount(local, decimal, 2)).toBe(minor);
    }));
  });
});

describe('currencyOfSymbol', () => {
  it('names unambiguous symbols only', () => {
    expect(currencyOfSymbol('1,00 €')).toBe('EUR');
    expect(currencyOfSymbol('£12.00')).toBe('GBP');
    expect(currencyOfSymbol('R$ 5,00')).toBe('BRL');
    expect(currencyOfSymbol('$5.00')).toBeNull();
  });
});
