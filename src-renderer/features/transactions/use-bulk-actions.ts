import { useCallback, useState } from 'react';
import type { TransactionFilter } from '../../../src-shared/contract/transactions-api';
import type { TransactionView } from '../../../src-shared/contract/views';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/client';
import type { BulkSet } from '../../../src-shared/contract/transactions-api';
import { bulkResultText } from './bulk-text';
import { fieldSet, type TextField } from './edit-values';
import { bulkTarget, type Selection } from './selection';

export interface BulkActions {
  busy: boolean;
  error: string | null;
  /** One transactions.bulkUpdate over the selection (the filter itself for "all matching"). */
  set(set: BulkSet): void;
  /** One transactions.bulkDelete over the selection; the selection goes with the rows. */
  remove(): void;
  /** An inline edit of one row's payee, memo or tags: a bulk update of that id, so it is undoable. */
  editRow(tx: TransactionView, field: TextField, text: string): void;
  dismissError(): void;
}

/**
 * The grid's changes to the ledger. Each is one call, validated as a whole by the core: a
 * refused value changes nothing, and its message is shown as it came. What was done shows in
 * `say` (the history's label); the grid refreshes on the ledger's change event.
 */
export function useBulkActions(selection: Selection, filter: TransactionFilter, say: (text: string) => void, clearSelection: () => void): BulkActions {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback((call: () => Promise<{ matched: number; changed: number; label: string | null }>, after?: () => void) => {
    setBusy(true);
    setError(null);
    call().then(
      (res) => { say(bulkResultText(res)); after?.(); },
      (err: unknown) => setError(errorMessage(err)),
    ).finally(() => setBusy(false));
  }, [say]);

  const set = useCallback((s: BulkSet) => {
    const target = bulkTarget(selection, filter);
    if (target) run(() => api.call('transactions.bulkUpdate', { ...target, set: s }));
  }, [api, run, selection, filter]);

  const remove = useCallback(() => {
    const target = bulkTarget(selection, filter);
    if (target) run(() => api.call('transactions.bulkDelete', target), clearSelection);
  }, [api, run, selection, filter, clearSelection]);

  const editRow = useCallback((tx: TransactionView, field: TextField, text: string) => {
    const s = fieldSet(tx, field, text);
    if (s) run(() => api.call('transactions.bulkUpdate', { ids: [tx.id], set: s }));
  }, [api, run]);

  return { busy, error, set, remove, editRow, dismissError: useCallback(() => setError(null), []) };
}
