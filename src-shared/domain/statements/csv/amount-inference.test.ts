import { describe, expect, it } from 'vitest';
import { DecimalEvidence } from './amount-inference';

function decide(values: string[], fallback: ',' | '.' = '.') {
  const e = new DecimalEvidence();
  for (const v of values) e.add(v);
  return e.decide(fallback);
}

describe('DecimalEvidence', () => {
  it('reads a decimal comma from two-digit fractions', () => {
    expect(decide(['136,13', '375,00', '-18,00'])).toBe(',');
  });

  it('reads thousands points followed by a decimal comma', () => {
    expect(decide(['1.234,56', '1.000,00'])).toBe(',');
    expect(decide(['1.234.567'])).toBe(',');
  });

  it('reads a decimal point with thousands commas', () => {
    expect(decide(['$1,750.06', '-$76.00'], ',')).toBe('.');
    expect(decide(['1,234,567'], ',')).toBe('.');
  });

  it('decides from the whole column, not the first ambiguous values', () => {
    const values = Array.from({ length: 1000 }, () => '1,234');
    values.push('5,5');
    expect(decide(values, '.')).toBe(',');
  });

  it('uses the fallback when nothing tells', () => {
    expect(decide(['1,234', '100'], ',')).toBe(',');
    expect(decide(['1.234', '100'], '.')).toBe('.');
    expect(decide([], ',')).toBe(',');
  });
});
