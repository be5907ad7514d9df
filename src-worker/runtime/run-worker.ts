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
  /** Main's replies to requests, by sequence number, until the request reads them. */
  const replies = new Map<number, unknown>();
  let started = false;
  let writer: { pause(): Promise<void>; resume(): void } | null = null;
  // Pauses are answered in the order they were asked, each once the writer holds still.
  let pausing: Promise<void> = Promise.resolve();

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
          request: async (payload) => {
            if (abort.signal.aborted) throw cancelled();
            seq += 1;
            const mine = seq;
            replies.set(mine, undefined);
            port.send({ type: 'data', seq: mine, payload });
            await waitFor(mine);
            const reply = replies.get(mine);
            replies.delete(mine);
            return reply;
          },
          yieldWith: (w) => { writer = w; },
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
        if (replies.has(msg.seq)) replies.set(msg.seq, msg.reply);
        acked = Math.max(acked, msg.seq);
        release();
        break;
      case 'cancel':
        abort.abort();
        break;
      case 'pause': {
        const w = writer;
        pausing = pausing.then(() => w?.pause()).catch(() => undefined).then(() => port.send({ type: 'paused' }));
        break;
      }
      case 'resume': {
        const w = writer;
        pausing = pausing.then(() => w?.resume());
        break;
      }
    }
  });
}

function cancelled(): AppError {
  return new AppError('CANCELLED', 'Cancelled.');
}
