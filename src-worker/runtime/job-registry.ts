import type { WorkerJob } from './job-context';
import { importJob } from '../jobs/import';

/** Job kinds a worker process can run. */
export const WORKER_JOBS: Record<string, WorkerJob> = {
  import: importJob,
};
