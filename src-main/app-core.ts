import { rm } from 'node:fs/promises';
import type { ApiHandlers, ApiInput, ApiMethod, ApiOutput } from '../src-shared/contract/api';
import { AppError } from '../src-shared/contract/errors';
import type { EventSource } from '../src-shared/contract/events';
import { createDispatcher, type Dispatch } from './dispatcher';
import { createEventHub } from './event-hub';
import { createScheduler, type Scheduler } from './jobs/scheduler';
import type { WorkerPool } from './jobs/worker-pool';
import type { LedgerKey } from './ledger/ledger-key';
import { schemaVersion } from './ledger/migrate';
import { CIPHER, openLedger, type Ledger } from './ledger/open-ledger';
import { listAccounts } from './services/accounts/accounts.queries';
import { createImportJobHandler } from './services/imports/import-job.handler';
import { createImportsService } from './services/imports/imports.service';
import { createHistoryService } from './services/history/history.service';
import { createCategoriesService } from './services/categories/categories.service';
import { createCategorizationService } from './services/categorization/categorization.service';
import { createTrainJobHandler } from './services/categorization/train-job.handler';
import { createRulesService } from './services/rules/rules.service';
import { getSetting, setSetting } from './services/settings/settings.queries';
import { createTransactionsService } from './services/transactions/transactions.service';

export interface AppCoreDeps {
  ledgerPath: string;
  key: LedgerKey;
  pool: WorkerPool;
  /** Create the ledger file when missing. */
  create?: boolean;
  /** The SQLite addon for this runtime's ABI when it is not the package's own (Electron in development). */
  nativeBinding?: string;
}

export interface AppCore {
  /** What every transport calls: validated, never throws, returns a Result. */
  dispatch: Dispatch;
  /** Typed in-process calls (CLI): throws AppError on failure. */
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  events: EventSource;
  scheduler: Scheduler;
  ledger: Ledger;
  close(): Promise<void>;
}

/** The composition root: opens the ledger, wires services and jobs, recovers interrupted work. */
export async function createAppCore(deps: AppCoreDeps): Promise<AppCore> {
  const ledger = await openLedger({ path: deps.ledgerPath, key: deps.key, create: deps.create, nativeBinding: deps.nativeBinding });
  const events = createEventHub();
  let version = 0;
  const bumpVersion = () => ++version;
  const stagingDir = `${deps.ledgerPath}.staging`;
  await rm(stagingDir, { recursive: true, force: true }); // uploads of a previous run died with it

  const changed = (tables: string[]) => events.emit('ledger.changed', { tables, version: bumpVersion() });
  const serviceDeps = { ledger, events, changed };
  const scheduler = createScheduler({
    ledger, events,
    handlers: {
      import: createImportJobHandler({ ledger, pool: deps.pool, events, bumpVersion }),
      train: createTrainJobHandler({ ...serviceDeps, pool: deps.pool }),
    },
  });
  const { db } = ledger;

  const handlers: ApiHandlers = {
    async 'ledger.info'() {
      const [tx, acc] = await Promise.all([
        db.selectFrom('visible_transactions' as 'transactions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
        db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).where('kind', 'in', ['asset', 'liability']).executeTakeFirstOrThrow(),
      ]);
      return { path: ledger.path, schemaVersion: await schemaVersion(ledger), transactionCount: Number(tx.n), accountCount: Number(acc.n), cipher: CIPHER };
    },
    'accounts.list': ({ includeCategories }) => listAccounts(db, !!includeCategories),
    ...createImportsService({ ledger, scheduler, stagingDir, events, bumpVersion }),
    ...createHistoryService({ ledger, events, bumpVersion }),
    ...createTransactionsService(serviceDeps),
    'jobs.list': ({ limit }) => scheduler.list(limit),
    'jobs.get': ({ id }) => scheduler.get(id),
    'jobs.cancel': ({ id }) => scheduler.cancel(id),
    'settings.get': async ({ key }) => ({ key, value: await getSetting(db, key) }),
    'settings.set': async ({ key, value }) => { await setSetting(db, key, value); return { key, value }; },
    ...createCategoriesService(serviceDeps),
    ...createRulesService(serviceDeps),
    ...createCategorizationService({ ...serviceDeps, scheduler }),
  };
  // While an import's worker writes its rows, a call first lets it commit and hold still, so
  // main never waits on SQLite's lock (write-gate.ts); with no import running this costs nothing.
  const dispatch = createDispatcher(handlers, (run) => ledger.gate.run(run));
  await scheduler.start();

  return {
    dispatch,
    async call(method, input) {
      const r = await dispatch(method, input);
      if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.details);
      return r.value as never;
    },
    events,
    scheduler,
    ledger,
    async close() {
      await scheduler.close();
      await deps.pool.close();
      await ledger.close();
      await rm(stagingDir, { recursive: true, force: true });
    },
  };
}
