import { describe, expect, it } from 'vitest';
import { expectedCalibrationError, fitTemperature, reliabilityBins, softmaxWithTemperature } from './calibration';
import { createRng } from './rng';

describe('expectedCalibrationError', () => {
  it('is near zero when confidence matches accuracy and large when it does not', () => {
    const rng = createRng(3);
    const conf: number[] = [];
    const right: boolean[] = [];
    for (let i = 0; i < 20_000; i++) { const p = 0.3 + 0.7 * rng(); conf.push(p); right.push(rng() < p); }
    expect(expectedCalibrationError(conf, right)).toBeLessThan(0.02);
    expect(expectedCalibrationError(conf.map(() => 0.99), right)).toBeGreaterThan(0.2);
  });
  it('bins rows by confidence', () => {
    const bins = reliabilityBins([0.05, 0.95, 0.97], [false, true, false], 10);
    expect(bins[0]).toMatchObject({ count: 1, accuracy: 0 });
    expect(bins[9]).toMatchObject({ count: 2, accuracy: 0.5 });
  });
});

describe('fitTemperature', () => {
  it('recovers the temperature that generated the labels', () => {
    const rng = createRng(9);
    const logits: Float64Array[] = [];
    const labels: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const z = Float64Array.from({ length: 4 }, () => 6 * rng());
      const p = softmaxWithTemperature(z, 2);
      let u = rng();
      let y = 0;
      while (y < 3 && u > p[y]!) { u -= p[y]!; y++; }
      logits.push(z);
      labels.push(y);
    }
    expect(fitTemperature(logits, labels)).toBeCloseTo(2, 0);
  });
});
