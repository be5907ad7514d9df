import { useId, useRef } from 'react';
import { useApi } from '../../api/api-context';
import { Alert } from '../../components/Alert';
import { plural } from '../../components/format';
import { compareLines, rowText, scoreText, type DuplicatePair } from './match-pairs';
import { UndoNotice } from './UndoNotice';
import { useDuplicatePairs } from './use-matching';
import { useFocusAfterRemoval } from './use-focus-after-removal';
import { useRowAction } from './use-row-action';

/**
 * Rows an import flagged "possible duplicate", each side by side with the row it resembles:
 * Keep both clears the flag, Merge removes the flagged row as the same bank line. Both undoable.
 */
export function DuplicateReview() {
  const api = useApi();
  const q = useDuplicatePairs();
  const action = useRowAction();
  const list = useRef<HTMLOListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const ids = q.data?.pairs.map((p) => p.row.id);
  const focusNext = useFocusAfterRemoval(list, ids, () => (undo.current ?? heading.current)?.focus());
  const pairs = q.data?.pairs;

  const resolve = (pair: DuplicatePair, index: number, how: 'keep' | 'merge') =>
    action.run(pair.row.id, () => api.call('transactions.resolveDuplicate', { id: pair.row.id, action: how }), () => focusNext(pair.row.id, index));

  return (
    <section className="matching__section" aria-labelledby="dup-heading">
      <header className="matching__head">
        <h2 id="dup-heading" ref={heading} tabIndex={-1}>Possible duplicates</h2>
        <span className="view__count" aria-live="polite">
          {q.data ? (q.data.total ? `${plural(q.data.total, 'row')} to review` : '') : ''}
        </span>
      </header>
      <p className="view__hint">
        An import keeps a row that resembles one already in the ledger and flags it. Keep both when they are two real payments;
        Merge when the bank sent the same line twice.
      </p>
      <UndoNotice label={action.done} onDismiss={action.dismiss} undoRef={undo} />
      {action.error && <Alert title="Not done">{action.error}</Alert>}
      {q.error && <Alert title="Could not load the possible duplicates">{q.error}</Alert>}
      {!q.data && !q.error && <p className="empty">Loading…</p>}
      {pairs && pairs.length === 0 && <p className="empty">No possible duplicates. Rows an import is unsure about will wait here.</p>}
      {pairs && pairs.length > 0 && (
        <ol ref={list} className="dup-list" aria-label="Possible duplicates">
          {pairs.map((pair, i) => (
            <DuplicateItem
              key={pair.row.id}
              pair={pair}
              files={q.data!.files}
              busy={action.busyId === pair.row.id}
              onKeep={() => resolve(pair, i, 'keep')}
              onMerge={() => resolve(pair, i, 'merge')}
            />
          ))}
        </ol>
      )}
      {q.data && q.data.total > q.data.pairs.length && (
        <p className="view__hint">Showing the oldest {plural(q.data.pairs.length, 'row')} of {q.data.total}; the next ones come in as you resolve these.</p>
      )}
    </section>
  );
}

function DuplicateItem({ pair, files, busy, onKeep, onMerge }: {
  pair: DuplicatePair; files: ReadonlyMap<string, string>; busy: boolean; onKeep(): void; onMerge(): void;
}) {
  const id = useId();
  const { row, original } = pair;
  return (
    <li className="dup" data-testid="duplicate-pair" aria-labelledby={`${id}-title`}>
      <div className="dup__head">
        <h3 id={`${id}-title`} className="dup__title">{rowText(row)}</h3>
        <span className="badge badge--warning">{scoreText(pair.score)}</span>
      </div>
      {pair.reasons.length > 0 && (
        <ul className="reasons" aria-label="Why it looks like a duplicate">
          {pair.reasons.map((r) => <li key={r}>{r}</li>)}
        </ul>
      )}
      {original ? (
        <div className="table-scroll">
          <table className="compare">
            <caption className="visually-hidden">{rowText(row)} beside the row it resembles</caption>
            <colgroup><col className="compare__labels" /><col /><col /></colgroup>
            <thead>
              <tr>
                <td />
                <th scope="col">Just imported</th>
                <th scope="col">Already in the ledger</th>
              </tr>
            </thead>
            <tbody>
              {compareLines(row, original, files).map((l) => (
                <tr key={l.label} className={l.differs ? 'compare__differs' : undefined}>
                  <th scope="row">{l.label}</th>
                  <td>{l.row || '—'}</td>
                  <td>{l.original || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty">The row it resembled is no longer in the ledger; keep this one.</p>
      )}
      <div className="dup__actions">
        <button type="button" className="button button--small" data-focus-target disabled={busy} onClick={onKeep} aria-describedby={`${id}-title`}>
          Keep both
        </button>
        <button
          type="button"
          className="button button--small button--primary"
          disabled={busy || !original}
          onClick={onMerge}
          aria-describedby={`${id}-title`}
          title="Remove the imported row as the same bank line (undoable)"
        >
          Merge
        </button>
      </div>
    </li>
  );
}
