import type { ErrorPayload } from './errors';
import type { JobProgress } from './views';

/**
 * The one small protocol between main and a worker process, whatever the host
 * (child_process.fork or Electron utilityProcess).
 *   main -> worker: start, ack (flow control for data), cancel
 *   worker -> main: progress, data (a chunk main must write; main acks it), result, failed
 */
export type ToWorker =
  | { type: 'start'; jobId: string; kind: string; input: unknown }
  | { type: 'ack'; seq: number }
  | { type: 'cancel' };

export type FromWorker =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'data'; seq: number; payload: unknown }
  | { type: 'result'; value: Record<string, unknown> }
  | { type: 'failed'; error: ErrorPayload };

export function isFromWorker(m: unknown): m is FromWorker {
  return !!m && typeof m === 'object' && typeof (m as { type?: unknown }).type === 'string' &&
    ['progress', 'data', 'result', 'failed'].includes((m as { type: string }).type);
}

export function isToWorker(m: unknown): m is ToWorker {
  return !!m && typeof m === 'object' && ['start', 'ack', 'cancel'].includes((m as { type?: string }).type ?? '');
}
