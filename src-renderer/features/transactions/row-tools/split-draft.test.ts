import { describe, expect, it } from 'vitest';
import { checkParts, parseAmountText, partMinor, partText, remainingText, type PartDraft } from './split-draft';

const names = new Map([['office supplies', 'Office Supplies'], ['utilities', 'Utilities']]);
const lookup = (text: string) => names.get(text.trim().toLowerCase()) ?? null;
let key = 0;
const part = (category: string, amountText: string, memo = ''): PartDraft => ({ key: key++, category, amountText, memo });

describe('parseAmountText', () => {
  it('reads decimals into integer minor units without floats', () => {
    expect(parseAmountText('12.50', 2)).toEqual({ ok: true, minor: 1250 });
    expect(parseAmountText('0.1', 2)).toEqual({ ok: true, minor: 10 });
    expect(parseAmountText('.07', 2)).toEqual({ ok: true, minor: 7 });
    expect(parseAmountText('1,234.56', 2)).toEqual({ ok: true, minor: 123456 });
    expect(parseAmountText('1 234.5', 2)).toEqual({ ok: true, minor: 123450 });
    expect(parseAmountText('12,5', 2)).toEqual({ ok: true, minor: 1250 });
    expect(parseAmountText('12,50', 2)).toEqual({ ok: true, minor: 1250 });
    expect(parseAmountText('-3', 2)).toEqual({ ok: true, minor: -300 });
    expect(parseAmountText('+3', 2)).toEqual({ ok: true, minor: 300 });
    expect(parseAmountText('−4.20', 2)).toEqual({ ok: true, minor: -420 });
    expect(parseAmountText('90071992547409.91', 2)).toEqual({ ok: true, minor: 9007199254740991 });
    // A float would give 0.1 + 0.2 trouble; the string path never does.
    expect(parseAmountText('0.30', 2)).toEqual({ ok: true, minor: 30 });
  });

  it('reads a comma followed by three digits as thousands', () => {
    expect(parseAmountText('1,234', 2)).toEqual({ ok: true, minor: 123400 });
    expect(parseAmountText('1,234,567', 2)).toEqual({ ok: true, minor: 123456700 });
  });

  it('follows the currency: no decimals for JPY, three for KWD', () => {
    expect(parseAmountText('1500', 0)).toEqual({ ok: true, minor: 1500 });
    expect(parseAmountText('15.5', 0)).toMatchObject({ ok: false, error: 'This currency has no decimals.' });
    expect(parseAmountText('1.234', 3)).toEqual({ ok: true, minor: 1234 });
  });

  it('refuses what is not an amount, and never rounds extra decimals away', () => {
    for (const bad of ['', '  ', 'abc', '12a', '1.2.3', '--3', '.', '-', '12,34.5', '1e3', 'NaN']) {
      expect(parseAmountText(bad, 2).ok, bad).toBe(false);
    }
    expect(parseAmountText('12.345', 2)).toMatchObject({ ok: false, error: 'Use at most 2 decimals.' });
    expect(parseAmountText('99999999999999999', 2)).toMatchObject({ ok: false });
  });
});

describe('part amounts and the line direction', () => {
  it('gives an unsigned amount the line’s sign and takes an explicit sign as typed', () => {
    expect(partMinor('30', -5000, 2)).toEqual({ ok: true, minor: -3000 });
    expect(partMinor('-30', -5000, 2)).toEqual({ ok: true, minor: -3000 });
    expect(partMinor('+5', -5000, 2)).toEqual({ ok: true, minor: 500 });
    expect(partMinor('30', 5000, 2)).toEqual({ ok: true, minor: 3000 });
    expect(partMinor('-5', 5000, 2)).toEqual({ ok: true, minor: -500 });
  });

  it('shows stored parts so that reading them back gives the same minor units', () => {
    for (const [minor, line] of [[-3000, -5000], [500, -5000], [3000, 5000], [-500, 5000], [-1, -2]] as const) {
      const text = partText(minor, line, 2);
      expect(partMinor(text, line, 2)).toEqual({ ok: true, minor });
    }
    expect(partText(-3000, -5000, 2)).toBe('30.00');
    expect(partText(500, -5000, 2)).toBe('+5.00');
  });
});

describe('checkParts', () => {
  it('accepts parts that sum exactly to the line and sends them signed, with trimmed memos', () => {
    const c = checkParts([part('office supplies', '30.00', ' paper '), part('Utilities', '20')], -5000, 2, lookup);
    expect(c.problem).toBeNull();
    expect(c.remainingMinor).toBe(0);
    expect(c.parts).toEqual([{ category: 'Office Supplies', amount: -3000, memo: 'paper' }, { category: 'Utilities', amount: -2000 }]);
  });

  it('shows what is left or too much, in the line’s direction, and refuses to save', () => {
    const short = checkParts([part('Utilities', '30'), part('Office Supplies', '19.99')], -5000, 2, lookup);
    expect(short.remainingMinor).toBe(-1);
    expect(short.problem).toBe('0.01 left to assign');
    const over = checkParts([part('Utilities', '30'), part('Office Supplies', '25')], -5000, 2, lookup);
    expect(over.problem).toBe('5.00 too much');
    const income = checkParts([part('Utilities', '30'), part('Office Supplies', '+25')], 5000, 2, lookup);
    expect(income.problem).toBe('5.00 too much');
    expect(remainingText(0, -5000, 2)).toBe('Fully assigned');
  });

  it('needs two parts, a known category and a non-zero amount on each', () => {
    expect(checkParts([part('Utilities', '50')], -5000, 2, lookup).problem).toBe('A split needs at least two parts.');
    const noCat = checkParts([part('', '30'), part('Nope', '20')], -5000, 2, lookup);
    expect(noCat.problem).toBe('Every part needs a category.');
    expect(noCat.categoryErrors).toEqual(['Pick a category.', 'There is no category “Nope”.']);
    const zero = checkParts([part('Utilities', '50'), part('Office Supplies', '0')], -5000, 2, lookup);
    expect(zero.problem).toBe('Every part needs a non-zero amount.');
    expect(zero.amountErrors).toEqual([null, 'A part cannot be zero.']);
    const bad = checkParts([part('Utilities', '50'), part('Office Supplies', 'x')], -5000, 2, lookup);
    expect(bad.amountErrors[1]).toMatch(/not an amount/);
    expect(bad.remainingMinor).toBe(0);
  });

  it('allows a part against the line’s direction when the total still matches', () => {
    const c = checkParts([part('Utilities', '60'), part('Office Supplies', '+10')], -5000, 2, lookup);
    expect(c.problem).toBeNull();
    expect(c.parts.map((p) => p.amount)).toEqual([-6000, 1000]);
  });
});
