import type { JobProgress, JobView } from '../../../src-shared/contract/views';
import { readOutcome, type ImportOutcome } from './outcome-text';

export type EntryStatus = 'uploading' | 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** One file the user dropped, from upload to its outcome. */
export interface ImportEntry {
  /** A local key until the core answers with a job id; then the job id. */
  key: string;
  jobId: string | null;
  fileName: string;
  status: EntryStatus;
  progress: JobProgress | null;
  /** What came of the file, once succeeded. */
  outcome: ImportOutcome | null;
  error: { code: string; message: string } | null;
  cancelling: boolean;
}

export type ImportAction =
  /** `sending`: its bytes are being uploaded (a dropped file); a file named by path is not. */
  | { type: 'added'; key: string; fileName: string; sending: boolean }
  /** The upload or imports.start failed: the file never became a job. */
  | { type: 'rejected'; key: string; error: { code: string; message: string } }
  | { type: 'started'; key: string; jobId: string }
  /** A job.progress / job.finished event, or a JobView from jobs.list or jobs.cancel. */
  | { type: 'job'; view: JobView }
  | { type: 'cancelling'; jobId: string; on: boolean }
  | { type: 'clearFinished' };

const FINAL: ReadonlySet<EntryStatus> = new Set(['succeeded', 'failed', 'cancelled']);

export function isFinished(e: ImportEntry): boolean {
  return FINAL.has(e.status);
}

/**
 * The import list, newest first. Events may arrive before imports.start answers (the job is
 * known by id only then), and from imports started elsewhere (another window, a menu): both
 * become entries of their own, merged into the dropped file's entry when its id is known.
 * A finished entry never goes back to running (a stale progress event must not revive it).
 */
export function importsReducer(entries: ImportEntry[], action: ImportAction): ImportEntry[] {
  switch (action.type) {
    case 'added':
      return [{ ...blank(action.key, action.fileName), status: action.sending ? 'uploading' : 'queued' }, ...entries];
    case 'rejected':
      return update(entries, action.key, (e) => ({ ...e, status: 'failed', error: action.error }));
    case 'started': {
      const known = entries.find((e) => e.key === action.jobId);
      if (known) {
        // Events came first: keep their state, in the place of the dropped file's entry.
        return entries.filter((e) => e !== known).map((e) => (e.key === action.key ? known : e));
      }
      return update(entries, action.key, (e) => ({ ...e, key: action.jobId, jobId: action.jobId, status: 'queued' }));
    }
    case 'job': {
      const v = action.view;
      if (v.kind !== 'import') return entries;
      if (!entries.some((e) => e.key === v.id)) return [fromView(blank(v.id, v.label), v), ...entries];
      return update(entries, v.id, (e) => (isFinished(e) ? e : fromView(e, v)));
    }
    case 'cancelling':
      return update(entries, action.jobId, (e) => ({ ...e, cancelling: action.on && !isFinished(e) }));
    case 'clearFinished':
      return entries.filter((e) => !isFinished(e));
    default: {
      const never: never = action;
      return never;
    }
  }
}

function blank(key: string, fileName: string): ImportEntry {
  return {
    key, jobId: null, fileName, status: 'uploading', progress: null, outcome: null, error: null, cancelling: false,
  };
}

function fromView(e: ImportEntry, v: JobView): ImportEntry {
  return {
    ...e,
    jobId: v.id,
    status: v.state,
    progress: v.progress ?? e.progress,
    outcome: v.state === 'succeeded' && v.result ? readOutcome(v.result) : e.outcome,
    error: v.error ? { code: v.error.code, message: v.error.message } : null,
    cancelling: FINAL.has(v.state) ? false : e.cancelling,
  };
}

function update(entries: ImportEntry[], key: string, fn: (e: ImportEntry) => ImportEntry): ImportEntry[] {
  return entries.map((e) => (e.key === key ? fn(e) : e));
}
