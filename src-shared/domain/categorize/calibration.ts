/**
 * How well confidences match reality. ECE: rows binned by confidence, the gap between each
 * bin's mean confidence and its accuracy, weighted by the bin's share of rows. Temperature
 * scaling: one divisor for a model's logits, fitted on held-out rows by log-likelihood.
 */

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

export function reliabilityBins(confidences: ArrayLike<number>, correct: ArrayLike<boolean>, bins = 15): ReliabilityBin[] {
  const out: ReliabilityBin[] = Array.from({ length: bins }, (_, b) => ({ from: b / bins, to: (b + 1) / bins, count: 0, meanConfidence: 0, accuracy: 0 }));
  for (let i = 0; i < confidences.length; i++) {
    const p = confidences[i]!;
    const bin = out[Math.min(bins - 1, Math.max(0, Math.floor(p * bins)))]!;
    bin.count++;
    bin.meanConfidence += p;
    bin.accuracy += correct[i] ? 1 : 0;
  }
  for (const b of out) if (b.count > 0) { b.meanConfidence /= b.count; b.accuracy /= b.count; }
  return out;
}

export function expectedCalibrationError(confidences: ArrayLike<number>, correct: ArrayLike<boolean>, bins = 15): number {
  const n = confidences.length;
  if (n === 0) return 0;
  let ece = 0;
  for (const b of reliabilityBins(confidences, correct, bins)) ece += (b.count / n) * Math.abs(b.meanConfidence - b.accuracy);
  return ece;
}

/**
 * The temperature T minimizing the negative log-likelihood of softmax(logits / T) over rows
 * (golden-section search on log T; the likelihood is unimodal in T).
 */
export function fitTemperature(logits: readonly ArrayLike<number>[], labels: ArrayLike<number>): number {
  if (logits.length === 0) return 1;
  const nll = (t: number) => {
    let sum = 0;
    logits.forEach((z, i) => {
      let max = -Infinity;
      for (let c = 0; c < z.length; c++) max = Math.max(max, z[c]! / t);
      let s = 0;
      for (let c = 0; c < z.length; c++) s += Math.exp(z[c]! / t - max);
      sum += max + Math.log(s) - z[labels[i]!]! / t;
    });
    return sum;
  };
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  const g = (Math.sqrt(5) - 1) / 2;
  let a = hi - g * (hi - lo);
  let b = lo + g * (hi - lo);
  let fa = nll(Math.exp(a));
  let fb = nll(Math.exp(b));
  for (let it = 0; it < 60; it++) {
    if (fa < fb) { hi = b; b = a; fb = fa; a = hi - g * (hi - lo); fa = nll(Math.exp(a)); }
    else { lo = a; a = b; fa = fb; b = lo + g * (hi - lo); fb = nll(Math.exp(b)); }
  }
  return Math.exp((lo + hi) / 2);
}

export function softmaxWithTemperature(z: ArrayLike<number>, t: number): Float64Array {
  const out = new Float64Array(z.length);
  let max = -Infinity;
  for (let c = 0; c < z.length; c++) max = Math.max(max, z[c]! / t);
  let s = 0;
  for (let c = 0; c < z.length; c++) { out[c] = Math.exp(z[c]! / t - max); s += out[c]!; }
  for (let c = 0; c < z.length; c++) out[c]! /= s;
  return out;
}
