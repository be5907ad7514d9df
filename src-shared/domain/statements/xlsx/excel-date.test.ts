import { describe, expect, it } from 'vitest';
import { excelSerialToIso } from './excel-date';

describe('excelSerialToIso', () => {
  it('reads 1900-system serials, across the fictitious 29 Feb 1900', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(25569)).toBe('1970-01-01');
    expect(excelSerialToIso(45306)).toBe('2024-01-15');
    expect(excelSerialToIso(45351)).toBe('2024-02-29');
  });

  it('drops the time of day', () => {
    expect(excelSerialToIso(45306.75)).toBe('2024-01-15');
    expect(excelSerialToIso(45306.999999)).toBe('2024-01-15');
  });

  it('reads 1904-system serials', () => {
    expect(excelSerialToIso(0.5, true)).toBeNull();
    expect(excelSerialToIso(1, true)).toBe('1904-01-02');
    expect(excelSerialToIso(43844, true)).toBe('2024-01-15');
  });

  it('rejects what is no date', () => {
    expect(excelSerialToIso(Number.NaN)).toBeNull();
    expect(excelSerialToIso(-3)).toBeNull();
  });
});
