import { describe, expect, it } from 'vitest';
import { cellText, numberText } from './cell-text';

const opts = { date1904: false, decimal: '.' as const };

describe('cellText', () => {
  it('turns date-formatted serials into ISO dates', () => {
    expect(cellText({ t: 'n', v: 45306, z: 'dd.mm.yyyy' }, opts)).toBe('2024-01-15');
    expect(cellText({ t: 'n', v: 45306.5, z: 'm/d/yy h:mm' }, opts)).toBe('2024-01-15');
    expect(cellText({ t: 'n', v: 43844, z: 'yyyy-mm-dd' }, { ...opts, date1904: true })).toBe('2024-01-15');
  });

  it('writes other numbers plainly, whatever their display format', () => {
    expect(cellText({ t: 'n', v: 1234.5, z: '#,##0.00' }, opts)).toBe('1234.5');
    expect(cellText({ t: 'n', v: -45.1, z: 'General' }, opts)).toBe('-45.1');
    expect(cellText({ t: 'n', v: 45306 }, opts)).toBe('45306');
  });

  it('keeps text and drops errors', () => {
    expect(cellText({ t: 's', v: 'REWE' }, opts)).toBe('REWE');
    expect(cellText({ t: 'b', v: true }, opts)).toBe('TRUE');
    expect(cellText({ t: 'e', v: 7 }, opts)).toBe('');
    expect(cellText(undefined, opts)).toBe('');
  });
});

describe('numberText', () => {
  it('removes float artifacts without rounding real cents', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(1234.56)).toBe('1234.56');
    expect(numberText(-0.07)).toBe('-0.07');
    expect(numberText(19.999)).toBe('19.999');
    expect(numberText(1e-7)).toBe('0.0000001');
    expect(numberText(2500)).toBe('2500');
  });

  it('writes the decimal separator the caller reads with', () => {
    expect(numberText(1234.5, ',')).toBe('1234,5');
  });
});
