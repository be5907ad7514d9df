import type { ErrorPayload } from './errors';
import type { JobProgress } from './views';

/**
 * The one small protocol between main and a worker process, whatever the host
 * (child_process.fork or Electron utilityProcess).
 *   main -> worker: start, ack (flow control for data, with main's reply to it), cancel,
 *                   pause / resume (a job writing the ledger itself commits and holds still: write-gate.ts)
 *   worker -> main: progress, data (a message main handles and acks), paused, result, failed
 */
export type ToWorker =
  | { type: 'start'; jobId: string; kind: string; input: unknown }
  | { type: 'ack'; seq: number; reply?: unknown }
  | { type: 'cancel' }
  | { type: 'pause' }
  | { type: 'resume' };

export type FromWorker =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'data'; seq: number; payload: unknown }
  | { type: 'paused' }
  | { type: 'result'; value: Record<string, unknown> }
  | { type: 'failed'; error: ErrorPayload };

export function isFromWorker(m: unknown): m is FromWorker {
  return !!m && typeof m === 'object' && typeof (m as { type?: unknown }).type === 'string' &&
    ['progress', 'data', 'paused', 'result', 'failed'].includes((m as { type: string }).type);
}

export function isToWorker(m: unknown): m is ToWorker {
  return !!m && typeof m === 'object' && ['start', 'ack', 'cancel', 'pause', 'resume'].includes((m as { type?: string }).type ?? '');
}
