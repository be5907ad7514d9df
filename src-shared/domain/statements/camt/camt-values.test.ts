import { describe, expect, it } from 'vitest';
import { readXml } from '../../text/xml';
import { CamtRowProblem, amountOf, clean, dateOf, directionOf, joinParts } from './camt-values';

const el = (xml: string) => readXml(xml);

describe('amountOf', () => {
  it('reads the amount in minor units of its Ccy attribute', () => {
    expect(amountOf(el('<Amt Ccy="EUR">8.85</Amt>'), null)).toEqual({ minor: 885, currency: 'EUR' });
    expect(amountOf(el('<Amt Ccy="EUR">80</Amt>'), null)).toEqual({ minor: 8000, currency: 'EUR' });
  });

  it('rounds up to five decimals half away from zero to the currency minor unit', () => {
    expect(amountOf(el('<Amt Ccy="EUR">5442.09000</Amt>'), null).minor).toBe(544209);
    expect(amountOf(el('<Amt Ccy="EUR">1.23456</Amt>'), null).minor).toBe(123);
    expect(amountOf(el('<Amt Ccy="EUR">1.23500</Amt>'), null).minor).toBe(124);
    expect(amountOf(el('<Amt Ccy="EUR">0.00499</Amt>'), null).minor).toBe(0);
  });

  it('uses the currency minor unit: JPY has none, BHD three', () => {
    expect(amountOf(el('<Amt Ccy="JPY">2700</Amt>'), null).minor).toBe(2700);
    expect(amountOf(el('<Amt Ccy="JPY">2700.5</Amt>'), null).minor).toBe(2701);
    expect(amountOf(el('<Amt Ccy="BHD">1.2345</Amt>'), null).minor).toBe(1235);
  });

  it('falls back to the account currency when the attribute is missing', () => {
    expect(amountOf(el('<Amt>3.00</Amt>'), 'CHF')).toEqual({ minor: 300, currency: 'CHF' });
  });

  it('refuses amounts that are not ISO decimals, and missing currencies', () => {
    for (const xml of ['<Amt Ccy="EUR">1,50</Amt>', '<Amt Ccy="EUR">12.123456</Amt>', '<Amt Ccy="EUR"></Amt>', '<Amt>1</Amt>', '<Amt Ccy="euro">1</Amt>']) {
      expect(() => amountOf(el(xml), null), xml).toThrow(CamtRowProblem);
    }
    expect(() => amountOf(undefined, 'EUR')).toThrow(/no amount/);
  });
});

describe('directionOf', () => {
  it('reads CRDT as +1 and DBIT as -1', () => {
    expect(directionOf('CRDT')).toBe(1);
    expect(directionOf(' dbit ')).toBe(-1);
    expect(() => directionOf(null)).toThrow(CamtRowProblem);
    expect(() => directionOf('CR')).toThrow(CamtRowProblem);
  });
});

describe('dateOf', () => {
  it('takes Dt, or the local date of DtTm without shifting it to UTC', () => {
    expect(dateOf(el('<BookgDt><Dt>2014-12-31</Dt></BookgDt>'))).toBe('2014-12-31');
    expect(dateOf(el('<BookgDt><DtTm>2014-12-31T23:30:00-05:00</DtTm></BookgDt>'))).toBe('2014-12-31');
    expect(dateOf(el('<BookgDt><DtTm>2025-07-23T00:00:00.000000000</DtTm></BookgDt>'))).toBe('2025-07-23');
    expect(dateOf(el('<ValDt><Dt>2014-12-31+01:00</Dt></ValDt>'))).toBe('2014-12-31');
  });

  it('is null for missing or impossible dates', () => {
    expect(dateOf(undefined)).toBeNull();
    expect(dateOf(el('<ValDt><Dt>2014-02-30</Dt></ValDt>'))).toBeNull();
    expect(dateOf(el('<ValDt><Dt>31.12.2014</Dt></ValDt>'))).toBeNull();
  });
});

describe('text helpers', () => {
  it('collapses whitespace of pretty-printed text', () => {
    expect(clean('  a\n        b\tc  ')).toBe('a b c');
    expect(clean(null)).toBe('');
  });

  it('joins parts without empty or repeated ones', () => {
    expect(joinParts(['Rega', '', null, 'Rega', 'Ref 1'], '; ')).toBe('Rega; Ref 1');
  });
});
