import type { HistoryEntryView } from '../../../src-shared/contract/views';

export interface HistoryTargets {
  /** What Undo would undo: the newest action not undone. */
  undo: HistoryEntryView | null;
  /** What Redo would redo: the oldest of the undone actions. */
  redo: HistoryEntryView | null;
}

/**
 * Reads ledger.history (newest first). A new action drops whatever was undone, so the undone
 * entries always sit on top: Redo takes the last of them, Undo the first entry after them.
 */
export function historyTargets(entries: readonly HistoryEntryView[]): HistoryTargets {
  let redo: HistoryEntryView | null = null;
  for (const e of entries) {
    if (!e.undone) return { undo: e, redo };
    redo = e;
  }
  return { undo: null, redo };
}

export type HistoryAction = 'undo' | 'redo';

/** The button's tooltip: what it would do, and its shortcut. */
export function historyTooltip(action: HistoryAction, target: HistoryEntryView | null, shortcut: string): string {
  if (!target) return action === 'undo' ? 'Nothing to undo' : 'Nothing to redo';
  return `${action === 'undo' ? 'Undo' : 'Redo'}: ${target.label} (${shortcut})`;
}

/** What the user reads after pressing Undo or Redo. */
export function historyResultText(action: HistoryAction, label: string | null): string {
  if (action === 'undo') return label ? `Undone: ${label}` : 'Nothing to undo.';
  return label ? `Redone: ${label}` : 'Nothing to redo.';
}
