import { describe, expect, it } from 'vitest';
import { isAccountNumber, isDateColumn, isMoneyColumn, looksLikeIds, profileColumns } from './column-profile';

describe('profileColumns', () => {
  const rows = [
    ['2024-01-01', '-12,50', '0000037', 'Af', 'EUR', 'NL91ABNA0417164300', 'Rent'],
    ['2024-01-02', '100,00', '0000038', 'Bij', 'EUR', 'NL91ABNA0417164300', 'Pay'],
  ];
  const [date, amount, id, indicator, currency, account, text] = profileColumns(rows, 7);

  it('tells dates, money, ids, indicators, currencies, accounts and text apart', () => {
    expect(isDateColumn(date!)).toBe(true);
    expect(isMoneyColumn(amount!) && amount!.negatives === 1 && amount!.decimals === 2).toBe(true);
    expect(looksLikeIds(id!)).toBe(true);
    expect(looksLikeIds(amount!)).toBe(false);
    expect(indicator!.indicators).toBe(2);
    expect(currency!.currencies).toBe(2);
    expect(account!.constant).toBe('NL91ABNA0417164300');
    expect(text!.letters).toBe(2);
    expect(text!.constant).toBeNull();
  });
});

describe('isAccountNumber', () => {
  it('knows IBANs and long account numbers', () => {
    expect(isAccountNumber('NL28 INGB 1200 3244 16')).toBe(true);
    expect(isAccountNumber('00075757575')).toBe(true);
    expect(isAccountNumber('20-32-06 13152170')).toBe(true);
    expect(isAccountNumber('Albert Heijn')).toBe(false);
    expect(isAccountNumber('1234')).toBe(false);
  });
});
