import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMinor, parseDecimalToMinor } from './decimal';

describe('parseDecimalToMinor', () => {
  it.each([
    ['-12.34', {}, -1234],
    ['1.234,56', { decimal: ',' as const }, 123456],
    ['1,337.00', {}, 133700],
    ['$.23', {}, 23],
    ['(12.50)', {}, -1250],
    ['12.50-', {}, -1250],
    ['+5', {}, 500],
    ['-379', {}, -37900],
    ['1 234,5', { decimal: ',' as const }, 123450],
    ['100', { scale: 0 }, 100],
    ['12.345', { scale: 3 }, 12345],
    ['0.00005', { scale: 2 }, 0],
    ['1.23456', { scale: 2 }, 123],
    ['1.235', { scale: 2 }, 124],
    ['EUR 12,30', {}, 1230],
  ])('%s -> %d', (text, opts, want) => {
    expect(parseDecimalToMinor(text, opts)).toBe(want);
  });

  it('returns null for text that is no number', () => {
    for (const t of ['', 'abc', '1.2.3,4,5x', '--']) expect(parseDecimalToMinor(t)).toBeNull();
  });

  it('round-trips every integer of minor units through formatMinor', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (n, scale) => {
      expect(parseDecimalToMinor(formatMinor(n, scale), { scale, decimal: '.' })).toBe(n);
    }));
  });
});
