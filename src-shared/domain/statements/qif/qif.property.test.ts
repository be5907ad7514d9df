import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, StatementError } from '../types';
import { qifParser } from './qif.parser';

/** Parsing may refuse the whole file with StatementError; anything else thrown is a bug. */
function parseOrRefuse(bytes: Uint8Array): void {
  try {
    const r = qifParser.parse(bytes, 'qif', { limits: { ...DEFAULT_LIMITS, maxLineLength: 2000 } });
    for (const t of r.sections.flatMap((s) => s.transactions)) {
      expect(Number.isSafeInteger(t.amountMinor)).toBe(true);
      expect(t.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  } catch (err) {
    if (!(err instanceof StatementError)) throw err;
  }
}

const LINES = [
  '!Type:Bank', '!Type:Invst', '!Account', '!Option:AutoSwitch', '!Clear:AutoSwitch', '!Type:Cat', '^',
  'D1/2/19', "D12/31' 2", 'D31.12.2019', 'D2019-02-30', 'D', 'T-1,234.56', 'T1.234,5', 'T', 'Tabc', 'U5',
  'PShop', 'MMemo', 'N1001', 'NBuy', 'L[Acct]', 'SFood', 'EMeat', '$-1', '$x', 'A', 'CX', 'Q10', 'I2.5', 'NChecking',
  '', ' ', 'é€', '\u0000',
];

describe('qifParser never throws anything but StatementError', () => {
  it('on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => parseOrRefuse(bytes)), { numRuns: 300 });
  });

  it('on random QIF-like lines', () => {
    const file = fc.tuple(fc.array(fc.constantFrom(...LINES), { maxLength: 300 }), fc.constantFrom('\n', '\r\n', '\r'))
      .map(([lines, eol]) => new TextEncoder().encode(lines.join(eol)));
    fc.assert(fc.property(file, (bytes) => parseOrRefuse(bytes)), { numRuns: 500 });
  });

  it('stays linear on large files', () => {
    const bytes = new TextEncoder().encode(`!Type:Bank\n${'D01/02/2019\nT-1,234.56\nPShop\nSA\n$-1\n^\n'.repeat(40_000)}`);
    const started = performance.now();
    parseOrRefuse(bytes);
    // Generous: a quadratic step over 40,000 records would take minutes.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
