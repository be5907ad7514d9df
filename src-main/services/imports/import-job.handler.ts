import { rm } from 'node:fs/promises';
import { AppError } from '../../../src-shared/contract/errors';
import { strictAssert } from '../../../src-shared/domain/strict-assert';
import type { EventSink } from '../../../src-shared/contract/events';
import type { ImportJobInput, ImportPayload } from '../../../src-shared/contract/import-protocol';
import type { JobProgress } from '../../../src-shared/contract/views';
import type { JobContext, JobHandler } from '../../jobs/scheduler';
import type { WorkerPool } from '../../jobs/worker-pool';
import { runInWorker } from '../../jobs/worker-session';
import type { Ledger } from '../../ledger/open-ledger';
import { refreshPlannerStats } from '../../ledger/migrate';
import { resolveImportAccount } from '../accounts/accounts.queries';
import { readSnapshot } from '../categorization/snapshot';
import { getSetting, setSetting } from '../settings/settings.queries';
import type { ParseHints } from '../../../src-shared/domain/statements/types';
import {
  commitBatch, createRowWriter, findBatch, indexBatchForSearch, insertPendingBatch, loadDuplicateIndex, pendingBatchIds, purgeBatch,
} from './batch.queries';

/** The currency of rows whose file and account both leave it unsaid. */
const DEFAULT_CURRENCY = 'USD';

/** Share of the progress bar before writing starts (hashing and parsing in the worker). */
const PARSE_SHARE = 0.3;

/**
 * Main's side of an import: checks the file hash, resolves the account, writes the worker's
 * rows chunk by chunk into a pending batch, and commits the batch at the end. A failure at any
 * point discards the pending batch, so the user sees the whole file or none of it.
 */
