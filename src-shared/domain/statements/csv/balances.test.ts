import { describe, expect, it } from 'vitest';
import type { ParsedTransaction } from '../types';
import { deriveBalances } from './balances';

function tx(date: string, amountMinor: number, balanceMinor: number | null): ParsedTransaction {
  return { date, valueDate: null, amountMinor, currency: 'EUR', payee: '', description: '', memo: '', reference: null, balanceMinor, category: null, line: null };
}

describe('deriveBalances', () => {
  it('reads oldest-first and newest-first files', () => {
    const oldest = [tx('2024-01-01', -1000, 9000), tx('2024-01-02', 500, 9500), tx('2024-01-03', -200, 9300)];
    const expected = { openingBalanceMinor: 10000, openingDate: '2024-01-01', closingBalanceMinor: 9300, closingDate: '2024-01-03' };
    expect(deriveBalances(oldest)).toEqual(expected);
    expect(deriveBalances([...oldest].reverse())).toEqual(expected);
  });

  it('gives nothing when the balances do not follow the amounts', () => {
    expect(deriveBalances([tx('2024-01-01', -1000, 9000), tx('2024-01-02', 500, 1), tx('2024-01-03', -200, 7)])).toBeNull();
    expect(deriveBalances([tx('2024-01-01', -1000, null)])).toBeNull();
    expect(deriveBalances([])).toBeNull();
  });
});
