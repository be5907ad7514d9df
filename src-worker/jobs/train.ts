import type { LabeledExample } from '../../src-shared/domain/categorize/types';
import { loadCategorizer, trainCategorizer } from '../../src-shared/domain/categorize/categorizer';
import type { WorkerJob } from '../runtime/job-context';
import { trainDense } from './train-dense';

export interface TrainJobInput {
  examples: LabeledExample[];
  /** The model in use, to compare against on the same held-out history (A/B). */
  active: unknown | null;
  categories: string[];
}

/** Share of history held out for the comparison: the most recent rows, as the model would meet them. */
const HELD_OUT = 0.2;

/**
 * Trains a candidate categorizer (linear + TF.js dense, calibrated) on the ledger's labelled
 * history, and measures the active model on the same most recent held-out rows, so main can
 * keep whichever is better.
 */
export const trainJob: WorkerJob = async (ctx) => {
  const input = ctx.input as TrainJobInput;
  const examples = [...input.examples].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  ctx.progress({ phase: 'training', done: 0, total: examples.length, fraction: 0.02, etaMs: null });
  const { model, metrics } = await trainCategorizer(examples, {
    categories: input.categories,
    trainDense: (x, y, classes) => trainDense(x, y, classes, { signal: ctx.signal }),
    onProgress: (p) => ctx.progress({ phase: p.phase, done: 0, total: examples.length, fraction: 0.02 + 0.9 * p.fraction, etaMs: null }),
  });
  if (ctx.signal.aborted) throw new Error('cancelled');
  ctx.progress({ phase: 'comparing', done: 0, total: examples.length, fraction: 0.95, etaMs: null });
  const heldOut = examples.slice(Math.floor(examples.length * (1 - HELD_OUT)));
  const activeTop1 = input.active && heldOut.length ? top1(input.active, heldOut, input.categories) : null;
  return { model: model as unknown as Record<string, unknown>, metrics: metrics as unknown as Record<string, unknown>, activeTop1, heldOut: heldOut.length };
};

function top1(serialized: unknown, rows: LabeledExample[], categories: string[]): number {
  const c = loadCategorizer(serialized as never, { categories });
  let right = 0;
  for (const r of rows) if (c.suggest(r, 1)[0]?.category === r.category) right++;
  return right / rows.length;
}
