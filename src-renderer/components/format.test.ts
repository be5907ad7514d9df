import { describe, expect, it } from 'vitest';
import { formatAmount, formatCount, formatName, formatTimestamp, isNegative, percentText, plural } from './format';

describe('format', () => {
  it('groups amounts exactly as the decimal string says, without rounding', () => {
    expect(formatAmount('-1234567.89')).toBe('-1,234,567.89');
    expect(formatAmount('12.30')).toBe('12.30');
    expect(formatAmount('999')).toBe('999');
    expect(formatAmount('90071992547409931.01')).toBe('90,071,992,547,409,931.01');
    expect(formatAmount('+5.00')).toBe('5.00');
    expect(formatAmount('n/a')).toBe('n/a');
  });

  it('treats only amounts below zero as negative', () => {
    expect(isNegative('-0.01')).toBe(true);
    expect(isNegative('-12')).toBe(true);
    expect(isNegative('-0.00')).toBe(false);
    expect(isNegative('12.00')).toBe(false);
  });

  it('counts and pluralizes', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(plural(1, 'row')).toBe('1 row');
    expect(plural(2, 'row')).toBe('2 rows');
    expect(plural(0, 'statement')).toBe('0 statements');
  });

  it('shows timestamps as local date and time, and odd input unchanged', () => {
    const local = new Date(2025, 2, 7, 9, 5);
    expect(formatTimestamp(local.toISOString())).toBe('2025-03-07 09:05');
    expect(formatTimestamp('')).toBe('');
    expect(formatTimestamp('yesterday')).toBe('yesterday');
  });

  it('names statement formats the way banks do', () => {
    expect(formatName('csv')).toBe('CSV');
    expect(formatName('camt053')).toBe('CAMT.053');
    expect(formatName('mt940')).toBe('MT940');
  });

  it('writes shares as whole percents without ever rounding up to 100 %', () => {
    expect(percentText(0.996)).toBe('99 %');
    expect(percentText(0.58)).toBe('58 %');
    expect(percentText(1)).toBe('100 %');
    expect(percentText(-1)).toBe('0 %');
    expect(percentText(Number.NaN)).toBe('0 %');
  });
});
