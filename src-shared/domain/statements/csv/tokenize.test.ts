import { describe, expect, it } from 'vitest';
import { StatementError } from '../types';
import { checkLineLengths, tokenizeCsv } from './tokenize';

describe('tokenizeCsv', () => {
  it('splits quoted cells and maps rows to lines', () => {
    const { rows, lines } = tokenizeCsv('a,"b ""q"", c"\n"multi\nline",x\ny,z\n', ',');
    expect(rows.slice(0, 3)).toEqual([['a', 'b "q", c'], ['multi\nline', 'x'], ['y', 'z']]);
    expect(Array.from(lines!).slice(0, 3)).toEqual([1, 2, 4]);
  });

  it('leaves lines implicit when every row is one line', () => {
    expect(tokenizeCsv('a;b\r\nc;d\r\n', ';').lines).toBeNull();
  });
});

describe('checkLineLengths', () => {
  it('throws TOO_LARGE naming the line', () => {
    expect(() => checkLineLengths('ok\nok\n' + 'x'.repeat(11), 10)).toThrow(/Line 3 /);
    expect(() => checkLineLengths('x'.repeat(11), 10)).toThrow(StatementError);
    expect(() => checkLineLengths('0123456789\n0123456789', 10)).not.toThrow();
  });
});
