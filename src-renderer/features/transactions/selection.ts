import type { TransactionFilter } from '../../../src-shared/contract/transactions-api';

/**
 * Which rows a bulk change applies to. `rows`: the ids the user picked (with the row index a
 * Shift range starts from). `all`: every row matching the filter except the ones un-ticked
 * since (`except`) — never a list of the selected ids, so selecting a million rows costs nothing.
 */
export type Selection =
  | { kind: 'none' }
  | { kind: 'rows'; ids: ReadonlySet<number>; anchor: number }
  | { kind: 'all'; except: ReadonlySet<number> };

export const NO_SELECTION: Selection = { kind: 'none' };

/** A plain click: this row alone. */
export function selectOnly(id: number, index: number): Selection {
  return { kind: 'rows', ids: new Set([id]), anchor: index };
}

/**
 * Ctrl/Cmd-click or Space: the row joins or leaves the selection. Under "all matching" it is
 * left out of (or taken back into) the filter's rows.
 */
export function toggleRow(sel: Selection, id: number, index: number): Selection {
  if (sel.kind === 'all') {
    const except = new Set(sel.except);
    if (except.has(id)) except.delete(id);
    else except.add(id);
    return { kind: 'all', except };
  }
  if (sel.kind !== 'rows') return selectOnly(id, index);
  const ids = new Set(sel.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return ids.size ? { kind: 'rows', ids, anchor: index } : NO_SELECTION;
}

/**
 * The rows between the anchor and `index` (inclusive), as a Shift-click or Shift+↑/↓ makes.
 * Without picked rows the range starts at `from` (the focused row).
 */
export function rangeBounds(sel: Selection, index: number, from = index): [number, number] {
  const anchor = sel.kind === 'rows' ? sel.anchor : from;
  return anchor <= index ? [anchor, index] : [index, anchor];
}

/** Shift-click / Shift+arrow: the selection becomes the range's ids; the anchor stays. */
export function selectRange(sel: Selection, index: number, ids: readonly number[], from = index): Selection {
  const anchor = sel.kind === 'rows' ? sel.anchor : from;
  return ids.length ? { kind: 'rows', ids: new Set(ids), anchor } : NO_SELECTION;
}

export function selectAllMatching(): Selection {
  return { kind: 'all', except: new Set() };
}

export function isSelected(sel: Selection, id: number): boolean {
  return sel.kind === 'all' ? !sel.except.has(id) : sel.kind === 'rows' && sel.ids.has(id);
}

/** How many rows are selected; under "all matching" every un-ticked row is one of the filter's. */
export function selectedCount(sel: Selection, total: number): number {
  if (sel.kind === 'all') return Math.max(0, total - sel.except.size);
  return sel.kind === 'rows' ? sel.ids.size : 0;
}

/** The one selected row's id, when exactly one is (a split needs one row). */
export function singleId(sel: Selection): number | null {
  return sel.kind === 'rows' && sel.ids.size === 1 ? [...sel.ids][0]! : null;
}

/** What a bulk call receives: the picked ids, or the filter itself (less the un-ticked rows). null when nothing is selected. */
export function bulkTarget(sel: Selection, filter: TransactionFilter): { ids: number[] } | { filter: TransactionFilter; excludeIds?: number[] } | null {
  if (sel.kind === 'all') return sel.except.size ? { filter, excludeIds: [...sel.except].sort((a, b) => a - b) } : { filter };
  if (sel.kind === 'rows' && sel.ids.size) return { ids: [...sel.ids].sort((a, b) => a - b) };
  return null;
}

/** The header checkbox: checked when every matching row is selected, mixed when some are. */
export function headerCheckState(sel: Selection, total: number): 'checked' | 'mixed' | 'unchecked' {
  const n = selectedCount(sel, total);
  if (n === 0 || total === 0) return 'unchecked';
  return (sel.kind === 'all' && sel.except.size === 0) || n >= total ? 'checked' : 'mixed';
}
