import { describe, expect, it } from 'vitest';
import { reasonText } from './suggestion-text';

describe('reasonText', () => {
  it('drops the source and percent the core appends, which the choice already shows', () => {
    expect(reasonText('Amount, date and words resemble your Office Supplies rows (model, 57 %)'))
      .toBe('Amount, date and words resemble your Office Supplies rows');
    expect(reasonText('You filed STAPLES under Office Supplies 5 times (model, 100 %)')).toBe('You filed STAPLES under Office Supplies 5 times');
  });

  it('keeps reasons that carry no such ending, and parentheses that say something else', () => {
    expect(reasonText('Common merchant: Shell Oil (fuel station) → Car & Travel')).toBe('Common merchant: Shell Oil (fuel station) → Car & Travel');
    expect(reasonText('Rule "Fuel": text matches /shell/ (2 conditions)')).toBe('Rule "Fuel": text matches /shell/ (2 conditions)');
  });
});
