import { useEffect, useRef } from 'react';
import { plural } from '../../components/format';
import { useLedgerHistory } from '../history/history-context';
import type { DeletionNotice } from './use-batch-deletion';

/**
 * "Deleted the import of X (N rows). Undo" — shown while Undo would undo exactly this
 * deletion; it goes when the deletion is undone (by any means) or something newer is done,
 * and comes back if the deletion is redone. Takes the focus when it first appears (the row the
 * focus was on is gone), but not when a redo brings it back: that would steal the focus.
 */
export function DeletedNotice({ notice, onDismiss }: { notice: DeletionNotice; onDismiss(): void }) {
  const history = useLedgerHistory();
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusedFor = useRef<DeletionNotice | null>(null);
  const current = notice.groupId !== null && history.undo?.groupId === notice.groupId;
  useEffect(() => {
    if (!current || focusedFor.current === notice) return;
    focusedFor.current = notice;
    undoButton.current?.focus();
  }, [current, notice]);
  if (!current) return null;
  return (
    <div className="notice" role="status">
      <span className="notice__text">Deleted the import of <strong>{notice.fileName}</strong> ({plural(notice.rows, 'row')}).</span>
      <button ref={undoButton} type="button" className="button button--small" disabled={history.busy} onClick={() => history.run('undo')}>
        Undo
      </button>
      <button type="button" className="button button--small button--quiet" onClick={onDismiss} aria-label="Dismiss">×</button>
    </div>
  );
}
