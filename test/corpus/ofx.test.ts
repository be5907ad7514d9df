import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../src-shared/domain/statements/parse-statement';
import { StatementError, type ParsedTransaction } from '../../src-shared/domain/statements/types';
import { corpusCases, expectWordsPresent, minor, parseCase, mutate } from './corpus-case';

/** The OFX and QFX files of the actual corpus (its camt.053.xml belongs to the CAMT tests). */
const CASES = corpusCases('actual').filter((c) => c.expected.format === 'ofx' || c.expected.format === 'qfx');

/**
 * Format by content, not by name: data.ofx is byte-identical to data.qfx and carries Intuit's
 * INTU.BID sign-on field, so it is QFX whatever its extension says.
 */
const FORMAT_BY_CONTENT: Record<string, string> = { 'data.ofx': 'qfx' };

/** Ledger balances as the files state them (the upstream tests do not assert balances). */
const LEDGER: Record<string, { accountId: string; currency: string; closing: string; closingDate: string }> = {
  '8859-1.qfx': { accountId: '999-12345-0055666-EOP', currency: 'CAD', closing: '9999.99', closingDate: '2022-10-20' },
  'credit-card.ofx': { accountId: '7dc6a2fd-2124-457a-a14', currency: 'USD', closing: '-9654.01', closingDate: '2023-03-31' },
  'data.ofx': { accountId: '123456789123', currency: 'USD', closing: '12798.01', closingDate: '2019-01-24' },
  'data.qfx': { accountId: '123456789123', currency: 'USD', closing: '12798.01', closingDate: '2019-01-24' },
  'html-vals.qfx': { accountId: '00000 00-00000', currency: 'CAD', closing: '1111.11', closingDate: '2023-11-06' },
};

describe.each(CASES.map((c) => [c.input, c] as const))('OFX corpus: actual/%s', (input, c) => {
  const result = parseCase(c);

  it('is detected from its content', () => {
    expect(result.format).toBe(FORMAT_BY_CONTENT[input] ?? c.expected.format);
  });

  it('has every transaction, with exact dates and amounts', () => {
    expect(result.errors).toEqual([]);
    expect(result.transactions).toHaveLength(c.expected.transactions.length);
    for (const want of c.expected.transactions) {
      // Upstream lists rows in database order, so lines are matched by FITID.
      const got = result.transactions.find((t) => t.reference === want.fitid) as ParsedTransaction;
      expect(got, `FITID ${want.fitid}`).toBeDefined();
      expect(got.date).toBe(want.date);
      expect(got.amountMinor).toBe(minor(want.amount));
      expectWordsPresent(got.payee, want.payee);
      expectWordsPresent(got.description, want.description);
      expectWordsPresent(got.memo, want.notes);
    }
  });

  it('has the account, currency and ledger balance the file states', () => {
    const ledger = LEDGER[input]!;
    expect(result.sections).toHaveLength(1);
    expect(result.statement).toMatchObject({
      accountId: ledger.accountId, currency: ledger.currency, openingBalanceMinor: null,
      closingBalanceMinor: minor(ledger.closing), closingDate: ledger.closingDate,
    });
  });
});

describe('OFX corpus: mutated files', () => {
  it('never throw anything but StatementError', () => {
    const mutated = fc.tuple(
      fc.constantFrom(...CASES.map((c) => c.bytes)),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('flip', 'insert', 'delete', 'cut')), { minLength: 1, maxLength: 12 }),
    ).map(([bytes, edits]) => mutate(bytes, edits));
    fc.assert(fc.property(mutated, fc.constantFrom('ofx' as const, 'qfx' as const), (bytes, format) => {
      try {
        parseStatement(bytes, { hints: { format } });
      } catch (err) {
        if (!(err instanceof StatementError)) throw err;
      }
    }), { numRuns: 400 });
  });
});
