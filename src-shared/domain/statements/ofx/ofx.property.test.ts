import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, StatementError } from '../types';
import { ofxParser } from './ofx.parser';

/** Parsing may refuse the whole file with StatementError; anything else thrown is a bug. */
function parseOrRefuse(bytes: Uint8Array): void {
  try {
    const r = ofxParser.parse(bytes, 'ofx', { limits: DEFAULT_LIMITS });
    for (const t of r.sections.flatMap((s) => s.transactions)) {
      expect(Number.isSafeInteger(t.amountMinor)).toBe(true);
      expect(t.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  } catch (err) {
    if (!(err instanceof StatementError)) throw err;
  }
}

const FRAGMENTS = [
  '<OFX>', '</OFX>', '<STMTRS>', '</STMTRS>', '<CCSTMTRS>', '<BANKTRANLIST>', '</BANKTRANLIST>',
  '<STMTTRN>', '</STMTTRN>', '<DTPOSTED>', '20240131', '2024-13-45', '<TRNAMT>', '-12,50', '1.234,5',
  '<NAME>', '</NAME>', '<MEMO>', '<FITID>', '<CURDEF>', 'USD', '<CURRENCY>', '<CURSYM>', '<LEDGERBAL>',
  '<BALAMT>', '&amp;', '&lt;', '&#0;', '&#x1F600;', '<![CDATA[', ']]>', '<!--', '-->', '<?xml ?>',
  '<!DOCTYPE x [', ']>', '<', '>', '/', '\r\n', ' ', 'é', '\u0000', 'OFXHEADER:100\n',
];

describe('ofxParser never throws anything but StatementError', () => {
  it('on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => parseOrRefuse(bytes)), { numRuns: 300 });
  });

  it('on random OFX-like fragments', () => {
    const soup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 400 }).map((parts) => new TextEncoder().encode(parts.join('')));
    fc.assert(fc.property(soup, (bytes) => parseOrRefuse(bytes)), { numRuns: 500 });
  });

  it('stays linear on pathological input', () => {
    for (const unit of ['<', '<A>', '</A>', '&amp;amp;', '<!--', '<STMTTRN>', '<X><Y>']) {
      const bytes = new TextEncoder().encode(`<OFX>${unit.repeat(Math.ceil(1_000_000 / unit.length))}`);
      const started = performance.now();
      parseOrRefuse(bytes);
      // Generous: a quadratic step on 1 MB would take minutes, not seconds.
      expect(performance.now() - started).toBeLessThan(5000);
    }
  });
});
