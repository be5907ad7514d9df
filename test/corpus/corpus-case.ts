import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseDecimalToMinor } from '../../src-shared/domain/money/decimal';
import { parseStatement } from '../../src-shared/domain/statements/parse-statement';
import type { ParseHints, ParseResult } from '../../src-shared/domain/statements/types';

/** Fixtures are copies of ../shared/corpus, each folder with its upstream license beside it. */
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface CorpusCase {
  folder: string;
  input: string;
  bytes: Uint8Array;
  // The expected.json restates what the upstream project's tests assert; shapes vary by folder.
  expected: any;
}

export function corpusCases(folder: string): CorpusCase[] {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const expected = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const input = f.slice(0, -'.expected.json'.length);
      return { folder, input, bytes: new Uint8Array(readFileSync(join(dir, input))), expected };
    });
}

export function parseCase(c: CorpusCase, hints?: ParseHints): ParseResult {
  return parseStatement(c.bytes, { fileName: c.input, hints });
}

/** Decimal text ("-379", "-379.00", "1234.5") as minor units at the given scale. */
export function minor(amount: string | number, scale = 2): number {
  const v = parseDecimalToMinor(String(amount), { decimal: '.', scale });
  if (v === null) throw new Error(`expected.json amount is not a number: ${amount}`);
  return v;
}

/** Loose text check: every word of `want` longer than 2 chars appears in `got` (case and spacing ignored). */
export function expectWordsPresent(got: string, want: string | null | undefined): void {
  if (!want) return;
  const hay = got.toLowerCase().replace(/\s+/g, '');
  for (const word of want.toLowerCase().split(/[\s;,/]+/)) {
    if (word.length > 2) expect(hay, `"${word}" missing from "${got}"`).toContain(word.replace(/\s+/g, ''));
  }
}

/** Byte edits for property tests on real files: flip, insert or delete a byte, or cut the rest. */
export type Edit = [position: number, byte: number, kind: 'flip' | 'insert' | 'delete' | 'cut'];

export function mutate(source: Uint8Array, edits: readonly Edit[]): Uint8Array {
  let bytes = Array.from(source);
  for (const [position, byte, kind] of edits) {
    const at = bytes.length ? position % bytes.length : 0;
    if (kind === 'flip') bytes[at] = byte;
    else if (kind === 'insert') bytes.splice(at, 0, byte);
    else if (kind === 'delete') bytes.splice(at, 1);
    else bytes = bytes.slice(0, at);
  }
  return new Uint8Array(bytes);
}
