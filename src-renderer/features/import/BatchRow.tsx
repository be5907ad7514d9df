import { useEffect, useRef } from 'react';
import type { BatchView } from '../../../src-shared/contract/views';
import { formatCount, formatName, formatTimestamp, plural } from '../../components/format';
import { batchNotes } from './outcome-text';

/**
 * One imported file. Delete asks first, in place ("Delete 30 rows? Yes / No", focus on No so
 * a second Enter cannot delete by accident); Escape or No puts the Delete button back.
 */
export function BatchRow({ batch, confirming, deleting, onAsk, onCancel, onConfirm }: {
  batch: BatchView;
  confirming: boolean;
  deleting: boolean;
  onAsk(): void;
  onCancel(): void;
  onConfirm(): void;
}) {
  const deleteButton = useRef<HTMLButtonElement>(null);
  const noButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) noButton.current?.focus();
    else if (wasConfirming.current && !deleting) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming, deleting]);

  const notes = batchNotes(batch);
  return (
    <tr className={confirming ? 'is-confirming' : undefined}>
      <td className="truncate" title={batch.fileName}>{batch.fileName}</td>
      <td>{batch.account}</td>
      <td className="num">{formatCount(batch.rowCount)}</td>
      {confirming ? (
        // The question takes the place of the details, so asking does not reflow the table.
        <td colSpan={4} className="table__actions">
          <span
            className="confirm"
            role="group"
            aria-label={`Delete the import of ${batch.fileName}?`}
            onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onCancel(); } }}
          >
            <span className="confirm__question">Delete {plural(batch.rowCount, 'row')}?</span>
            <button type="button" className="button button--small button--danger" disabled={deleting} onClick={onConfirm}>
              {deleting ? 'Deleting…' : 'Yes'}
            </button>
            <button ref={noButton} type="button" className="button button--small" disabled={deleting} onClick={onCancel}>No</button>
          </span>
        </td>
      ) : (
        <>
          <td className="table__notes">{notes}</td>
          <td>{formatName(batch.format)}</td>
          <td className="table__nowrap"><time dateTime={batch.importedAt}>{formatTimestamp(batch.importedAt)}</time></td>
          <td className="table__actions">
            <button
              ref={deleteButton}
              type="button"
              className="button button--small button--quiet-danger"
              aria-label={`Delete the import of ${batch.fileName}`}
              onClick={onAsk}
            >
              Delete
            </button>
          </td>
        </>
      )}
    </tr>
  );
}
