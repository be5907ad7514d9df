import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CategoryView, TransactionView } from '../../../src-shared/contract/views';
import { errorMessage } from '../../api/client';
import { Alert } from '../../components/Alert';
import { plural } from '../../components/format';
import { useFlash } from '../../components/use-flash';
import { keepFocus, toggle } from './queue-state';
import { moveIndex, reviewCommand } from './review-keys';
import { ReviewRow, reviewRowId } from './ReviewRow';
import type { ReviewQueue as Queue } from './use-review-queue';

/**
 * The queue, driven from the keyboard (see review-keys.ts). The grid keeps the focus and
 * points at the focused row with aria-activedescendant; filed rows leave at once and the focus
 * moves on to the next one.
 */
export function ReviewQueue({ queue, rows, categories, active }: {
  queue: Queue;
  rows: TransactionView[];
  categories: readonly CategoryView[];
  /** The view is on screen: the queue takes the focus. */
  active: boolean;
}) {
  const grid = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [picking, setPicking] = useState<number | null>(null);
  const [flash, showFlash] = useFlash(12_000);
  const [error, setError] = useState<string | null>(null);
  const ids = rows.map((r) => r.id);
  const focused = focusedId !== null && ids.includes(focusedId) ? focusedId : ids[0] ?? null;
  const chosen = rows.filter((r) => selected.has(r.id));

  useEffect(() => { if (active) grid.current?.focus(); }, [active]);
  useEffect(() => {
    if (focused !== null) document.getElementById(reviewRowId(focused))?.scrollIntoView?.({ block: 'nearest' });
  }, [focused]);

  /** Files rows (the call leaves them out of the queue at once) and moves the focus past them. */
  const settle = useCallback((targets: TransactionView[], call: () => Promise<string>) => {
    if (targets.length === 0) return;
    const leaving = new Set(targets.map((t) => t.id));
    setFocusedId(keepFocus(ids, ids.filter((id) => !leaving.has(id)), focused));
    setSelected((s) => new Set([...s].filter((id) => !leaving.has(id))));
    setError(null);
    call().then(showFlash, (err: unknown) => setError(errorMessage(err)));
  }, [ids, focused, showFlash]);

  const accept = useCallback((targets: TransactionView[]) => {
    const filable = targets.filter((t) => t.suggestions.length > 0);
    if (filable.length === 0) showFlash('No suggestion to accept here: press / to pick a category.');
    else settle(filable, () => queue.accept(filable));
  }, [settle, queue, showFlash]);

  const choose = useCallback((tx: TransactionView, rank: number) => {
    const s = tx.suggestions[rank];
    if (!s) showFlash(`There is no suggestion ${rank + 1} for this row: press / to pick a category.`);
    else if (rank === 0) accept([tx]);
    else settle([tx], () => queue.file([tx], s.category));
  }, [accept, settle, queue, showFlash]);

  const closePicker = useCallback(() => {
    setPicking(null);
    grid.current?.focus();
  }, []);
  const picked = useCallback((tx: TransactionView, c: CategoryView) => {
    closePicker();
    settle([tx], () => queue.file([tx], c.name));
  }, [closePicker, settle, queue]);
  const search = useCallback((id: number) => { setFocusedId(id); setPicking(id); }, []);
  const toggleRow = useCallback((id: number) => setSelected((s) => toggle(s, id)), []);
  const acceptSelected = () => {
    if (chosen.length === 0) showFlash('Select rows first: x selects the focused row.');
    else accept(chosen);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return; // the picker's keys are its own
    const cmd = reviewCommand(e);
    if (!cmd) return;
    e.preventDefault();
    const row = rows.find((r) => r.id === focused);
    switch (cmd.type) {
      case 'move': {
        const to = moveIndex(cmd.to, focused === null ? null : ids.indexOf(focused), ids.length);
        if (to !== null) setFocusedId(ids[to]!);
        break;
      }
      case 'accept': if (row) accept([row]); break;
      case 'pick': if (row) choose(row, cmd.rank); break;
      case 'search': if (row) search(row.id); break;
      case 'toggle': if (row) toggleRow(row.id); break;
      case 'acceptSelected': acceptSelected(); break;
      default: { const never: never = cmd; return never; }
    }
  };

  return (
    <div className="queue-wrap">
      <div className="queue__toolbar">
        <button type="button" className="button button--small" disabled={chosen.length === 0} onClick={acceptSelected} aria-keyshortcuts="Shift+A">
          Accept all selected{chosen.length ? ` (${chosen.length})` : ''}
        </button>
        <button type="button" className="button button--small" onClick={() => accept(rows)}>
          Accept all on this page ({plural(rows.length, 'row')})
        </button>
        <p className="flash" role="status">{flash ?? ''}</p>
      </div>
      {error && <Alert title="Could not file">{error}</Alert>}
      <div
        ref={grid}
        className="queue"
        role="grid"
        tabIndex={0}
        aria-label="Rows to review"
        aria-multiselectable="true"
        aria-rowcount={rows.length}
        aria-activedescendant={focused !== null ? reviewRowId(focused) : undefined}
        onKeyDown={onKeyDown}
      >
        {rows.map((tx) => (
          <ReviewRow
            key={tx.id}
            tx={tx}
            focused={tx.id === focused}
            selected={selected.has(tx.id)}
            picking={tx.id === picking}
            categories={categories}
            onFocus={setFocusedId}
            onToggle={toggleRow}
            onChoose={choose}
            onSearch={search}
            onPicked={picked}
            onClosePicker={closePicker}
          />
        ))}
      </div>
    </div>
  );
}
