import { describe, expect, it } from 'vitest';
import { bankWords, plainWords } from './bank-text';
import { allConcepts, conceptInfo, matchKeywords } from './keyword-map';
import data from './resources/merchant-keywords.json' with { type: 'json' };

const match = (text: string, amountMinor = -1000) => matchKeywords(plainWords(bankWords(text)), amountMinor);

describe('the shipped keyword map', () => {
  it('knows several hundred merchants across US, UK and EU spending', () => {
    const merchants = Object.values(data.merchants).flat().length;
    expect(merchants).toBeGreaterThan(500);
    for (const concept of ['groceries', 'fuel', 'coffee', 'software', 'telecom', 'airline', 'hotel', 'insurance', 'bank_fees', 'payroll', 'rent', 'shipping', 'advertising']) {
      expect(allConcepts()).toContain(concept);
    }
    for (const c of allConcepts()) expect(conceptInfo(c).targets.length).toBeGreaterThan(0);
  });

  it('finds brands in bank text, the longest phrase winning', () => {
    expect(match('POS PURCHASE SHELL OIL 57442138 HOUSTON TX')).toMatchObject({ concept: 'fuel', strength: 'merchant' });
    expect(match('CARD PAYMENT TO TESCO STORES ON 12 MAR')?.concept).toBe('groceries');
    expect(match('UBER *EATS')?.concept).toBe('food_delivery');
    expect(match('UBER *TRIP')?.concept).toBe('rideshare');
    expect(match('SHELL ENERGY DIRECT DEBIT')?.concept).toBe('electricity');
    expect(match('WHOLEFDS MKT 10234')?.concept).toBe('groceries');
  });

  it('falls back to generic words, marked weaker than a brand', () => {
    expect(match("ROSSI'S TRATTORIA")).toMatchObject({ concept: 'dining', strength: 'keyword' });
    expect(match('MILL CREEK PLUMBING LLC')?.concept).toBe('repairs');
    expect(match('ZENTRIX HOLDINGS')).toBeNull();
  });

  it('reads money coming in from a shop as a refund, and general stores as weak evidence', () => {
    expect(match('STARBUCKS 1234', 450)?.concept).toBe('refund');
    expect(match('STRIPE TRANSFER', 150000)?.concept).toBe('payouts');
    expect(match('AMAZON MKTPLACE PMTS')?.strength).toBe('keyword');
  });
});
