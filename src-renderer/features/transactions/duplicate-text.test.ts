import { describe, expect, it } from 'vitest';
import { duplicateTitle } from './duplicate-text';

describe('duplicateTitle', () => {
  it('lists the reasons and the score of a possible duplicate', () => {
    expect(duplicateTitle({
      flags: ['possible-duplicate'],
      duplicate: { of: 3, score: 0.9, reasons: ['same amount', '1 day apart', 'description 100 % similar'] },
    })).toBe('Possible duplicate of an earlier row (score 0.90): same amount, 1 day apart, description 100 % similar. Review it.');
  });

  it('still marks a flagged row whose match details are missing', () => {
    expect(duplicateTitle({ flags: ['possible-duplicate'] })).toBe('Possible duplicate of a row already in the ledger. Review it.');
    expect(duplicateTitle({ flags: ['possible-duplicate'], duplicate: { of: 1, score: Number.NaN, reasons: [''] } }))
      .toBe('Possible duplicate of an earlier row. Review it.');
  });

  it('has no badge for rows not flagged', () => {
    expect(duplicateTitle({ flags: [] })).toBeNull();
    expect(duplicateTitle({ flags: ['reconciled'], duplicate: { of: 1, score: 0.5, reasons: ['same amount'] } })).toBeNull();
  });
});
