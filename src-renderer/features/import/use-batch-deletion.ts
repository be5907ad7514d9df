import { useCallback, useState } from 'react';
import type { BatchView } from '../../../src-shared/contract/views';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/client';

/** The latest deletion, offered for undo while it is still the action Undo would undo. */
export interface DeletionNotice {
  batchId: string;
  fileName: string;
  rows: number;
  /** The change-log group of the deletion; null if it could not be read. */
  groupId: string | null;
}

export interface BatchDeletion {
  /** The batch whose Delete button turned into "Delete N rows? Yes / No". */
  confirming: string | null;
  deleting: string | null;
  notice: DeletionNotice | null;
  error: { fileName: string; message: string } | null;
  ask(batchId: string): void;
  cancel(): void;
  confirm(batch: BatchView): Promise<void>;
  dismissNotice(): void;
}

/** Deleting an imported file: ask inline, delete, then offer Undo in a notice. */
export function useBatchDeletion(): BatchDeletion {
  const api = useApi();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [notice, setNotice] = useState<DeletionNotice | null>(null);
  const [error, setError] = useState<BatchDeletion['error']>(null);

  const ask = useCallback((batchId: string) => {
    setError(null);
    setConfirming(batchId);
  }, []);
  const cancel = useCallback(() => setConfirming(null), []);

  const confirm = useCallback(async (batch: BatchView) => {
    setDeleting(batch.id);
    setError(null);
    try {
      const deleted = await api.call('imports.deleteBatch', { id: batch.id });
      // The deletion is the newest entry of the change log now; its group id tells the notice
      // when Undo would no longer undo this deletion (undone already, or something newer).
      const [latest] = await api.call('ledger.history', { limit: 1 }).catch(() => []);
      setNotice({ batchId: deleted.batchId, fileName: deleted.fileName, rows: deleted.rows, groupId: latest?.groupId ?? null });
    } catch (err) {
      setError({ fileName: batch.fileName, message: errorMessage(err) });
    } finally {
      setDeleting(null);
      setConfirming(null);
    }
  }, [api]);

  const dismissNotice = useCallback(() => setNotice(null), []);
  return { confirming, deleting, notice, error, ask, cancel, confirm, dismissNotice };
}
