import { AppError, toErrorPayload } from '../../src-shared/contract/errors';
import { isToWorker } from '../../src-shared/contract/worker-protocol';
import type { WorkerJob, WorkerJobContext } from './job-context';
import type { WorkerPort } from './port';

/** Chunks main may have in hand before the worker waits: keeps both sides busy, memory bounded. */
const WINDOW = 16;

/** Serves exactly one job, then exits. */
export function runWorker(port: WorkerPort, jobs: Record<string, WorkerJob>): void {
  const abort = new AbortController();
  let seq = 0;
  let acked = 0;
  let waiters: { upTo: number; resolve: () => void }[] = [];
  let started = false;

  const release = () => {
    const ready = waiters.filter((w) => acked >= w.upTo);
    waiters = waiters.filter((w) => acked < w.upTo);
    for (const w of ready) w.resolve();
  };
  const waitFor = (upTo: number) =>
    acked >= upTo ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ upTo, resolve }));

  port.onMessage((msg) => {
    if (!isToWorker(msg)) return;
    switch (msg.type) {
      case 'start': {
        if (started) return;
        started = true;
        const job = jobs[msg.kind];
        const ctx: WorkerJobContext = {
          input: msg.input,
          signal: abort.signal,
          progress: (progress) => port.send({ type: 'progress', progress }),
          send: async (payload) => {
            if (abort.signal.aborted) throw cancelled();
            seq += 1;
            port.send({ type: 'data', seq, payload });
            await waitFor(seq - WINDOW + 1);
          },
          flush: () => waitFor(seq),
        };
        const run = job ? job(ctx) : Promise.reject(new AppError('VALIDATION', `This worker cannot run "${msg.kind}" jobs.`));
        run.then(
          // A job that returns after a cancel request was cut short: it never counts as done.
          (value) => port.send(abort.signal.aborted ? { type: 'failed', error: toErrorPayload(cancelled()) } : { type: 'result', value }),
          (err) => port.send({ type: 'failed', error: toErrorPayload(abort.signal.aborted ? cancelled() : err) }),
        ).finally(() => setTimeout(() => port.exit(0), 50));
        break;
      }
      case 'ack':
        acked = Math.max(acked, msg.seq);
        release();
        break;
      case 'cancel':
        abort.abort();
        break;
    }
  });
}

function cancelled(): AppError {
  return new AppError('CANCELLED', 'Cancelled.');
}
