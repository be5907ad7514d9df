import type { WorkerJob } from './job-context';
import { importJob } from '../jobs/import';
import { trainJob } from '../jobs/train';

/** Job kinds a worker process can run. */
export const WORKER_JOBS: Record<string, WorkerJob> = {
  import: importJob,
  train: trainJob,
};
