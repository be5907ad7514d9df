import type { Ref } from 'react';
import { useLedgerHistory } from '../history/history-context';

/**
 * "Done: Merge duplicate: X. Undo" — shown while Undo would undo exactly this change (matched
 * by its label); it goes once the change is undone by any means or something newer is done.
 */
export function UndoNotice({ label, onDismiss, undoRef }: { label: string | null; onDismiss(): void; undoRef?: Ref<HTMLButtonElement> }) {
  const history = useLedgerHistory();
  if (!label || history.undo?.label !== label) return null;
  return (
    <div className="notice" role="status">
      <span className="notice__text">Done: {label}.</span>
      <button ref={undoRef} type="button" className="button button--small" disabled={history.busy} onClick={() => history.run('undo')}>
        Undo
      </button>
      <button type="button" className="button button--small button--quiet" onClick={onDismiss} aria-label="Dismiss">×</button>
    </div>
  );
}
