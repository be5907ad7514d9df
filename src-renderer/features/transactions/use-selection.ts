import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { TransactionView } from '../../../src-shared/contract/views';
import { errorMessage } from '../../api/client';
import {
  NO_SELECTION, rangeBounds, selectAllMatching, selectOnly, selectRange, toggleRow, type Selection,
} from './selection';

/** The most ids one bulk call may name (the contract's limit); more is "all matching". */
const MAX_IDS = 100_000;

export interface RowSelection {
  selection: Selection;
  /**
   * A click on a row: alone, Shift for a range from the anchor (with nothing picked, from
   * `from`, the row focused before), Ctrl/Cmd to add or remove it.
   */
  click(index: number, mods: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }, from?: number): void;
  /** Space: the row joins or leaves the selection. */
  toggle(index: number): void;
  /** Shift+↑/↓: the range from the anchor (or, with nothing picked, from `from`) to this row. */
  extendTo(index: number, from: number): void;
  selectAll(): void;
  clear(): void;
  error: string | null;
}

/**
 * The grid's selection. It belongs to one filter: `filterKey` changing clears it, so a bulk
 * change never reaches rows the user no longer sees listed.
 */
export function useSelection(
  filterKey: string,
  row: (index: number) => TransactionView | undefined,
  rows: (first: number, last: number) => Promise<TransactionView[]>,
): RowSelection {
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const [error, setError] = useState<string | null>(null);
  const [key, setKey] = useState(filterKey);
  if (key !== filterKey) {
    // Adjusting state while rendering (React's documented pattern): no frame shows the old selection.
    setKey(filterKey);
    setSelection(NO_SELECTION);
  }
  const latest = useRef({ selection, row, rows });
  useLayoutEffect(() => { latest.current = { selection, row, rows }; });
  // A range fetched from the core lands only if nothing else was picked meanwhile.
  const seq = useRef(0);

  const range = useCallback((index: number, from = index) => {
    const mine = ++seq.current;
    const { selection: sel, rows: load } = latest.current;
    const [first, last] = rangeBounds(sel, index, from);
    if (last - first + 1 > MAX_IDS) {
      setError(`A range can hold at most ${MAX_IDS.toLocaleString('en-US')} rows; use "Select all matching" instead.`);
      return;
    }
    load(first, last).then(
      (txs) => { if (mine === seq.current) { setError(null); setSelection((s) => selectRange(s, index, txs.map((t) => t.id), from)); } },
      (err: unknown) => { if (mine === seq.current) setError(errorMessage(err)); },
    );
  }, []);

  const click = useCallback((index: number, mods: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }, from = index) => {
    const tx = latest.current.row(index);
    if (!tx) return;
    if (mods.shiftKey) { range(index, from); return; }
    seq.current++;
    setError(null);
    setSelection((s) => (mods.ctrlKey || mods.metaKey ? toggleRow(s, tx.id, index) : selectOnly(tx.id, index)));
  }, [range]);

  const toggle = useCallback((index: number) => {
    const tx = latest.current.row(index);
    if (!tx) return;
    seq.current++;
    setSelection((s) => toggleRow(s, tx.id, index));
  }, []);

  const selectAll = useCallback(() => { seq.current++; setError(null); setSelection(selectAllMatching()); }, []);
  const clear = useCallback(() => { seq.current++; setError(null); setSelection(NO_SELECTION); }, []);

  return { selection, click, toggle, extendTo: range, selectAll, clear, error };
}
