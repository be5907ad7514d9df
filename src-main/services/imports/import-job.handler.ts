import { rm } from 'node:fs/promises';
import { AppError } from '../../../src-shared/contract/errors';
import { strictAssert } from '../../../src-shared/domain/strict-assert';
import type { EventSink } from '../../../src-shared/contract/events';
import type { ImportJobInput, ImportPayload, ImportPlan } from '../../../src-shared/contract/import-protocol';
import type { JobContext, JobHandler } from '../../jobs/scheduler';
import type { WorkerPool } from '../../jobs/worker-pool';
import { runInWorker } from '../../jobs/worker-session';
import type { Ledger } from '../../ledger/open-ledger';
import { ensureDeferredIndex } from '../../ledger/deferred-index';
import { resolveImportAccount } from '../accounts/accounts.queries';
import { readSnapshot } from '../categorization/snapshot';
import { getSetting, setSetting } from '../settings/settings.queries';
import type { ParseHints, StatementInfo } from '../../../src-shared/domain/statements/types';
import { categoryIdByName } from '../categories/categories.queries';
import { commitBatch, findBatch, insertPendingBatch, loadExistingRows, pendingBatchIds, purgeBatch } from './batch.queries';

/** What an import worker returns (import.ts). */
interface WorkerResult extends Record<string, unknown> {
  rows: number;
  duplicatesSkipped: number;
  possibleDuplicates: number;
  /** Rows that could not be read. */
  errors: number;
  /** The statement with what its rows stated (balance rows, a running balance). */
  statement: StatementInfo;
}

/** The currency of rows whose file and account both leave it unsaid. */
const DEFAULT_CURRENCY = 'USD';

/**
 * Main's side of an import: checks the file hash, resolves the account, creates the pending
 * batch the worker writes its rows into, and commits the batch when the worker is done: one
 * tiny transaction, the all-or-nothing point of an import. A failure at any point purges the
 * pending batch, so the user sees the whole file or none of it.
 */
export function createImportJobHandler(deps: { ledger: Ledger; pool: WorkerPool; events: EventSink; bumpVersion(): number }): JobHandler {
  const { db, sqlite, gate } = deps.ledger;
  /** Hashes being imported right now: the same file dropped twice at once is refused too. */
  const inFlight = new Set<string>();
  // Messages of concurrent imports are handled one at a time: two files naming one new account
  // must not both create it.
  let serial: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = serial.then(fn, fn);
    serial = run.catch(() => undefined);
    return run;
  };
  return {
    concurrency: 2,
    async recover() {
      for (const id of await pendingBatchIds(db)) await purgeBatch(sqlite, id);
      ensureDeferredIndex(sqlite);
    },
    async run(ctx: JobContext) {
      const input = ctx.input as ImportJobInput;
      const state = { batchId: null as string | null, ownsBatch: false, seq: 0 };

      // Main's writes here run through the gate: another import's worker may be writing.
      const onData = (raw: unknown): Promise<unknown> => oneAtATime(() => gate.run(() => handle(raw as ImportPayload)));
      const handle = async (payload: ImportPayload): Promise<unknown> => {
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
            return undefined;
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
            state.seq = await insertPendingBatch(db, {
              id: state.batchId!, fileName: input.fileName, format: payload.format, accountId: account.id,
              jobId: ctx.jobId, statement: payload.statement, errorCount: 0,
            });
            state.ownsBatch = true;
            // Hints the user gave for this file are remembered for the bank's layout.
            if (input.hints && payload.layout) await rememberLayout(db, payload.layout.signature, { ...payload.layout.hints, ...input.hints });
            const plan: ImportPlan = {
              batchId: state.batchId!, batchSeq: state.seq, accountId: account.id,
              // Formats that state no currency (QIF, some CSVs) take the account's.
              currency: payload.statement.currency || account.currency || DEFAULT_CURRENCY,
              createdAt: new Date().toISOString(),
              existing: await loadExistingRows(sqlite, account.id, payload.dateRange),
            };
            return plan;
          }
          case 'category':
            return categoryIdByName(sqlite, payload.name, payload.create ? { kind: payload.create } : undefined);
          default: {
            const never: never = payload;
            throw new AppError('INTERNAL', `Unknown import payload ${JSON.stringify(never)}`);
          }
        }
      };

      try {
        // The categorization layers' inputs go to the worker with the job, read at its start.
        // The worker writes the rows itself, into this ledger (the connection holds the key).
        const workerInput: ImportJobInput = {
          ...input, categorization: readSnapshot(sqlite),
          savedLayouts: ((await getSetting(db, LAYOUTS_SETTING)) ?? {}) as Record<string, ParseHints>,
          ledger: deps.ledger.connection,
        };
        const result = await runInWorker(deps.pool, { id: ctx.jobId, kind: 'import', label: input.fileName }, workerInput, {
          onProgress: (p) => ctx.progress(p),
          onData,
          gate,
        }, ctx.signal) as WorkerResult;
        strictAssert(state.batchId && state.ownsBatch, 'an import worker hashes and parses before it finishes');
        const { statement, ...outcome } = result;
        const counts = { rows: result.rows, skipped: result.duplicatesSkipped, flagged: result.possibleDuplicates, errors: result.errors };
        const batchId = state.batchId;
        // (The worker's row writer has refreshed the planner's statistics.)
        await gate.run(() => commitBatch(db, batchId, counts, statement));
        deps.events.emit('ledger.changed', { tables: ['transactions', 'import_batches', 'accounts'], version: deps.bumpVersion() });
        const batch = await findBatch(db, state.batchId);
        return { ...outcome, batchId: state.batchId, account: batch?.account ?? null, fileName: input.fileName };
      } catch (err) {
        const batchId = state.batchId;
        if (batchId && state.ownsBatch) {
          await gate.run(async () => {
            await purgeBatch(sqlite, batchId);
            // A row writer stopped part way leaves the index it was to build at its end.
            ensureDeferredIndex(sqlite);
          });
        }
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
