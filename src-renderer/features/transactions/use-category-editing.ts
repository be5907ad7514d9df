import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { CategoryView, TransactionView } from '../../../src-shared/contract/views';
import { errorMessage } from '../../api/client';
import { useFlash } from '../../components/use-flash';
import { useCategories } from '../categories/use-categories';
import { useFiling } from '../categories/use-filing';
import { categoryCellId } from './TransactionRow';

export interface EditTarget {
  tx: TransactionView;
  top: number;
  left: number;
  above: boolean;
}

/**
 * Filing a row of the grid from its category cell: where the picker opens, the call
 * (categorization.categorize, undoable), and the line that says what was filed.
 */
export function useCategoryEditing(scroller: RefObject<HTMLDivElement | null>, row: (i: number) => TransactionView | undefined, rowHeight: number) {
  const categories = useCategories();
  const filing = useFiling();
  const [target, setTarget] = useState<EditTarget | null>(null);
  const [flash, showFlash] = useFlash();
  const [error, setError] = useState<string | null>(null);
  // `open` goes to every memoized row: it must stay the same function while the rows change.
  const rowOf = useRef(row);
  useLayoutEffect(() => { rowOf.current = row; });

  const open = useCallback((index: number) => {
    const tx = rowOf.current(index);
    const grid = scroller.current;
    if (!tx || !grid) return;
    // The header row takes the first row's height inside the scroller.
    const top = rowHeight * (index + 1);
    const cell = document.getElementById(categoryCellId(index));
    const above = top - grid.scrollTop > grid.clientHeight / 2;
    setTarget({ tx, top: above ? top : top + rowHeight, left: cell?.offsetLeft ?? 0, above });
  }, [scroller, rowHeight]);

  const close = useCallback(() => {
    setTarget(null);
    scroller.current?.focus();
  }, [scroller]);

  const pick = useCallback((c: CategoryView) => {
    const tx = target?.tx;
    close();
    if (!tx) return;
    setError(null);
    filing.file([tx], c.name).then(showFlash, (err: unknown) => setError(errorMessage(err)));
  }, [target, close, filing, showFlash]);

  return { target, open, close, pick, categories: categories.data ?? [], flash, error };
}
