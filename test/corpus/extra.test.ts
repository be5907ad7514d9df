import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currencyScale } from '../../src-shared/domain/money/currency';
import type { ParseResult, ParsedTransaction } from '../../src-shared/domain/statements/types';
import { FIXTURES, corpusCases, expectWordsPresent, minor, parseCase, type CorpusCase } from './corpus-case';

/**
 * Statements from other public projects' test suites (test/fixtures/extra/<project>/, each
 * with its license), parsed WITHOUT hints, the way the held-out set is judged: format family,
 * transaction count, every (date, amount) pair and the stated balances strictly; the bank's
 * words loosely. MT940 rows also carry `value_date`: `date` is the booking date (entry date,
 * year inferred) and `value_date` the :61: value date.
 */
const EXTRA = join(FIXTURES, 'extra');
const CASES: CorpusCase[] = readdirSync(EXTRA)
  .filter((d) => statSync(join(EXTRA, d)).isDirectory())
  .sort()
  .flatMap((d) => corpusCases(join('extra', d)));

const FAMILY: Record<string, string> = {
  ofx: 'ofx', qfx: 'ofx', csv: 'csv', tsv: 'csv', xlsx: 'xlsx', xls: 'xlsx', qif: 'qif',
  camt052: 'camt', camt053: 'camt', camt054: 'camt', mt940: 'mt940', mt942: 'mt940',
};

interface WantTx { date: string; amount: string; value_date?: string; description?: string }

function scaleOf(result: ParseResult, t?: ParsedTransaction): number {
  const ccy = t?.currency || result.statement.currency || '';
  return ccy ? currencyScale(ccy) : 2;
}

const key = (date: string, valueDate: string | null | undefined, amount: number) => `${date} ${valueDate ?? '-'} ${amount}`;

describe('extra corpus', () => {
  it('holds every collected case (a fixture folder that goes missing fails here)', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(13);
  });
});

describe.each(CASES.map((c) => [`${c.folder}/${c.input}`, c] as const))('extra: %s', (_name, c) => {
  let cached: ParseResult | undefined;
  const result = () => (cached ??= parseCase(c));
  const want: WantTx[] = c.expected.transactions;

  it('is detected as its format and read without errors', () => {
    expect(FAMILY[result().format]).toBe(FAMILY[c.expected.format]);
    expect(result().errors).toEqual([]);
  });

  it('has exactly the expected transactions: count, dates and amounts', () => {
    const r = result();
    expect(r.transactions).toHaveLength(c.expected.transaction_count);
    const withValue = want.some((w) => w.value_date);
    const got = r.transactions.map((t) => key(t.date, withValue ? t.valueDate : null, t.amountMinor)).sort();
    const exp = want.map((w, i) => key(w.date, withValue ? w.value_date : null, minor(w.amount, scaleOf(r, r.transactions[i])))).sort();
    expect(got).toEqual(exp);
  });

  it('has the balances, account and currency the file states', () => {
    const s = c.expected.statement ?? {};
    const r = result();
    const scale = s.currency ? currencyScale(s.currency) : scaleOf(r);
    const bal = (v: string | null) => (v === null ? null : minor(v, scale));
    if ('opening_balance' in s) expect(r.statement.openingBalanceMinor).toBe(bal(s.opening_balance));
    if ('closing_balance' in s) expect(r.statement.closingBalanceMinor).toBe(bal(s.closing_balance));
    if (s.closing_date) expect(r.statement.closingDate).toBe(s.closing_date);
    if (s.account_id) expect(r.statement.accountId).toBe(s.account_id);
    if (s.currency) expect(r.statement.currency).toBe(s.currency);
  });

  it("keeps the bank's words of the described rows", () => {
    const r = result();
    for (const w of want.filter((x) => x.description)) {
      const amount = minor(w.amount, scaleOf(r));
      const candidates = r.transactions.filter((t) => t.date === w.date && t.amountMinor === amount);
      expect(candidates.length, `${w.date} ${w.amount}`).toBeGreaterThan(0);
      const texts = candidates.map((t) => [t.payee, t.description, t.memo, t.reference].join(' '));
      const hit = texts.find((text) => {
        try { expectWordsPresent(text, w.description); return true; } catch { return false; }
      });
      if (!hit) expectWordsPresent(texts[0]!, w.description);
    }
  });
});
