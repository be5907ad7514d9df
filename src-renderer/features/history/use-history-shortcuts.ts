import { useEffect, useLayoutEffect, useRef } from 'react';
import type { HistoryAction } from './history-state';
import { historyShortcut, isTextEntry } from './shortcuts';

/**
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (and Ctrl+Y) anywhere in the window, except in a text
 * field: there they stay the browser's own undo of the typing.
 */
export function useHistoryShortcuts(run: (action: HistoryAction) => void): void {
  const latest = useRef(run);
  useLayoutEffect(() => { latest.current = run; });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const action = historyShortcut(e);
      if (!action || isTextEntry(e.target instanceof HTMLElement ? e.target : null)) return;
      e.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
