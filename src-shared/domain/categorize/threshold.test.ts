import { describe, expect, it } from 'vitest';
import { autoApplyStats, autoApplyThreshold, MIN_THRESHOLD, NEVER } from './threshold';

describe('autoApplyThreshold', () => {
  it('picks the lowest confidence whose rows above were 99 % right', () => {
    const conf = [...Array.from({ length: 100 }, (_, i) => 0.9999 - i * 0.00001), 0.97, 0.96, 0.5, 0.4];
    const right = [...Array.from({ length: 100 }, () => true), false, true, false, false];
    const t = autoApplyThreshold(conf, right);
    expect(t).toBe(0.96);
    const applied = autoApplyStats(conf, right, t);
    expect(applied.applied).toBe(102);
    expect(applied.precision).toBeGreaterThanOrEqual(0.99);
  });
  it('never applies anything when no confidence level earns it', () => {
    expect(autoApplyThreshold([0.99, 0.98, 0.97], [false, true, true])).toBe(NEVER);
    // Too few rows to show anything.
    expect(autoApplyThreshold(Array.from({ length: 10 }, () => 0.999), Array.from({ length: 10 }, () => true))).toBe(NEVER);
    // Right, but the model itself does not claim 99 %.
    expect(autoApplyThreshold(Array.from({ length: 100 }, () => 0.8), Array.from({ length: 100 }, () => true))).toBe(NEVER);
  });
  it('stays at or above the floor, whatever the held-out rows say', () => {
    const conf = [...Array.from({ length: 1000 }, () => 0.9999), 0.6, 0.6, 0.6];
    expect(autoApplyThreshold(conf, conf.map(() => true))).toBe(MIN_THRESHOLD);
  });
});
