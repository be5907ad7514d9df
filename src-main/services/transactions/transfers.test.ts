import { describe, expect, it } from 'vitest';
import { mentions, pickProposals, scoreTransfer, type OwnAccount, type TransferLeg } from './transfers';

const accounts = new Map<number, OwnAccount>([
  [1, { id: 1, name: 'Business Checking', number: 'DE89370400440532013000' }],
  [2, { id: 2, name: 'Savings', number: 'XXXX4471' }],
]);
const leg = (id: number, accountId: number, date: string, amountMinor: number, text: string): TransferLeg => ({ id, accountId, date, amountMinor, currency: 'EUR', text });

describe('scoreTransfer', () => {
  it('pairs opposite amounts of two own accounts within 4 days', () => {
    const s = scoreTransfer(leg(1, 1, '2024-03-01', -50000, 'ONLINE PAYMENT'), leg(2, 2, '2024-03-03', 50000, 'DEPOSIT'), accounts);
    expect(s).toEqual({ score: 0.6, reasons: ['opposite amounts', '2 days apart'] });
  });

  it('scores higher when the text names the other account (by name or last digits) and says transfer', () => {
    const named = scoreTransfer(leg(1, 1, '2024-03-01', -50000, 'ONLINE TRANSFER TO SAV XXXXXX4471'), leg(2, 2, '2024-03-01', 50000, 'TRANSFER FROM BUSINESS CHECKING'), accounts)!;
    expect(named.score).toBe(1);
    expect(named.reasons).toEqual(['opposite amounts', 'same day', '"ONLINE TRANSFER TO SAV XXXXXX4471" names Savings', '"TRANSFER FROM BUSINESS CHECKING" names Business Checking', 'says transfer']);
  });

  it('refuses same account, equal signs, other currency, zero, and more than 4 days', () => {
    expect(scoreTransfer(leg(1, 1, '2024-03-01', -100, ''), leg(2, 1, '2024-03-01', 100, ''), accounts)).toBeNull();
    expect(scoreTransfer(leg(1, 1, '2024-03-01', -100, ''), leg(2, 2, '2024-03-01', -100, ''), accounts)).toBeNull();
    expect(scoreTransfer(leg(1, 1, '2024-03-01', -100, ''), { ...leg(2, 2, '2024-03-01', 100, ''), currency: 'USD' }, accounts)).toBeNull();
    expect(scoreTransfer(leg(1, 1, '2024-03-01', 0, ''), leg(2, 2, '2024-03-01', 0, ''), accounts)).toBeNull();
    expect(scoreTransfer(leg(1, 1, '2024-03-01', -100, ''), leg(2, 2, '2024-03-06', 100, ''), accounts)).toBeNull();
  });
});

describe('mentions', () => {
  it('finds an account name as whole words, or the last four digits of its number', () => {
    expect(mentions('xfer to savings acct', accounts.get(2)!)).toBe(true);
    expect(mentions('SAVINGSPLAN', accounts.get(2)!)).toBe(false);
    expect(mentions('REF 0532013000 SEPA', accounts.get(1)!)).toBe(true);
    expect(mentions('REF 1234', accounts.get(1)!)).toBe(false);
  });
});

describe('pickProposals', () => {
  it('puts each row in at most one proposal, best score first', () => {
    const picked = pickProposals([
      { a: 1, b: 2, score: 0.6, reasons: [] },
      { a: 1, b: 3, score: 0.9, reasons: [] },
      { a: 4, b: 2, score: 0.7, reasons: [] },
    ], 10);
    expect(picked.map((p) => [p.a, p.b])).toEqual([[1, 3], [4, 2]]);
    expect(pickProposals([{ a: 1, b: 2, score: 1, reasons: [] }, { a: 3, b: 4, score: 0.5, reasons: [] }], 1)).toHaveLength(1);
  });
});
