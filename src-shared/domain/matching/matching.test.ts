import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, createRowTexts, currentFingerprint, datesInOrder, fingerprints, rowText, storedFingerprint } from './fingerprint';
import { normalizeText } from './normalize-text';
import { textSimilarity } from './similarity';

describe('normalizeText', () => {
  it('drops store numbers, card references, case and accents', () => {
    expect(normalizeText('STARBUCKS STORE #07604 01/21 PURCHASE')).toBe('starbucks store');
    expect(normalizeText('Café Zürich CARD 4471')).toBe('cafe zurich');
  });
});

describe('fingerprints', () => {
  it('keeps two identical rows of one day apart by their rank', () => {
    const coffee = { date: '2024-03-01', amountMinor: -350, description: 'COFFEE SHOP 12', payee: '' };
    const [a, b] = fingerprints([coffee, coffee]);
    expect(a).not.toBe(b);
    expect(a!.endsWith('|1')).toBe(true);
    expect(b!.endsWith('|2')).toBe(true);
  });
  it('is the same for the same row with different reference noise', () => {
    const [a] = fingerprints([{ date: '2024-03-01', amountMinor: -350, description: 'COFFEE SHOP 0012 CARD 4471', payee: '' }]);
    const [b] = fingerprints([{ date: '2024-03-01', amountMinor: -350, description: 'coffee shop 12', payee: '' }]);
    expect(a).toBe(b);
  });
});

describe('stored fingerprints', () => {
  it('match a row imported before the text was hashed, and no other', () => {
    const row = { date: '2024-03-01', amountMinor: -350, description: 'COFFEE SHOP 0012 CARD 4471', payee: '' };
    const [now] = fingerprints([row]);
    expect(now).toMatch(/^2024-03-01\|-350\|#[0-9a-z]{8,14}\|1$/);
    const stored = storedFingerprint(now!);
    expect(stored).toMatch(/^#[0-9a-z]{8,14}\|1$/);
    expect(currentFingerprint(row, stored)).toBe(now);
    expect(currentFingerprint({ date: '2024-03-02', amountMinor: -350 }, stored)).not.toBe(now);
    expect(currentFingerprint(row, '2024-03-01|-350|coffee shop|1')).toBe(now);
    expect(currentFingerprint(row, now!)).toBe(now);
    expect(currentFingerprint(row, '2024-03-01|-350|coffee shops|1')).not.toBe(now);
    expect(currentFingerprint(row, '2024-03-01|-350|coffee shop|2')).not.toBe(now);
  });
});

describe('fingerprints of a file whose dates are in order', () => {
  // Few days, amounts and texts, so identical rows of a day are common.
  const row = fc.record({
    date: fc.constantFrom('2024-03-01', '2024-03-02', '2024-03-05'),
    amountMinor: fc.constantFrom(-350, -350, 1200),
    payee: fc.constantFrom('Coffee Shop', 'COFFEE SHOP 12', 'Bakery'),
    description: fc.constantFrom('', 'card 1234'),
  });
  it('rank identical rows of a day as a file read whole does, rising or falling', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 60 }), fc.boolean(), (rows, falling) => {
      const sorted = [...rows].sort((a, b) => (falling ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date)));
      expect(datesInOrder(sorted)).toBe(true);
      const dated = createFingerprinter({ datesInOrder: true });
      expect(sorted.map((r) => dated(r))).toEqual(fingerprints(sorted));
    }), { numRuns: 500 });
  });

  it('tells dates that go back and forth', () => {
    const d = (...dates: string[]) => dates.map((date) => ({ date }));
    expect(datesInOrder(d('2024-01-01', '2024-01-01', '2024-01-03'))).toBe(true);
    expect(datesInOrder(d('2024-01-03', '2024-01-02', '2024-01-02'))).toBe(true);
    expect(datesInOrder(d('2024-01-01', '2024-01-03', '2024-01-02'))).toBe(false);
    expect(datesInOrder([])).toBe(true);
  });
});

describe('createRowTexts', () => {
  // Stop words, digits and letters side by side, so lines differing only in digits meet often.
  const fragment = fc.oneof(fc.constantFrom('card', 'CARD', 'ref', 'pos', 'id', 'Coffee', 'é', '²'), fc.stringMatching(/^[0-9]{0,5}$/));
  const line = fc.array(fc.tuple(fragment, fc.constantFrom('', ' ', '#', '-')), { maxLength: 6 }).map((p) => p.map(([f, sep]) => f + sep).join(''));
  it('gives every row the text rowText gives it, in any order of rows', () => {
    fc.assert(fc.property(fc.array(fc.tuple(line, line), { maxLength: 40 }), (rows) => {
      const texts = createRowTexts();
      for (const [payee, description] of rows) expect(texts({ payee, description })).toBe(rowText({ payee, description }));
      // The same lines again, now remembered.
      for (const [payee, description] of rows) expect(texts({ payee, description })).toBe(rowText({ payee, description }));
    }), { numRuns: 1000 });
    const texts = createRowTexts();
    expect(texts({ payee: 'POS 1234 COFFEE', description: '' })).toBe(texts({ payee: 'POS 99 COFFEE', description: '' }));
    // Digits glued to a stop word keep it a word: "card1234" is not the stop word "card".
    expect(texts({ payee: 'CARD1234', description: '' })).toBe('card');
    expect(texts({ payee: 'CARD', description: '' })).toBe('');
  });
});

describe('one text column read as payee and description', () => {
  // The import takes a shortcut for such rows; fingerprints stored before it must still match.
  const bankText = fc.stringMatching(/^[A-Za-z0-9 #*&'/.,é-]{0,40}$/);
  it('has the text and fingerprint of the text written twice', () => {
    fc.assert(fc.property(bankText, (text) => {
      expect(rowText({ payee: text, description: text })).toBe(normalizeText(`${text} ${text}`));
    }), { numRuns: 2000 });
    expect(rowText({ payee: 'STARBUCKS #123', description: 'STARBUCKS #123' })).toBe('starbucks starbucks');
  });
});

describe('textSimilarity', () => {
  it('scores the same merchant written two ways high and different merchants low', () => {
    expect(textSimilarity('AMAZON MKTPLACE PMTS', 'Amazon Marketplace')).toBeGreaterThan(0.6);
    expect(textSimilarity('SHELL OIL 5561', 'STARBUCKS STORE 0412')).toBeLessThan(0.3);
    expect(textSimilarity('', 'x')).toBe(0);
  });
});
