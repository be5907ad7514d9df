import { describe, expect, it } from 'vitest';
import { checkPattern, createRegexSandbox } from './regex-sandbox';

describe('regex sandbox', () => {
  it('matches ordinary patterns case-insensitively', () => {
    const test = createRegexSandbox();
    expect(test('^shell\\b', 'SHELL OIL 5561')).toBe(true);
    expect(test('amzn|amazon', 'Starbucks')).toBe(false);
  });

  it('stops a catastrophic pattern within its time limit and gives it up', () => {
    const test = createRegexSandbox();
    const t0 = Date.now();
    expect(test('(a+)+$', `${'a'.repeat(40)}!`)).toBeNull();
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(test.slowPatterns.has('(a+)+$')).toBe(true);
    expect(test('(a+)+$', 'aaa')).toBeNull();
  });

  it('says why a pattern does not compile', () => {
    expect(checkPattern('(unclosed')).toMatch(/Unterminated group/);
    expect(checkPattern('ok')).toBeNull();
  });
});
