import { describe, expect, it } from 'vitest';
import { cleanText, hasLetter, normalizeLabel } from './label';

describe('normalizeLabel', () => {
  it('lower-cases, strips accents and punctuation', () => {
    expect(normalizeLabel("Date de l'opération")).toBe('date de l operation');
    expect(normalizeLabel('Betrag (EUR)')).toBe('betrag eur');
    expect(normalizeLabel('  Beguenstigter/Zahlungspflichtiger ')).toBe('beguenstigter zahlungspflichtiger');
    expect(normalizeLabel('Straße')).toBe('strasse');
    expect(normalizeLabel('Descripción')).toBe('descripcion');
  });
});

describe('cleanText', () => {
  it('collapses the padding of fixed-width bank fields', () => {
    expect(cleanText('Abbuchung Onlinebanking         654321  ')).toBe('Abbuchung Onlinebanking 654321');
    expect(cleanText('a\tb\r\nc')).toBe('a b c');
    expect(cleanText(' x ')).toBe('x');
    expect(cleanText('clean text')).toBe('clean text');
  });
});

describe('hasLetter', () => {
  it('finds letters in any script, not digits or symbols', () => {
    expect(hasLetter('0000-9')).toBe(false);
    expect(hasLetter('1.234,56 €')).toBe(false);
    expect(hasLetter('00X0X0X')).toBe(true);
    expect(hasLetter('Überweisung')).toBe(true);
  });
});
