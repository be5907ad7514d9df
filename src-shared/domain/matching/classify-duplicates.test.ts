import { describe, expect, it } from 'vitest';
import { addExisting, classifyDuplicates, createDuplicateIndex, type DuplicateIndex, type ExistingRow, type IncomingRow } from './classify-duplicates';
import { fingerprints } from './fingerprint';

function rows(list: { date: string; amountMinor: number; text: string; reference?: string }[]): IncomingRow[] {
  const fps = fingerprints(list.map((r) => ({ ...r, description: r.text, payee: '' })));
  return list.map((r, i) => ({ ...r, reference: r.reference ?? null, fingerprint: fps[i]! }));
}
function existingFrom(incoming: IncomingRow[], firstId = 1): DuplicateIndex {
  const index = createDuplicateIndex();
  addExisting(index, incoming.map((r, i): ExistingRow => ({ id: firstId + i, ...r })));
  return index;
}

describe('classifyDuplicates', () => {
  it('skips a row with the same bank id', () => {
    const old = existingFrom(rows([{ date: '2024-01-02', amountMinor: -500, text: 'SHELL', reference: 'FIT1' }]));
    const v = classifyDuplicates(rows([{ date: '2024-01-03', amountMinor: -500, text: 'Shell Oil', reference: 'FIT1' }]), old);
    expect(v).toEqual([{ kind: 'exact', rule: 'bank-id', existingId: 1 }]);
  });

  it('keeps the second of two identical coffees when the ledger holds one', () => {
    const coffee = { date: '2024-01-02', amountMinor: -350, text: 'COFFEE 12' };
    const old = existingFrom(rows([coffee]));
    const v = classifyDuplicates(rows([coffee, coffee]), old);
    expect(v[0]).toEqual({ kind: 'exact', rule: 'fingerprint', existingId: 1 });
    // The existing coffee already answered for the first: the second is new, not a duplicate.
    expect(v[1]).toEqual({ kind: 'new' });
  });

  it('flags the same amount two days apart with a similar payee, with a score and reasons', () => {
    const old = existingFrom(rows([{ date: '2024-01-02', amountMinor: -12999, text: 'AMAZON MKTPLACE PMTS' }]));
    const [v] = classifyDuplicates(rows([{ date: '2024-01-04', amountMinor: -12999, text: 'Amazon Marketplace' }]), old);
    expect(v).toMatchObject({ kind: 'possible', existingId: 1, reasons: ['same amount', '2 days apart', expect.stringMatching(/description \d+ % similar/)] });
    expect((v as { score: number }).score).toBeGreaterThan(0.5);
  });

  it('does not flag different merchants, far dates, other amounts or different bank ids', () => {
    const old = existingFrom(rows([{ date: '2024-01-02', amountMinor: -5000, text: 'SHELL OIL', reference: 'A' }]));
    const v = classifyDuplicates(rows([
      { date: '2024-01-02', amountMinor: -5000, text: 'STARBUCKS' },
      { date: '2024-01-09', amountMinor: -5000, text: 'SHELL OIL' },
      { date: '2024-01-02', amountMinor: -5001, text: 'SHELL OIL' },
      // Same day, amount and text, but the bank gave it another id: another bank line.
      { date: '2024-01-02', amountMinor: -5000, text: 'SHELL OIL', reference: 'B' },
    ]), old);
    expect(v.map((x) => x.kind)).toEqual(['new', 'new', 'new', 'new']);
  });

  it('treats the same line exported without a bank id (CSV) as the one with it (OFX)', () => {
    const old = existingFrom(rows([{ date: '2024-01-02', amountMinor: -5000, text: 'SHELL OIL', reference: 'A' }]));
    const v = classifyDuplicates(rows([{ date: '2024-01-02', amountMinor: -5000, text: 'Shell Oil 0042' }]), old);
    expect(v).toEqual([{ kind: 'exact', rule: 'fingerprint', existingId: 1 }]);
  });

  it('lets an existing row answer for one incoming row only, across chunks of a file', () => {
    const index = existingFrom(rows([{ date: '2024-01-02', amountMinor: -5000, text: 'SHELL OIL' }]));
    const chunk = rows([{ date: '2024-01-02', amountMinor: -5000, text: 'SHELL OIL' }]);
    expect(classifyDuplicates(chunk, index)[0]!.kind).toBe('exact');
    expect(classifyDuplicates(rows([{ date: '2024-01-03', amountMinor: -5000, text: 'SHELL OIL' }]), index)[0]!.kind).toBe('new');
  });
});
