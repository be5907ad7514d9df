import { loadCategorizer, trainCategorizer } from '../src-shared/domain/categorize/categorizer';
import type { TrainProgress } from '../src-shared/domain/categorize/types';
import { trainDense } from '../src-worker/jobs/train-dense';
import { generateCategorizeData } from './categorize-data';
import { round } from './stats';

/**
 * Categorization benchmarks (goals from issue #5): training on 100k labelled rows, dense net
 * included, ≤ 60 s; suggestions (top 3 with reasons) for 1M rows ≤ 15 s. Both run in this
 * process exactly as the train job runs them in its worker. Time per phase is reported so a
 * regression can be placed.
 */

export interface CategorizeBench {
  trainRows: number;
  trainMs100k: number;
  trainPhasesMs: Record<string, number>;
  denseUsed: boolean;
  heldOutTop1: number | null;
  /** CPU time of this process while training (wall time above includes waiting for a shared CPU). */
  trainCpuMs: number;
  suggestRows: number;
  suggest1mMs: number;
  suggestCpuMs: number;
  suggestRowsPerSec: number;
  generateMs: number;
}

export async function benchCategorize(opts: { trainRows?: number; suggestRows?: number; seed?: number } = {}): Promise<CategorizeBench> {
  const trainRows = opts.trainRows ?? 100_000;
  const suggestRows = opts.suggestRows ?? 1_000_000;
  const seed = opts.seed ?? 7;
  const g0 = performance.now();
  const data = generateCategorizeData({ seed, historyRows: trainRows, freshRows: suggestRows, historyMonths: 24, freshMonths: 36 });
  const generateMs = performance.now() - g0;

  const phases: Record<string, number> = {};
  let phase = 'features';
  let phaseStart = performance.now();
  const onProgress = (p: TrainProgress) => {
    if (p.phase === phase) return;
    const now = performance.now();
    phases[phase] = (phases[phase] ?? 0) + now - phaseStart;
    phase = p.phase;
    phaseStart = now;
  };
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { model, metrics } = await trainCategorizer(data.history, {
    seed, categories: data.categories, onProgress, trainDense: (x, y, classes) => trainDense(x, y, classes),
  });
  const trainMs = performance.now() - t0;
  const trainCpu = process.cpuUsage(c0);

  const categorizer = loadCategorizer(model);
  const sc0 = process.cpuUsage();
  const s0 = performance.now();
  let suggestions = 0;
  for (const row of data.fresh) suggestions += categorizer.suggest(row, 3).length;
  const suggestMs = performance.now() - s0;
  const suggestCpu = process.cpuUsage(sc0);
  if (suggestions === 0) throw new Error('No suggestions were made');

  return {
    trainRows, trainMs100k: round(trainMs, 0),
    trainPhasesMs: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round(v, 0)])),
    denseUsed: metrics.denseUsed, heldOutTop1: metrics.top1, trainCpuMs: round((trainCpu.user + trainCpu.system) / 1000, 0),
    suggestRows, suggest1mMs: round(suggestMs, 0), suggestCpuMs: round((suggestCpu.user + suggestCpu.system) / 1000, 0), suggestRowsPerSec: Math.round(suggestRows / (suggestMs / 1000)),
    generateMs: round(generateMs, 0),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = process.env.BENCH_TRAIN_ROWS ? Number(process.env.BENCH_TRAIN_ROWS) : undefined;
  const suggest = process.env.BENCH_SUGGEST_ROWS ? Number(process.env.BENCH_SUGGEST_ROWS) : undefined;
  console.log(JSON.stringify(await benchCategorize({ trainRows: rows, suggestRows: suggest }), null, 2));
}
