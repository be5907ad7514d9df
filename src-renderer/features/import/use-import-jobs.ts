import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useApi, useApiEvent } from '../../api/api-context';
import { importFiles, importPaths, type DroppedFile, type FileOnDisk } from './import-files';
import { importsReducer, type ImportEntry } from './import-jobs';

export interface ImportJobs {
  entries: ImportEntry[];
  /** `fallbackAccount`: for statements that name no account of their own. */
  start(files: DroppedFile[], fallbackAccount: string): Promise<void>;
  startPaths(files: FileOnDisk[], fallbackAccount: string): Promise<void>;
  cancel(jobId: string): void;
  clearFinished(): void;
}

/** The files being imported, fed by job events; imports still running from before a reload show too. */
export function useImportJobs(): ImportJobs {
  const api = useApi();
  const [entries, dispatch] = useReducer(importsReducer, []);
  const counter = useRef(0);

  useApiEvent('job.progress', (view) => dispatch({ type: 'job', view }));
  useApiEvent('job.finished', (view) => dispatch({ type: 'job', view }));

  useEffect(() => {
    let live = true;
    api.call('jobs.list', { limit: 50 }).then((jobs) => {
      if (!live) return;
      // Oldest first, so the newest ends on top of the list.
      for (const view of [...jobs].reverse()) {
        if (view.state === 'queued' || view.state === 'running') dispatch({ type: 'job', view });
      }
    }, () => undefined); // only a convenience: events still bring every job started from now on
    return () => { live = false; };
  }, [api]);

  const start = useCallback((files: DroppedFile[], fallbackAccount: string) =>
    importFiles(api, files, fallbackAccount, dispatch, () => `local-${++counter.current}`), [api]);
  const startPaths = useCallback((files: FileOnDisk[], fallbackAccount: string) =>
    importPaths(api, files, fallbackAccount, dispatch, () => `local-${++counter.current}`), [api]);

  const cancel = useCallback((jobId: string) => {
    dispatch({ type: 'cancelling', jobId, on: true });
    api.call('jobs.cancel', { id: jobId }).then(
      (view) => dispatch({ type: 'job', view }),
      () => dispatch({ type: 'cancelling', jobId, on: false }),
    );
  }, [api]);

  const clearFinished = useCallback(() => dispatch({ type: 'clearFinished' }), []);
  return { entries, start, startPaths, cancel, clearFinished };
}
