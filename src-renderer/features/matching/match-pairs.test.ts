import { describe, expect, it } from 'vitest';
import type { TransactionView } from '../../../src-shared/contract/views';
import {
  batchNames, candidateIds, compareLines, duplicatePairs, linkedPairs, originalIds, rowText, scoreText, transferProposals,
} from './match-pairs';

const tx = (id: number, over: Partial<TransactionView> = {}): TransactionView => ({
  id, date: '2024-01-06', amount: '-15.25', amountMinor: -1525, currency: 'USD', account: 'Checking', accountId: 1,
  payee: '', description: `ROW ${id}`, memo: '', reference: null, balance: null, category: null, categorySource: null,
  confidence: null, suggestions: [], tags: [], batchId: null, flags: [], splits: [], ...over,
});

describe('duplicate pairs', () => {
  const flagged = [
    tx(10, { duplicate: { of: 3, score: 0.9, reasons: ['same amount', ' ', '1 day apart'] } }),
    tx(11, { duplicate: { of: 3, score: 0.7, reasons: [] } }),
    tx(12, { duplicate: { of: 99, score: 0.8, reasons: ['same amount'] } }),
    tx(13),
  ];

  it('asks for each resembled row once and pairs every flagged row with it, or with nothing when it is gone', () => {
    expect(originalIds(flagged)).toEqual([3, 99]);
    expect(originalIds(flagged, 1)).toEqual([3]);
    const pairs = duplicatePairs(flagged, [tx(3)]);
    expect(pairs.map((p) => [p.row.id, p.original?.id ?? null, p.score])).toEqual([[10, 3, 0.9], [11, 3, 0.7], [12, null, 0.8]]);
    expect(pairs[0]!.reasons).toEqual(['same amount', '1 day apart']);
  });

  it('compares the fields side by side and marks those that differ', () => {
    const files = batchNames([{ id: 'b1', fileName: 'jan.csv' } as never, { id: 'b2', fileName: 'jan-again.csv' } as never]);
    const lines = compareLines(
      tx(10, { date: '2024-01-07', description: 'VENDOR F5 STORES INC', payee: 'Vendor', batchId: 'b2' }),
      tx(3, { description: 'VENDOR F5 STORE', payee: 'VENDOR', batchId: 'b1', amount: '-1234.50' }),
      files,
    );
    expect(lines).toEqual([
      { label: 'Date', row: '2024-01-07', original: '2024-01-06', differs: true },
      { label: 'Amount', row: '-15.25 USD', original: '-1,234.50 USD', differs: true },
      { label: 'Payee', row: 'Vendor', original: 'VENDOR', differs: false },
      { label: 'Description', row: 'VENDOR F5 STORES INC', original: 'VENDOR F5 STORE', differs: true },
      { label: 'Account', row: 'Checking', original: 'Checking', differs: false },
      { label: 'File', row: 'jan-again.csv', original: 'jan.csv', differs: true },
    ]);
    expect(compareLines(tx(1, { batchId: 'gone' }), tx(2), files).at(-1)).toMatchObject({ row: 'an earlier import', original: 'entered by hand' });
  });

  it('shows a score as a whole percent, rounded down', () => {
    expect(scoreText(0.876)).toBe('87 % alike');
    expect(scoreText(0.999, 'sure')).toBe('99 % sure');
    expect(scoreText(1)).toBe('100 % alike');
    expect(scoreText(Number.NaN)).toBe('');
  });
});

describe('transfer pairs', () => {
  const out = tx(1, { amount: '-250.00', amountMinor: -25000, description: 'ONLINE TRANSFER TO SAVINGS' });
  const inn = tx(2, { amount: '250.00', amountMinor: 25000, account: 'Savings', accountId: 2, description: 'TRANSFER FROM CHECKING' });

  it('puts money out first, whichever leg the candidate names first, and drops candidates whose rows are gone', () => {
    const proposals = transferProposals([{ a: 2, b: 1, score: 0.9, reasons: ['opposite amounts'] }, { a: 1, b: 7, score: 0.5, reasons: [] }], [out, inn]);
    expect(proposals.map((p) => [p.out.id, p.in.id, p.score])).toEqual([[1, 2, 0.9]]);
    expect(candidateIds([{ a: 1, b: 2, score: 1, reasons: [] }, { a: 3, b: 2, score: 1, reasons: [] }])).toEqual([1, 2, 3]);
  });

  it('lists each linked transfer once, and none whose other leg was not read', () => {
    const legs = [{ ...inn, transferOf: 1 }, { ...out, transferOf: 2 }, tx(5, { transferOf: 6 }), tx(8)];
    expect(linkedPairs(legs).map((p) => [p.out.id, p.in.id])).toEqual([[1, 2]]);
  });

  it('names a row by its payee, else its description', () => {
    expect(rowText(tx(1, { payee: 'ACME' }))).toBe('ACME');
    expect(rowText(tx(1))).toBe('ROW 1');
    expect(rowText(tx(4, { description: '' }))).toBe('transaction 4');
  });
});
