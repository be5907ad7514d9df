import { AppError } from '../../../src-shared/contract/errors';
import type { JobContext, JobHandler } from '../../jobs/scheduler';
import type { WorkerPool } from '../../jobs/worker-pool';
import { runInWorker } from '../../jobs/worker-session';
import type { ServiceDeps } from '../service-deps';
import { activeModel, saveModel, trainingExamples } from './model-store';
import { readSnapshot } from './snapshot';

/** Labelled rows below which a model cannot be measured honestly; the keyword map and memory carry on. */
export const MIN_EXAMPLES = 30;

/**
 * Main's side of training: hands the labelled history to a worker, keeps the candidate's
 * metrics in any case, and makes it the active model only if it beats the active one on the
 * same held-out history (A/B).
 */
export function createTrainJobHandler(deps: ServiceDeps & { pool: WorkerPool }): JobHandler {
  const { sqlite } = deps.ledger;
  return {
    concurrency: 1,
    async run(ctx: JobContext) {
      const examples = trainingExamples(sqlite);
      if (examples.length < MIN_EXAMPLES) {
        throw new AppError('VALIDATION',
          `FinGood needs at least ${MIN_EXAMPLES} categorized transactions to train (this ledger has ${examples.length}). Categorize more rows, or import a history export with a Category column.`);
      }
      const active = activeModel(sqlite);
      const out = await runInWorker(deps.pool, { id: ctx.jobId, kind: 'train', label: ctx.label },
        { examples, active: active?.model ?? null, categories: readSnapshot(sqlite).categories },
        { onProgress: ctx.progress, onData: () => undefined }, ctx.signal);
      const metrics = out.metrics as Record<string, unknown> & { top1?: number | null };
      const candidateTop1 = typeof metrics.top1 === 'number' ? metrics.top1 : 0;
      const activeTop1 = typeof out.activeTop1 === 'number' ? out.activeTop1 : null;
      const wins = activeTop1 === null || candidateTop1 >= activeTop1;
      const id = await deps.ledger.gate.run(() => saveModel(sqlite, {
        kind: 'ensemble', model: out.model, trainedOn: examples.length, activate: wins,
        metrics: { ...metrics, comparedWith: active ? { modelId: active.id, top1OnSameHeldOut: activeTop1 } : null },
      }));
      if (wins) deps.changed(['models']);
      return {
        modelId: id, activated: wins, examples: examples.length, metrics,
        previous: active ? { modelId: active.id, top1: activeTop1 } : null,
      };
    },
  };
}
