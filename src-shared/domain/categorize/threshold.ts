/**
 * The auto-apply threshold: the smallest confidence t such that the rows at or above t were at
 * least `precision` correct on held-out history, by count and by their own calibrated
 * confidence, with at least `minSupport` rows, and never below MIN_THRESHOLD. `priorErrors`
 * phantom mistakes can make a small held-out set prove less. If nothing qualifies, NEVER.
 */

export const NEVER = 1.01;
/**
 * Held-out history is a few hundred rows at best, and new rows bring more new merchants than
 * it had: whatever it shows, a suggestion below this confidence is never applied unreviewed.
 */
export const MIN_THRESHOLD = 0.95;

export interface ThresholdOptions {
  precision?: number;
  minSupport?: number;
  priorErrors?: number;
  floor?: number;
}

export function autoApplyThreshold(confidences: ArrayLike<number>, correct: ArrayLike<boolean>, opts: ThresholdOptions = {}): number {
  const target = opts.precision ?? 0.99;
  const minSupport = opts.minSupport ?? 20;
  const prior = opts.priorErrors ?? 0;
  const order = Array.from({ length: confidences.length }, (_, i) => i).sort((a, b) => confidences[b]! - confidences[a]!);
  let right = 0;
  let confSum = 0;
  let best = NEVER;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (correct[i]) right++;
    confSum += confidences[i]!;
    const n = k + 1;
    const next = order[k + 1];
    // Only cut between distinct confidences: rows with equal confidence go together.
    if (next !== undefined && confidences[next] === confidences[i]) continue;
    if (n < minSupport) continue;
    if (right / (n + prior) >= target && confSum / n >= target) best = confidences[i]!;
  }
  return best === NEVER ? best : Math.max(best, opts.floor ?? MIN_THRESHOLD);
}

/** Precision and coverage of the rows a threshold would apply. */
export function autoApplyStats(confidences: ArrayLike<number>, correct: ArrayLike<boolean>, threshold: number): { precision: number | null; coverage: number; applied: number } {
  let applied = 0;
  let right = 0;
  for (let i = 0; i < confidences.length; i++) {
    if (confidences[i]! >= threshold) { applied++; if (correct[i]) right++; }
  }
  return { precision: applied ? right / applied : null, coverage: confidences.length ? applied / confidences.length : 0, applied };
}
