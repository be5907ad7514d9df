import type { ApiHandlers } from '../../../src-shared/contract/api';
import type { EventSink } from '../../../src-shared/contract/events';
import { withRoomForLargeChange } from '../../ledger/large-change';
import type { Ledger } from '../../ledger/open-ledger';
import { listHistory, redoNext, undoLast } from './change-log';

type HistoryApi = Pick<ApiHandlers, 'ledger.undo' | 'ledger.redo' | 'ledger.history'>;

/** Undo/redo over the persisted change log: works the same after a restart. */
export function createHistoryService(deps: { ledger: Ledger; events: EventSink; bumpVersion(): number }): HistoryApi {
  const { sqlite } = deps.ledger;
  const changed = (tables: string[]) => deps.events.emit('ledger.changed', { tables, version: deps.bumpVersion() });
  return {
    'ledger.undo'() {
      const r = withRoomForLargeChange(sqlite, () => undoLast(sqlite));
      if (r) changed(r.tables.includes('import_batches') ? [...r.tables, 'transactions'] : r.tables);
      return { undone: r?.label ?? null };
    },
    'ledger.redo'() {
      const r = withRoomForLargeChange(sqlite, () => redoNext(sqlite));
      if (r) changed(r.tables.includes('import_batches') ? [...r.tables, 'transactions'] : r.tables);
      return { redone: r?.label ?? null };
    },
    'ledger.history': ({ limit }) => listHistory(sqlite, limit),
  };
}
