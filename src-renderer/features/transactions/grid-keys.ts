import type { TextField } from './edit-values';
import { nextRowIndex } from './row-navigation';

export interface GridKeyActions {
  focused: number | null;
  total: number;
  /** Rows that fit in view (Page Up/Down move by that much). */
  visibleRows(): number;
  moveTo(index: number): void;
  editCategory(index: number): void;
  editText(index: number, field: TextField): void;
  toggle(index: number): void;
  extendTo(index: number, from: number): void;
  selectAll(): void;
  clearSelection(): void;
  split(index: number): void;
}

/** The parts of a keyboard event the grid reads (a React KeyboardEvent has them all). */
export interface GridKeyEvent {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: unknown;
  currentTarget: unknown;
  preventDefault(): void;
}

const TEXT_KEYS: Record<string, TextField> = { F2: 'payee', m: 'memo', t: 'tags' };

/**
 * The grid's keys (the grid has the focus; keys typed in an editor inside it are the
 * editor's): arrows, Page Up/Down, Home, End move; Shift+↑/↓ extend the selection; Space
 * selects; Enter files under a category; F2, M, T edit the payee, memo, tags; S splits;
 * Ctrl/Cmd+A selects every matching row; Escape clears the selection.
 */
export function handleGridKey(e: GridKeyEvent, a: GridKeyActions): void {
  if (e.target !== e.currentTarget) return;
  const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
  const at = a.focused;
  if (plain && !e.shiftKey && at !== null) {
    const field = TEXT_KEYS[e.key.length === 1 ? e.key.toLowerCase() : e.key];
    const act = e.key === 'Enter' ? () => a.editCategory(at)
      : e.key === ' ' ? () => a.toggle(at)
        : e.key.toLowerCase() === 's' ? () => a.split(at)
          : field ? () => a.editText(at, field) : null;
    if (act) { e.preventDefault(); act(); return; }
  }
  if (plain && !e.shiftKey && e.key === 'Escape') { e.preventDefault(); a.clearSelection(); return; }
  if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'a') { e.preventDefault(); a.selectAll(); return; }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const next = nextRowIndex(e.key, at, a.total, a.visibleRows());
  if (next === null) return;
  e.preventDefault();
  a.moveTo(next);
  if (e.shiftKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) a.extendTo(next, at ?? next);
}
