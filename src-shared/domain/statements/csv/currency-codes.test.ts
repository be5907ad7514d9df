import { describe, expect, it } from 'vitest';
import { currencyOfCell, isCurrencyCodeKnown } from './currency-codes';

describe('currency codes', () => {
  it('knows ISO codes and not tickers', () => {
    expect(isCurrencyCodeKnown('EUR')).toBe(true);
    expect(isCurrencyCodeKnown('CAD')).toBe(true);
    expect(isCurrencyCodeKnown('CDN')).toBe(false);
    expect(isCurrencyCodeKnown('XRE')).toBe(false);
  });

  it('reads currency cells', () => {
    expect(currencyOfCell(' usd ')).toBe('USD');
    expect(currencyOfCell('€')).toBe('EUR');
    expect(currencyOfCell('Euro')).toBeNull();
  });
});
