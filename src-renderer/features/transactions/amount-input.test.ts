import { describe, expect, it } from 'vitest';
import { parseAmountInput } from './amount-input';

describe('parseAmountInput', () => {
  it('reads what a user types as cents, exactly', () => {
    expect(parseAmountInput('-12.50')).toEqual({ minor: -1250 });
    expect(parseAmountInput('12.5')).toEqual({ minor: 1250 });
    expect(parseAmountInput('+5')).toEqual({ minor: 500 });
    expect(parseAmountInput('.05')).toEqual({ minor: 5 });
    expect(parseAmountInput('-0.10')).toEqual({ minor: -10 });
    expect(parseAmountInput('1,234.56')).toEqual({ minor: 123456 });
    expect(parseAmountInput(' 7. ')).toEqual({ minor: 700 });
    expect(parseAmountInput('\u221212.34')).toEqual({ minor: -1234 });
    // 0.1 + 0.2 style float errors cannot happen: 1.15 is 115 cents, not 114.99….
    expect(parseAmountInput('1.15')).toEqual({ minor: 115 });
    expect(parseAmountInput('90071992547409.91')).toEqual({ minor: 9007199254740991 });
  });

  it('says nothing for an empty box', () => {
    expect(parseAmountInput('')).toBeNull();
    expect(parseAmountInput('   ')).toBeNull();
  });

  it('refuses text that is not an amount, with a reason', () => {
    for (const bad of ['abc', '12,50', '1.2.3', '-', '.', '1,23', '12-', '$5', '1e3']) {
      expect(parseAmountInput(bad), bad).toHaveProperty('error');
    }
    expect(parseAmountInput('1.234')).toEqual({ error: 'At most two digits after the point.' });
    expect(parseAmountInput('99999999999999999')).toEqual({ error: 'That amount is too large.' });
  });
});
