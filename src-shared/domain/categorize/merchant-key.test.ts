import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankWords, NUM } from './bank-text';
import { createMerchantKeys, keyHead, merchantKey } from './merchant-key';

describe('bankWords', () => {
  it('turns numbers, dates and references into one marker and drops payment-method words', () => {
    expect(bankWords('CHECKCARD 1203 STARBUCKS STORE 07604 SEATTLE WA 24431063337000123456789')).toEqual([NUM, 'starbucks', 'store', NUM, 'seattle', 'wa', NUM]);
    expect(bankWords('CARD PAYMENT TO TESCO STORES 2345 ON 12 MAR')).toEqual(['payment', 'to', 'tesco', 'stores', NUM, 'on', NUM]);
  });
  it('keeps a word glued to a date and splits processor codes off', () => {
    expect(bankWords('DEBIT; HOST 037196321563 MO 12/22SLICEHOST')).toContain('slicehost');
    expect(bankWords('SQ *BLUE BOTTLE COFFEE')).toEqual(['blue', 'bottle', 'coffee']);
    expect(bankWords('PAYPAL *NETFLIX.COM')).toEqual(['netflix']);
  });
  it('unifies brand spellings that would lose their digits or apostrophes', () => {
    expect(bankWords('7-ELEVEN 34521')).toEqual(['seveneleven', NUM]);
    expect(bankWords("WENDY'S")).toEqual(['wendys']);
    expect(bankWords('AT&T')).toEqual(['att']);
    expect(bankWords('AMZN Mktp US*2K3AB1')[0]).toBe('amazon');
  });
});

describe('merchantKey', () => {
  it('gives one key to a chain across store numbers, cities and banks', () => {
    const keys = ['STARBUCKS STORE 07604 SEATTLE WA', 'Starbucks #123 Portland', 'POS PURCHASE STARBUCKS SAN FRANCISCO CA', 'CHECKCARD 0412 STARBUCKS 1234 DENVER CO 5551234']
      .map((d) => merchantKey('', d));
    expect(new Set(keys)).toEqual(new Set(['starbucks']));
    expect(merchantKey('', 'WHOLEFDS MKT 10234')).toBe(merchantKey('', 'WHOLE FOODS MARKET #102 AUSTIN TX'));
    expect(merchantKey('', 'AMZN Mktp US*2K3AB1')).toBe(merchantKey('', 'Amazon Marketplace'));
  });
  it('drops payment wording around the name', () => {
    expect(merchantKey('', 'GEORGIA POWER DES:PAYMENT ID:123456 INDN:ACME CO ID:999 PPD')).toBe('georgia power');
    expect(merchantKey('', 'AT&T MOBILITY BILL PAY 720069')).toBe('att mobility');
    expect(merchantKey('', 'ACH DEBIT SEATTLE CITY LIGHT 236192324897')).toBe('seattle city light');
    expect(merchantKey('', 'REFUND SAFEWAY 26830 SOMERVILLE MA')).toBe('safeway');
  });
  it('prefers the payee, unless the payee only names a kind of payment', () => {
    expect(merchantKey('Trader Joe\'s', 'CARD PURCHASE 03/12')).toBe('trader joes');
    expect(merchantKey('CHECK 1042', 'Book Store')).toBe(merchantKey('', 'Book Store'));
  });
  it('keeps apart merchants that differ after the first word', () => {
    expect(merchantKey('', 'UBER *TRIP')).not.toBe(merchantKey('', 'UBER *EATS'));
    expect(merchantKey('', 'University of Phoenix')).toBe('university of phoenix');
  });
});

describe('createMerchantKeys', () => {
  // Bank lines built from brand spellings with numbers, digit runs of every length, words that
  // end a name, cities, processor prefixes and separators, so look-alike lines meet often.
  const fragment = fc.oneof(
    fc.constantFrom('7', '11', '24', '1', '800', '99', '8', '6', '66', '21', '84', 'eleven', 'super', 'motel', 'phillips',
      'forever', 'lumber', 'hour', 'fitness', 'flowers', 'cents', 'only', 'STARBUCKS', 'Store', 'card', 'SQ *', 'des',
      'seattle', 'WA', 'Dec', 'xxxx', 'Café', "WENDY'S", 'AT&T', 'amzn', 'mktp'),
    fc.stringMatching(/^[0-9]{1,8}$/),
    fc.stringMatching(/^[0-9]{1,6}[A-Za-z]{3,5}$/),
  );
  const line = fc.array(fc.tuple(fragment, fc.constantFrom(' ', '-', '/', '#', '', ' #')), { maxLength: 7 })
    .map((parts) => parts.map(([f, sep]) => f + sep).join(''));
  it('gives every row the key merchantKey gives it, in any order of rows', () => {
    fc.assert(fc.property(fc.array(fc.tuple(line, fc.oneof(line, fc.constant(''))), { maxLength: 40 }), (rows) => {
      const keys = createMerchantKeys();
      for (const [payee, description] of rows) expect(keys(payee, description)).toBe(merchantKey(payee, description));
    }), { numRuns: 1000 });
  });

  it('keeps brand numbers and drops store numbers alike', () => {
    const keys = createMerchantKeys();
    expect(keys('7-ELEVEN 12345', '')).toBe(merchantKey('7-ELEVEN 12345', ''));
    expect(keys('7-ELEVEN 67890', '')).toBe(keys('7-ELEVEN 12345', ''));
    expect(keys('8-ELEVEN 12345', '')).toBe(merchantKey('8-ELEVEN 12345', ''));
    expect(keys('SUPER 8 MOTEL 4432', '')).toBe(merchantKey('SUPER 8 MOTEL 4432', ''));
  });
});

describe('keyHead', () => {
  it('is the first word, or two when the first says little', () => {
    expect(keyHead('starbucks kirkland')).toBe('starbucks');
    expect(keyHead('the home depot')).toBe('the home');
    expect(keyHead('pizza hut')).toBe('pizza hut');
  });
});
