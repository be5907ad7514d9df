import { useCallback, useEffect, useState } from 'react';
import type { JobView } from '../../../src-shared/contract/views';
import { useApi, useApiEvent } from '../../api/api-context';
import { errorMessage } from '../../api/client';

const FINAL = new Set(['succeeded', 'failed', 'cancelled']);

export interface TrainJob {
  /** The newest training run seen: started here, or in the background after enough feedback. */
  job: JobView | null;
  starting: boolean;
  /** categorization.train itself was refused (e.g. a run is already going). */
  error: string | null;
  train(): void;
}

/** Follows `train` jobs through their progress events; a finished run never goes back to running. */
export function useTrainJob(): TrainJob {
  const api = useApi();
  const [job, setJob] = useState<JobView | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const see = useCallback((v: JobView) => {
    if (v.kind !== 'train') return;
    setJob((cur) => {
      if (!cur || v.createdAt > cur.createdAt) return v;
      if (v.id !== cur.id) return cur;
      return FINAL.has(cur.state) && !FINAL.has(v.state) ? cur : v;
    });
  }, []);
  useApiEvent('job.progress', see);
  useApiEvent('job.finished', see);
  useEffect(() => {
    let live = true;
    api.call('jobs.list', { limit: 20 }).then((jobs) => {
      const running = jobs.find((j) => j.kind === 'train' && !FINAL.has(j.state));
      if (live && running) see(running);
    }, () => undefined); // a convenience only: events bring every run from now on
    return () => { live = false; };
  }, [api, see]);

  const train = useCallback(() => {
    setStarting(true);
    setError(null);
    api.call('categorization.train', {}).then(see, (err: unknown) => setError(errorMessage(err))).finally(() => setStarting(false));
  }, [api, see]);

  return { job, starting, error, train };
}

export function isRunning(job: JobView | null): boolean {
  return !!job && !FINAL.has(job.state);
}
