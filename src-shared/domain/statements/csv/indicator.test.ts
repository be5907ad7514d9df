import { describe, expect, it } from 'vitest';
import { indicatorSign } from './indicator';

describe('indicatorSign', () => {
  it.each(['D', 'DR', 'Debit', 'DEBIT', 'Af', 'S', 'Soll', 'Débito', '-', 'Debet'])('%s is money out', (v) => {
    expect(indicatorSign(v)).toBe(-1);
  });
  it.each(['C', 'CR', 'Credit', 'CREDIT', 'Bij', 'H', 'Haben', 'Crédito', '+', 'Abono'])('%s is money in', (v) => {
    expect(indicatorSign(v)).toBe(1);
  });
  it.each(['', 'Incasso', 'Payment', 'X', 'DEBIT CARD PURCHASE'])('%s is no indicator', (v) => {
    expect(indicatorSign(v)).toBe(0);
  });
});
