import { describe, expect, it } from 'vitest';
import { splitProblem } from './splits';

describe('splitProblem', () => {
  it('accepts parts that sum exactly to the line, and no parts (unsplit)', () => {
    expect(splitProblem(-10000, [{ amount: -7001 }, { amount: -2999 }], 2)).toBeNull();
    expect(splitProblem(-10000, [], 2)).toBeNull();
    expect(splitProblem(500, [{ amount: 800 }, { amount: -300 }], 2)).toBeNull(); // a refund netted against a purchase
  });

  it('names the difference when the parts do not add up', () => {
    expect(splitProblem(-10000, [{ amount: -7000 }, { amount: -2999 }], 2)).toBe('The parts add up to -99.99 but the line is -100.00: 0.01 is missing.');
    expect(splitProblem(-10000, [{ amount: -7000 }, { amount: -3100 }], 2)).toContain('1.00 too much');
    expect(splitProblem(-1000, [{ amount: -1 }, { amount: -2 }], 0)).toContain('997 is missing');
  });

  it('refuses one part, zero parts and fractions of a minor unit', () => {
    expect(splitProblem(-100, [{ amount: -100 }], 2)).toContain('at least two parts');
    expect(splitProblem(-100, [{ amount: -100 }, { amount: 0 }], 2)).toContain('cannot be zero');
    expect(splitProblem(-100, [{ amount: -50.5 }, { amount: -49.5 }], 2)).toContain('whole numbers');
  });
});
