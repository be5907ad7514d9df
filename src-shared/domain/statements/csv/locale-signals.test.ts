import { describe, expect, it } from 'vitest';
import { currencySignals, dateOrderFallback, decimalFallback, fileCurrency } from './locale-signals';

describe('locale signals', () => {
  it('expects a decimal comma in semicolon files and with dotted dates', () => {
    expect(decimalFallback(';', [])).toBe(',');
    expect(decimalFallback(',', ['31.01.2024', '01.02.2024'])).toBe(',');
    expect(decimalFallback(',', ['01/31/2024'])).toBe('.');
  });

  it('expects day-month except for dollar files and English headers with nothing else', () => {
    expect(dateOrderFallback(',', null, false, true, true)).toBe('dmy');
    expect(dateOrderFallback('.', 'GBP', false, true, true)).toBe('dmy');
    expect(dateOrderFallback('.', 'USD', false, false, true)).toBe('mdy');
    expect(dateOrderFallback('.', null, true, false, false)).toBe('mdy');
    expect(dateOrderFallback('.', null, false, false, true)).toBe('dmy');
    expect(dateOrderFallback('.', null, false, true, true)).toBe('mdy');
  });

  it('reads currencies from symbols and codes in amount cells', () => {
    expect(currencySignals(['1,00 €'])).toEqual({ named: 'EUR', dollar: false });
    expect(currencySignals(['-$5.00'])).toEqual({ named: null, dollar: true });
    expect(currencySignals(['1234,37 EUR'])).toEqual({ named: 'EUR', dollar: false });
    expect(currencySignals(['12.00'])).toEqual({ named: null, dollar: false });
  });

  it('picks the file currency: header, symbols, hint, dollar, then EUR or USD by decimal', () => {
    const none = { named: null, dollar: false };
    expect(fileCurrency('CHF', { named: 'EUR', dollar: false }, 'USD', '.')).toBe('CHF');
    expect(fileCurrency(null, { named: 'GBP', dollar: false }, 'USD', '.')).toBe('GBP');
    expect(fileCurrency(null, { named: null, dollar: true }, 'cad', '.')).toBe('CAD');
    expect(fileCurrency(null, { named: null, dollar: true }, undefined, '.')).toBe('USD');
    expect(fileCurrency(null, none, undefined, ',')).toBe('EUR');
    expect(fileCurrency(null, none, undefined, '.')).toBe('USD');
  });
});
