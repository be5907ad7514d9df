import type { WorkerJob } from './job-context';
import { importJob } from '../jobs/import';

/**
 * Job kinds a worker process can run. Training loads TF.js (half a second): only a worker
 * that trains loads it.
 */
export const WORKER_JOBS: Record<string, WorkerJob> = {
  import: importJob,
  train: async (ctx) => (await import('../jobs/train')).trainJob(ctx),
};
