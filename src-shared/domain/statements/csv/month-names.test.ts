import { describe, expect, it } from 'vitest';
import { monthFromName } from './month-names';

describe('monthFromName', () => {
  it.each([
    ['Nov', 11], ['NOV', 11], ['nov.', 11], ['November', 11],
    ['ene', 1], ['enero', 1], ['janv.', 1], ['Jänner', 1], ['gennaio', 1],
    ['Mär', 3], ['mrt', 3], ['März', 3], ['mars', 3],
    ['mai', 5], ['mei', 5], ['mag', 5],
    ['août', 8], ['ago', 8],
    ['set', 9], ['out', 10], ['okt', 10], ['ott', 10],
    ['déc', 12], ['dez', 12], ['dic', 12],
  ])('%s is month %i', (word, month) => {
    expect(monthFromName(word)).toBe(month);
  });

  it('rejects words that are not months', () => {
    expect(monthFromName('T')).toBeNull();
    expect(monthFromName('Uhr')).toBeNull();
    expect(monthFromName('EUR')).toBeNull();
  });
});
