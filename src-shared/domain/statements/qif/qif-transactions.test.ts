import { describe, expect, it } from 'vitest';
import { readQifRecords } from './qif-records';
import { readQifTransaction, type QifReadContext } from './qif-transactions';

const CTX: QifReadContext = { dateOrder: 'mdy', decimal: '.', scale: 2, currency: 'USD' };
const read = (text: string, ctx: Partial<QifReadContext> = {}) =>
  readQifTransaction(readQifRecords(text, 10_000).records[0]!, { ...CTX, ...ctx });

describe('readQifTransaction', () => {
  it('maps P, M, N, L and the amount', () => {
    expect(read('!Type:Bank\nD6/ 3/94\nT-10.00\nN1005\nPJoBob Biggs\nMJ.B. gets bucks\nLEntertain\nA1010 Rodeo Dr.\n^')).toEqual({
      date: '1994-06-03', valueDate: null, amountMinor: -1000, currency: 'USD',
      payee: 'JoBob Biggs', description: 'JoBob Biggs', memo: 'J.B. gets bucks',
      reference: '1005', balanceMinor: null, category: 'Entertain', line: 2,
    });
  });

  it('keeps a transfer category as "[Account]" text', () => {
    expect(read('D10/26\'14\nT1,337.00\nPOpening Balance\nL[AccountName]')).toMatchObject({ category: '[AccountName]', amountMinor: 133700 });
  });

  it('describes by memo when there is no payee, and ignores non-numeric N codes as reference', () => {
    expect(read('D1/2/19\nT5\nNEFT\nMTRANSF INTERNACIONAL')).toMatchObject({ description: 'TRANSF INTERNACIONAL', payee: '', reference: null });
  });

  it('keeps the total of a split transaction and lists the splits in the memo', () => {
    const t = read("D10/28'14\nT-67.00\nPWallmart\nLFood:Greens\nSFood:Greens\n$-45.00\nSFood:Meat\nEPork belly\n$-16.00\nSFood:Dispensary\n$-6.00");
    expect(t).toMatchObject({ amountMinor: -6700, category: 'Food:Greens' });
    expect('memo' in t! && t.memo).toBe('Splits: Food:Greens -45.00, Food:Meat -16.00 (Pork belly), Food:Dispensary -6.00');
  });

  it('sums the splits when the total is missing', () => {
    expect(read('D1/2/19\nPShop\nSA\n$-1.50\nSB\n$-2.25')).toMatchObject({ amountMinor: -375 });
  });

  it('signs investment cash by action and describes the trade', () => {
    expect(read('!Type:Invst\nD1/2/19\nNBuy\nYACME\nI10.5\nQ10\nT105.00')).toMatchObject({ amountMinor: -10500, description: 'Buy ACME 10 @ 10.5', reference: null });
    expect(read('!Type:Invst\nD1/3/19\nNDiv\nYACME\nT3.20')).toMatchObject({ amountMinor: 320 });
    expect(read('!Type:Invst\nD1/4/19\nNStkSplit\nYACME\nQ2')).toBeNull();
  });

  it('reports a bad date or amount with the line of the field', () => {
    expect(read('!Type:Bank\nPShop\nD31/31/2019\nT1')).toEqual({ line: 3, message: expect.stringContaining('31/31/2019') });
    expect(read('!Type:Bank\nD1/2/19\nTabc')).toEqual({ line: 3, message: expect.stringContaining('"abc"') });
    expect(read('!Type:Bank\nPShop\nT1')).toEqual({ line: 2, message: expect.stringContaining('without a date') });
    expect(read('!Type:Bank\nD1/2/19\nPShop')).toEqual({ line: 2, message: expect.stringContaining('without an amount') });
  });

  it('reads dates under the file order and amounts under the file decimal mark', () => {
    expect(read('D03/04/10\nT-1.234,56', { dateOrder: 'dmy', decimal: ',' })).toMatchObject({ date: '2010-04-03', amountMinor: -123456 });
  });
});
