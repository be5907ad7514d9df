import { describe, expect, it } from 'vitest';
import { profileColumns } from './column-profile';
import { assignRoles } from './column-roles';

function roles(header: string[] | null, rows: string[][], hints?: Parameters<typeof assignRoles>[3]) {
  const width = Math.max(header?.length ?? 0, ...rows.map((r) => r.length));
  return assignRoles(header, profileColumns(rows, width), rows, hints);
}

describe('assignRoles with a header', () => {
  it('checks header words against the content: "Valuta" may be a value date or a currency', () => {
    const dates = roles(['Datum', 'Valuta', 'Omschrijving', 'Bedrag'], [['2024-01-01', '2024-01-02', 'x', '1,00']]);
    expect(dates?.map).toMatchObject({ date: 0, valueDate: 1, amount: 3 });
    const money = roles(['Datum', 'Omschrijving', 'Bedrag', 'Valuta'], [['2024-01-01', 'x', '1,00', 'EUR'], ['2024-01-02', 'y', '2,00', 'EUR']]);
    expect(money?.map).toMatchObject({ date: 0, amount: 2, currency: 3 });
  });

  it('prefers one amount column to a debit/credit pair (Monzo has both)', () => {
    const r = roles(['Date', 'Name', 'Amount', 'Money Out', 'Money In'], [['2024-01-01', 'Tesco', '-1.00', '-1.00', '']]);
    expect(r?.map).toMatchObject({ amount: 2, debit: null, credit: null });
  });

  it('turns a description column of DEBIT/CREDIT into an indicator', () => {
    const r = roles(['Date', 'Description', 'Amount', 'Type'], [['2024-01-01', 'Shop', '1.00', 'debit'], ['2024-01-02', 'Pay', '2.00', 'credit']]);
    expect(r?.map).toMatchObject({ description: [1], indicator: 3 });
  });

  it('keeps the constant account column as the account and others in the memo', () => {
    const rows = [['NL11RABO0123456789', '2024-01-01', '-1,00', 'NL22INGB0009876543', 'AH'], ['NL11RABO0123456789', '2024-01-02', '2,00', 'NL33ABNA0123456789', 'Werkgever']];
    const r = roles(['IBAN/BBAN', 'Datum', 'Bedrag', 'Tegenrekening IBAN/BBAN', 'Naam tegenpartij'], rows);
    expect(r?.map).toMatchObject({ account: 0, payee: 4, memo: [3] });
  });

  it('makes the wordiest memo the description when nothing else is (Barclays)', () => {
    const r = roles(['Number', 'Date', 'Account', 'Amount', 'Subcategory', 'Memo'],
      [['', '31/01/2024', '20-32-06 13152170', '-23.45', 'Payment', 'AMAZON UK MARKETPLACE']]);
    expect(r?.map).toMatchObject({ description: [5], memo: [4] });
  });

  it('remembers the currency the amount header names', () => {
    expect(roles(['Datum', 'Text', 'Betrag (EUR)'], [['01.01.2024', 'x', '1,00']])?.headerCurrency).toBe('EUR');
  });

  it('falls back to the content when the header names no amount', () => {
    const r = roles(['When', 'What', 'How much'], [['2024-01-01', 'x', '-1.00'], ['2024-01-02', 'y', '2.00']]);
    expect(r?.map).toMatchObject({ date: 0, amount: 2 });
  });

  it('lets hints fix roles before the header is read', () => {
    const r = roles(['Date', 'Posted', 'Text', 'Amount'], [['2024-01-01', '2024-01-03', 'x', '1.00']], { date: 'Posted' });
    expect(r?.map.date).toBe(1);
  });
});

describe('assignRoles without a header', () => {
  it('finds date, value date, amount, currency, account and text columns', () => {
    const rows = [
      ['00075757575', 'Abbuchung Onlinebanking 654321', '22.01.2014', '22.01.2014', '-18,00', 'EUR'],
      ['00075757575', 'Gutschrift Dauerauftrag', '15.01.2014', '15.01.2014', '+22,00', 'EUR'],
    ];
    expect(roles(null, rows)?.map).toMatchObject({ account: 0, description: [1], date: 2, valueDate: 3, amount: 4, currency: 5 });
  });

  it('finds an indicator column and keeps other words in the memo', () => {
    const rows = [['20121115', 'Albert Heijn 1234', 'Af', '136,13', 'BA'], ['20121112', 'Werkgever BV', 'Bij', '375,00', 'GT']];
    expect(roles(null, rows)?.map).toMatchObject({ date: 0, indicator: 2, amount: 3, description: [1], memo: [4] });
  });

  it('returns null when there is no amount', () => {
    expect(roles(null, [['2024-01-01', 'x'], ['2024-01-02', 'y']])).toBeNull();
  });
});
