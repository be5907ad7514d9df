import { Worker } from 'node:worker_threads';
import { AppError } from '../../src-shared/contract/errors';
import type { LedgerConnection } from '../../src-shared/contract/import-protocol';
import { DEFERRED_INDEX, type DeferredIndex } from '../../src-main/ledger/deferred-index';

/**
 * The columns of `transactions` an import writes, in the order of each row's values; the
 * thread adds account_id, batch_seq and created_at, the same for every row of a batch. The
 * value for suggestion_set is the number of a list sent with this chunk or an earlier one: the
 * thread stores each distinct list once. A row whose list is its own has it in `suggestions`.
 */
export const ROW_COLUMNS = [
  'date', 'value_date', 'amount_minor', 'currency', 'payee', 'description', 'memo', 'reference', 'balance_minor',
  'source_line', 'fingerprint', 'duplicate_of', 'duplicate_score', 'duplicate_reasons', 'merchant_key',
  'category_id', 'category_source', 'confidence', 'suggestion_set', 'suggestions', 'needs_review', 'tags',
] as const;

export type RowValue = string | number | null;

/** Chunks handed to the thread and not yet written: both threads busy, memory bounded. */
const WINDOW = 8;
/**
 * A transaction of the writer lasts about this long: index pages written once for many rows (the
 * amount index, in random order, has most of its pages changed by every transaction). Main never
 * waits on it for the lock (it asks the writer to commit and hold still, write-gate.ts), but that
 * commit takes longer the longer the transaction has run (about 0.1 s at this length).
 */
const TXN_MS = 2000;
const IDLE_MS = 20;
/** The writer's page cache: the indexes an import inserts into out of order stay in it. */
const CACHE_KIB = 128 * 1024;

export interface RowWriter {
  /** The batch the rows go into, and how many rows are expected; before the first write. */
  begin(batch: { batchSeq: number; accountId: number; createdAt: string; expectedRows: number }): void;
  /** Queues one chunk (ROW_COLUMNS.length values a row) with the suggestion lists new in it; resolves when the window has room. */
  write(values: RowValue[], rows: number, sets: [number, string][]): Promise<void>;
  /** Rows the thread has written so far (committed or about to be). */
  written(): number;
  /** Commits what is left and closes the thread's connection. */
  end(): Promise<void>;
  /** Stops the thread; its open transaction is rolled back. */
  abort(): Promise<void>;
  /** Commits and holds still until resume (main is about to write); resolves at once if the thread is done. */
  pause(): Promise<void>;
  resume(): void;
}

/** The thread's script: beside this module in the sources, beside the worker's bundle in the Electron build. */
function threadUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './row-writer-thread.mjs' : './row-writer-thread.js', import.meta.url);
}

/**
 * Starts the thread, which opens the ledger while the file is parsed. `deferredIndex` is the
 * index a large import builds at its end (tests lower its thresholds).
 */
export function startRowWriter(ledger: LedgerConnection, deferredIndex: DeferredIndex = DEFERRED_INDEX): RowWriter {
  const thread = new Worker(threadUrl(), {
    workerData: { ledger, columns: ROW_COLUMNS, txnMs: TXN_MS, idleMs: IDLE_MS, cacheKib: CACHE_KIB, deferredIndex },
  });
  let written = 0;
  let inFlight = 0;
  let done = false;
  let failure: AppError | null = null;
  let wake: (() => void) | null = null;
  let finished: (() => void) | null = null;
  const pauses: (() => void)[] = [];
  const poke = () => { const w = wake; wake = null; w?.(); };
  const fail = (err: AppError) => {
    failure ??= err;
    poke();
    finished?.();
    for (const r of pauses.splice(0)) r();
  };
  thread.on('message', (m: { type: string; rows?: number; message?: string; code?: string }) => {
    if (m.type === 'written') {
      written += m.rows ?? 0;
      inFlight -= 1;
      poke();
    } else if (m.type === 'paused') {
      pauses.shift()?.();
    } else if (m.type === 'done') {
      done = true;
      finished?.();
      for (const r of pauses.splice(0)) r();
    } else if (m.type === 'error') {
      fail(writeError(m.message ?? 'unknown error', m.code));
    }
  });
  thread.on('error', (err) => fail(writeError(err.message)));
  thread.on('exit', () => { if (!done) fail(new AppError('INTERNAL', 'The import\'s row writer stopped before it finished.')); });

  const check = () => { if (failure) throw failure; };
  return {
    begin(batch) {
      thread.postMessage({ type: 'begin', ...batch });
    },
    async write(values, rows, sets) {
      check();
      thread.postMessage({ type: 'rows', values, rows, sets });
      inFlight += 1;
      while (inFlight >= WINDOW && !failure) await new Promise<void>((r) => { wake = r; });
      check();
    },
    written: () => written,
    async end() {
      check();
      await new Promise<void>((resolve) => {
        finished = resolve;
        thread.postMessage({ type: 'end' });
      });
      if (!done) throw failure!;
    },
    async abort() {
      await thread.terminate();
    },
    pause() {
      // A thread told to end closes once it is not paused; it writes nothing more after a pause.
      if (done || failure) return Promise.resolve();
      return new Promise<void>((r) => {
        pauses.push(r);
        thread.postMessage({ type: 'pause' });
      });
    },
    resume() {
      if (!done && !failure) thread.postMessage({ type: 'resume' });
    },
  };
}

function writeError(message: string, code?: string): AppError {
  if (code === 'SQLITE_FULL') return new AppError('INTERNAL', `The disk is full: the import could not be written (${message}). Free some space and import the file again.`);
  return new AppError('INTERNAL', `The import could not be written to the ledger (${message}).`);
}
