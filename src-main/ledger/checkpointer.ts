import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { LedgerConnection } from '../../src-shared/contract/import-protocol';

/**
 * Keeps the write-ahead log short without making main do it. SQLite's own auto-checkpoint runs
 * inside the commit that crosses 1,000 pages, on the writer's thread: on an encrypted ledger
 * that is every page re-read and re-written, seconds after a large change, with main blocked.
 * Main's connection turns it off; once the log passes START_AT_BYTES this starts a thread with
 * its own connection that checkpoints (PASSIVE) every EVERY_MS. Closing the ledger checkpoints
 * whatever is left, as SQLite does on the last close.
 */
export const START_AT_BYTES = 4 * 1024 * 1024;
const EVERY_MS = 1000;
const WATCH_MS = 500;

export interface Checkpointer {
  /** Frames copied so far and whether the thread runs (for tests and the bench). */
  status(): { running: boolean; lastLog: number; lastDone: number };
  close(): Promise<void>;
}

/** The thread's script: beside this module in the sources, beside main's bundle in the Electron build. */
function threadUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './checkpoint-thread.mjs' : './checkpoint-thread.js', import.meta.url);
}

export function startCheckpointer(opts: LedgerConnection): Checkpointer {
  let worker: Worker | null = null;
  let lastLog = 0;
  let lastDone = 0;
  const walPath = `${opts.path}-wal`;
  const watch = setInterval(() => {
    if (worker) return;
    let size = 0;
    try { size = statSync(walPath).size; } catch { return; }
    if (size >= START_AT_BYTES) start();
  }, WATCH_MS);
  watch.unref();

  function start(): void {
    worker = new Worker(threadUrl(), { workerData: { ...opts, everyMs: EVERY_MS } });
    worker.unref();
    worker.on('message', (m: { type: string; log?: number; done?: number }) => {
      if (m.type === 'checkpointed') { lastLog = m.log ?? 0; lastDone = m.done ?? 0; }
    });
    // A failed thread costs only a longer log: main's close checkpoints it all.
    worker.on('error', () => { worker = null; });
  }

  return {
    status: () => ({ running: worker !== null, lastLog, lastDone }),
    async close() {
      clearInterval(watch);
      const w = worker;
      worker = null;
      if (!w) return;
      // Held (ref) until it has exited: a process closing its ledger must not end before that.
      w.ref();
      await new Promise<void>((resolve) => {
        const stop = setTimeout(() => void w.terminate().then(() => resolve()), 2000);
        w.once('exit', () => { clearTimeout(stop); resolve(); });
        w.postMessage('close');
      });
    },
  };
}
