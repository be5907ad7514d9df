import { AppError, type ErrorPayload } from '../../src-shared/contract/errors';
import type { JobProgress } from '../../src-shared/contract/views';
import type { WorkerHandle, WorkerPool } from './worker-pool';
import type { WriteGate } from '../ledger/write-gate';

export interface WorkerSessionHooks {
  onProgress(progress: JobProgress): void;
  /** Handles one data message; the worker gets its ack, with the value this resolves to, when it resolves. Throwing fails the job. */
  onData(payload: unknown): unknown;
  /** For a job that writes the ledger itself: it holds still while main writes. */
  gate?: WriteGate;
}

/** Grace period between a cancel request and killing a worker that ignores it. */
const CANCEL_GRACE_MS = 2000;

/**
 * Runs one job in one fresh worker process and resolves with its result. A worker that exits
 * before sending a result fails the job with a reason the user can read.
 */
export function runInWorker(
  pool: WorkerPool, job: { id: string; kind: string; label: string }, input: unknown,
  hooks: WorkerSessionHooks, signal: AbortSignal,
): Promise<Record<string, unknown>> {
  const worker: WorkerHandle = pool.spawn();
  return new Promise((resolve, reject) => {
    let settled = false;
    let killTimer: ReturnType<typeof setTimeout> | null = null;
    // Data chunks are handled strictly in order, one at a time.
    let dataChain: Promise<void> = Promise.resolve();
    // Pause requests waiting for the worker's 'paused', in order; a worker that is gone holds still.
    const pauses: (() => void)[] = [];
    const unregister = hooks.gate?.register({
      pause: () => settled ? Promise.resolve() : new Promise<void>((r) => { pauses.push(r); worker.send({ type: 'pause' }); }),
      resume: () => { if (!settled) worker.send({ type: 'resume' }); },
    });

    const settle = (err: AppError | null, value?: Record<string, unknown>) => {
      if (settled) return;
      settled = true;
      unregister?.();
      for (const r of pauses.splice(0)) r();
      signal.removeEventListener('abort', onAbort);
      if (killTimer) clearTimeout(killTimer);
      worker.kill();
      if (err) reject(err);
      else resolve(value!);
    };
    const onAbort = () => {
      worker.send({ type: 'cancel' });
      killTimer = setTimeout(() => settle(cancelled(job.label)), CANCEL_GRACE_MS);
    };
    signal.addEventListener('abort', onAbort);

    worker.onMessage((msg) => {
      if (settled) return;
      switch (msg.type) {
        case 'progress':
          hooks.onProgress(msg.progress);
          break;
        case 'data':
          dataChain = dataChain.then(async () => {
            // Chunks that arrived together would otherwise run back to back in one microtask
            // run; a macrotask between them lets main serve its other work in between.
            await new Promise((r) => setImmediate(r));
            if (settled) return;
            try {
              const reply = await hooks.onData(msg.payload);
              if (!settled) worker.send(reply === undefined ? { type: 'ack', seq: msg.seq } : { type: 'ack', seq: msg.seq, reply });
            } catch (err) {
              settle(err instanceof AppError ? err : new AppError('INTERNAL', (err as Error).message));
            }
          });
          break;
        case 'paused':
          pauses.shift()?.();
          break;
        case 'result':
          // The result follows the last data chunk; wait until every chunk is written.
          void dataChain.then(() => settle(signal.aborted ? cancelled(job.label) : null, msg.value));
          break;
        case 'failed':
          void dataChain.then(() => settle(fromPayload(msg.error)));
          break;
        default: {
          const never: never = msg;
          void never;
        }
      }
    });
    // A result or failure already received settles first: it was chained before this.
    worker.onExit(({ code, signal: sig }) => void dataChain.then(() => {
      if (signal.aborted) return settle(cancelled(job.label));
      settle(new AppError('INTERNAL',
        `The ${job.kind} worker for "${job.label}" stopped unexpectedly (${sig ? `signal ${sig}` : `exit code ${code}`}). Nothing from it was kept; start it again.`,
        { reason: 'worker-crashed', exitCode: code, signal: sig }));
    }));
    worker.send({ type: 'start', jobId: job.id, kind: job.kind, input });
  });
}

function cancelled(label: string): AppError {
  return new AppError('CANCELLED', `"${label}" was cancelled; nothing from it was kept.`);
}

function fromPayload(e: ErrorPayload): AppError {
  return new AppError(e.code, e.message, e.details);
}
