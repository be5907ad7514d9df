import { describe, expect, it } from 'vitest';
import { combine, DEFAULT_WEIGHTS, fitEnsemble, floorLogs, GROUPS, probLogs, stackGroup, type StackRow } from './ensemble';
import { createRng } from './rng';

const C = 4;
/** A component that is right with probability `skill` and says so with confidence 0.9. */
function component(label: number, skill: number, rng: () => number): Float32Array {
  const guess = rng() < skill ? label : (label + 1 + Math.floor(rng() * (C - 1))) % C;
  const p = Array.from({ length: C }, (_, c) => (c === guess ? 0.9 : 0.1 / (C - 1)));
  return probLogs(p, new Float32Array(C));
}

describe('fitEnsemble', () => {
  it('trusts the component that is right on held-out rows and calibrates the result', () => {
    const rng = createRng(2);
    const rows: StackRow[] = Array.from({ length: 600 }, () => {
      const label = Math.floor(rng() * C);
      return { group: 3, label, weight: 1, logs: [component(label, 0.4, rng), null, null, null, component(label, 0.95, rng)] };
    });
    const fitted = fitEnsemble(rows, C);
    const w = fitted.weights[3]!;
    expect(w[4]!).toBeGreaterThan(w[0]!);
    let conf = 0;
    let right = 0;
    for (const r of rows) {
      const p = combine(fitted, r.group, r.logs, C);
      const top = p.indexOf(Math.max(...p));
      conf += p[top]!;
      if (top === r.label) right++;
    }
    expect(Math.abs(conf - right) / rows.length).toBeLessThan(0.03);
  });
  it('keeps the prior where there is no evidence', () => {
    const fitted = fitEnsemble([], C);
    expect(fitted.weights).toEqual(DEFAULT_WEIGHTS.weights);
  });
});

describe('combine and groups', () => {
  it('gives a distribution, uniform when nothing is known', () => {
    const p = combine(DEFAULT_WEIGHTS, 4, [null, null, null, null, null], C);
    expect(Array.from(p)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
  it('floors logs so that no component vetoes a category', () => {
    const l = floorLogs(Float32Array.from([0, -100, -1, -3]));
    expect(l[1]!).toBeCloseTo(Math.log(0.02 / 4), 5);
    expect(l[2]!).toBe(-1);
  });
  it('sorts rows into groups by what is known of the merchant', () => {
    expect(GROUPS).toHaveLength(5);
    expect(stackGroup([2, 5], null)).toBe(0);
    expect(stackGroup([2, 1, 3, 1], 'merchant')).toBe(1);
    expect(stackGroup(null, 'merchant')).toBe(2);
    expect(stackGroup(null, 'keyword')).toBe(3);
    expect(stackGroup(null, null)).toBe(4);
  });
});