export function createImportJobHandler(deps: { ledger: Ledger; pool: WorkerPool; events: EventSink; bumpVersion(): number }): JobHandler {
  const { db, sqlite } = deps.ledger;
  /** Hashes being imported right now: the same file dropped twice at once is refused too. */
  const inFlight = new Set<string>();
  return {
    concurrency: 2,
    async recover() {
      for (const id of await pendingBatchIds(db)) await purgeBatch(sqlite, id);
    },
    async run(ctx: JobContext) {
      const input = ctx.input as ImportJobInput;
      const state = { batchId: null as string | null, ownsBatch: false, done: 0, total: 0, startedAt: Date.now() };
      const counts = { rows: 0, skipped: 0, flagged: 0 };
      let write: ReturnType<typeof createRowWriter> | null = null;
      const progress = (p: JobProgress) => ctx.progress(p);

      const onData = async (raw: unknown) => {
        const payload = raw as ImportPayload;
        switch (payload.kind) {
          case 'hash': {
            if (inFlight.has(payload.sha256)) {
              throw new AppError('ALREADY_IMPORTED', `${input.fileName} is being imported right now (the same file was dropped twice); it is imported once.`, { batchId: payload.sha256 });
            }
            const earlier = await findBatch(db, payload.sha256);
            if (earlier?.state === 'committed') throw alreadyImported(input.fileName, earlier);
            if (earlier) await purgeBatch(sqlite, earlier.id); // pending: left by a killed process; deleted: by the user
            state.batchId = payload.sha256;
            inFlight.add(payload.sha256);
            return;
          }
          case 'statement': {
            const named = input.account ?? (payload.statement.accountId ? null : input.fallbackAccount);
            const account = await resolveImportAccount(db, {
              name: named, number: payload.statement.accountId, currency: payload.statement.currency,
            });
            if (!account) {
              throw new AppError('VALIDATION',
                `${input.fileName} does not say which account it belongs to. Choose an account (the Account box in the Import view, or --account NAME) and import it again.`);
            }
            await insertPendingBatch(db, {
              id: state.batchId!, fileName: input.fileName, format: payload.format, accountId: account.id,
              jobId: ctx.jobId, statement: payload.statement, errorCount: payload.errors.length,
            });
            state.ownsBatch = true;
            // Hints the user gave for this file are remembered for the bank's layout.
            if (input.hints && payload.layout) await rememberLayout(db, payload.layout.signature, { ...payload.layout.hints, ...input.hints });
            const index = await loadDuplicateIndex(sqlite, account.id, payload.dateRange);
            // Formats that state no currency (QIF, some CSVs) take the account's.
            const currency = payload.statement.currency || account.currency || DEFAULT_CURRENCY;
            write = createRowWriter(sqlite, state.batchId!, account.id, index, currency);
            state.total = payload.total;
            state.startedAt = Date.now();
            progress({ phase: 'writing', done: 0, total: state.total, fraction: PARSE_SHARE, etaMs: null });
            return;
          }
          case 'rows': {
            strictAssert(write, 'the import worker sends its statement before any rows');
            const outcome = write(payload.rows);
            counts.rows += outcome.inserted;
            counts.skipped += outcome.skipped;
            counts.flagged += outcome.flagged;
            state.done += payload.rows.length;
            const rate = state.done / Math.max(Date.now() - state.startedAt, 1);
            progress({
              phase: 'writing', done: state.done, total: state.total,
              fraction: PARSE_SHARE + (1 - PARSE_SHARE) * (state.done / Math.max(state.total, 1)),
              etaMs: rate > 0 ? Math.round((state.total - state.done) / rate) : null,
              message: counts.skipped ? `${counts.skipped.toLocaleString('en-US')} already in the ledger` : undefined,
            });
            return;
          }
          default: {
            const never: never = payload;
            throw new AppError('INTERNAL', `Unknown import payload ${JSON.stringify(never)}`);
          }
        }
      };

      try {
        // The categorization layers' inputs go to the worker with the job, read at its start.
        const workerInput: ImportJobInput = {
          ...input, categorization: readSnapshot(sqlite),
          savedLayouts: ((await getSetting(db, LAYOUTS_SETTING)) ?? {}) as Record<string, ParseHints>,
        };
        const result = await runInWorker(deps.pool, { id: ctx.jobId, kind: 'import', label: input.fileName }, workerInput, {
          onProgress: (p) => { if (!write) progress(p); },
          onData,
        }, ctx.signal);
        strictAssert(state.batchId && write, 'an import worker hashes and parses before it finishes');
        progress({ phase: 'indexing', done: state.done, total: state.total, fraction: 0.99, etaMs: null });
        await indexBatchForSearch(sqlite, state.batchId);
        await commitBatch(db, state.batchId, counts);
        refreshPlannerStats(sqlite); // a large import changes which index answers a query best
        deps.events.emit('ledger.changed', { tables: ['transactions', 'import_batches', 'accounts'], version: deps.bumpVersion() });
        const batch = await findBatch(db, state.batchId);
        return {
          ...result, batchId: state.batchId, rows: counts.rows, duplicatesSkipped: counts.skipped,
          possibleDuplicates: counts.flagged, account: batch?.account ?? null, fileName: input.fileName,
        };
      } catch (err) {
        if (state.batchId && state.ownsBatch) await purgeBatch(sqlite, state.batchId);
        throw err;
      } finally {
        if (state.batchId) inFlight.delete(state.batchId);
        if (input.staged) await rm(input.path, { force: true });
      }
    },
  };
}

/** Settings key: confirmed statement layouts by signature. */
export const LAYOUTS_SETTING = 'statementLayouts';

async function rememberLayout(db: Ledger['db'], signature: string, hints: ParseHints): Promise<void> {
  const all = ((await getSetting(db, LAYOUTS_SETTING)) ?? {}) as Record<string, ParseHints>;
  await setSetting(db, LAYOUTS_SETTING, { ...all, [signature]: hints });
}

function alreadyImported(fileName: string, earlier: { id: string; file_name: string; committed_at: string | null; row_count: number; account: string }): AppError {
  const when = (earlier.committed_at ?? '').slice(0, 10);
  return new AppError('ALREADY_IMPORTED',
    `${fileName} was already imported on ${when} as "${earlier.file_name}" (${earlier.row_count} rows into ${earlier.account}). ` +
    `To import it again, delete that import first (Imported files → Delete, or: fingood batches delete ${earlier.id}).`,
    { batchId: earlier.id, fileName: earlier.file_name, importedAt: earlier.committed_at, rows: earlier.row_count, account: earlier.account });
}
