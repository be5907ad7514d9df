import vm from 'node:vm';
import type { RegexTest } from '../../../src-shared/domain/rules/rule';

/** A quantified group or a back-reference can backtrack catastrophically; those run in a sandbox. */
const RISKY = /\)[*+?{]|\\[1-9]|\\k</;
const TIME_LIMIT_MS = 50;

/**
 * User regexes with a time limit. Plain patterns run directly (fast, linear on bank text);
 * risky ones run in a vm context that V8 interrupts after 50 ms. A pattern that ever hits the
 * limit is given up for the rest of this sandbox's life (it answers null: "no match, too slow").
 */
export function createRegexSandbox(): RegexTest & { slowPatterns: Set<string> } {
  const compiled = new Map<string, RegExp | null>();
  const slowPatterns = new Set<string>();
  const context = vm.createContext({ re: /x/, text: '' });
  const script = new vm.Script('re.test(text)');

  const test = ((pattern: string, text: string) => {
    if (slowPatterns.has(pattern)) return null;
    let re = compiled.get(pattern);
    if (re === undefined) {
      try { re = new RegExp(pattern, 'i'); } catch { re = null; }
      compiled.set(pattern, re);
    }
    if (re === null) return null;
    if (!RISKY.test(pattern)) return re.test(text);
    context.re = re;
    context.text = text.slice(0, 1000);
    try {
      return script.runInContext(context, { timeout: TIME_LIMIT_MS }) === true;
    } catch {
      slowPatterns.add(pattern);
      return null;
    }
  }) as RegexTest & { slowPatterns: Set<string> };
  test.slowPatterns = slowPatterns;
  return test;
}

/** Whether a pattern compiles; the message says what is wrong when it does not. */
export function checkPattern(pattern: string): string | null {
  try {
    new RegExp(pattern, 'i');
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}
