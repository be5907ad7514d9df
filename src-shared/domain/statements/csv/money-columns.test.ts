import { describe, expect, it } from 'vitest';
import { parseAmount } from './amount-parse';
import { profileColumns } from './column-profile';
import { inferBalanceColumn, inferMoneyColumns } from './money-columns';

function money(rows: string[][]) {
  const profiles = profileColumns(rows, rows[0]!.length);
  return inferMoneyColumns(profiles, new Set(profiles.map((p) => p.index)), rows);
}

describe('inferMoneyColumns', () => {
  it('prefers a signed, filled two-decimal column over ids and counts', () => {
    const rows = [['2013011702', '2226', '30.00'], ['2013011901', '2226', '-500.00'], ['2013012601', '2101', '64.99']];
    expect(money(rows)).toEqual({ kind: 'amount', amount: 2 });
  });

  it('finds a debit/credit pair whose cells never both hold a value', () => {
    expect(money([['12.00', '', '88.00'], ['', '100.00', '188.00'], ['3.50', '', '184.50']])).toEqual({ kind: 'pair', debit: 0, credit: 1 });
  });

  it('names the signed column of a pair as the debit', () => {
    expect(money([['', '-12.00'], ['100.00', ''], ['', '-3.50']])).toEqual({ kind: 'pair', debit: 1, credit: 0 });
  });

  it('finds the amount that a balance column follows within the row', () => {
    const rows = [['1000,00', '987,66', '-12,34'], ['987,66', '2987,66', '2000,00'], ['2987,66', '2887,66', '-100,00']];
    expect(money(rows)).toEqual({ kind: 'amount', amount: 2 });
  });
});

describe('inferBalanceColumn', () => {
  const amountOf = (row: readonly string[], decimal: ',' | '.') => parseAmount(row[0] ?? '', decimal, 2);

  it('finds a running balance, oldest first or newest first', () => {
    const oldest = [['-10.00', '90.00', '7.00'], ['5.00', '95.00', '8.00'], ['-20.00', '75.00', '1.00']];
    const profiles = profileColumns(oldest, 3);
    expect(inferBalanceColumn(profiles, new Set([1, 2]), oldest, amountOf)).toBe(1);
    const newest = [...oldest].reverse();
    expect(inferBalanceColumn(profileColumns(newest, 3), new Set([1, 2]), newest, amountOf)).toBe(1);
  });

  it('finds nothing when no column adds up', () => {
    const rows = [['-10.00', '3.00'], ['5.00', '4.00'], ['-20.00', '5.00']];
    expect(inferBalanceColumn(profileColumns(rows, 2), new Set([1]), rows, amountOf)).toBeNull();
  });
});
