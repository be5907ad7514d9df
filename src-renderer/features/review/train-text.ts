import { formatCount, percentText, plural } from '../../components/format';
import { percentOf } from '../import/progress-text';

/** What came of a training run, read from the finished `train` job's result. */
export interface TrainOutcome {
  activated: boolean;
  examples: number;
  /** Share of held-out history the new model got right first time, 0..1. */
  top1: number | null;
  /** The model in use before, on the same held-out rows. */
  previousTop1: number | null;
  /** Confidence at or above which a suggestion is filed without review; ≥ 1 means never. */
  threshold: number | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? v as Record<string, unknown> : {});

/** A job result crosses the contract untyped: anything missing reads as unknown, never as "undefined". */
export function readTrainResult(result: Record<string, unknown> | null): TrainOutcome {
  const r = obj(result);
  const metrics = obj(r.metrics);
  return {
    activated: r.activated === true,
    examples: Math.max(0, num(r.examples) ?? 0),
    top1: num(metrics.top1),
    previousTop1: num(obj(r.previous).top1),
    threshold: num(metrics.threshold),
  };
}

/** What the auto-apply threshold means for the user. */
export function thresholdText(threshold: number | null): string {
  if (threshold === null || threshold > 1) return 'Nothing is filed without your review yet: no suggestion has proven sure enough.';
  return `Suggestions at or above ${thresholdPercent(threshold)} confidence are filed without review.`;
}

/**
 * The threshold as a percent with just enough decimals to stay below 100 (0.999995 →
 * "99.9996 %"), rounded up: "filed at or above X" must stay true of the number shown.
 */
export function thresholdPercent(threshold: number): string {
  const p = Math.max(0, threshold) * 100;
  for (let k = 0; k <= 6; k++) {
    const up = Math.ceil(p * 10 ** k - 1e-6) / 10 ** k;
    if (up < 100) return `${up.toFixed(k)} %`;
  }
  return '100 %';
}

/** "New model in use: right first time on 87 % of recent history (the previous one: 80 %)." */
export function trainOutcomeText(o: TrainOutcome): string {
  const score = o.top1 === null ? '' : `right first time on ${percentText(o.top1)} of recent history`;
  const before = o.previousTop1 === null ? '' : ` (the previous one: ${percentText(o.previousTop1)})`;
  if (o.activated) {
    return `New model in use, trained on ${plural(o.examples, 'row')}${score ? `: ${score}` : ''}${before}.`;
  }
  const parts = [score, o.previousTop1 === null ? '' : `previous: ${percentText(o.previousTop1)}`].filter(Boolean);
  return `Kept the previous model: the new one was not better${parts.length ? ` (${parts.join('; ')})` : ''}.`;
}

/** The status of learning, above the Train button. */
export function modelStatusText(active: { trainedOn: number; createdAt: string; metrics: Record<string, unknown> } | null): string {
  if (!active) return 'No model trained yet: suggestions come from merchants you confirmed and a built-in list of common merchants.';
  const top1 = num(active.metrics.top1);
  return `Model trained on ${plural(active.trainedOn, 'row')} on ${active.createdAt.slice(0, 10)}${top1 === null ? '' : `, right first time on ${percentText(top1)} of recent history`}.`;
}

export function feedbackText(n: number): string {
  return n === 0 ? 'No new decisions since the last training.' : `${formatCount(n)} new ${n === 1 ? 'decision' : 'decisions'} since the last training.`;
}

const TRAIN_PHASES: Record<string, string> = {
  queued: 'Waiting to start',
  training: 'Reading your history',
  features: 'Reading your history',
  linear: 'Learning from your history',
  dense: 'Training the neural network',
  calibration: 'Measuring how sure it can be',
  refit: 'Learning from all of your history',
  comparing: 'Comparing with the model in use',
  done: 'Done',
};

/** "Training the neural network · 42 %" */
export function trainProgressText(p: { phase: string; fraction: number } | null): string {
  if (!p) return 'Waiting to start';
  const phase = TRAIN_PHASES[p.phase] ?? p.phase.charAt(0).toUpperCase() + p.phase.slice(1);
  return `${phase} · ${percentOf(p.fraction)} %`;
}
