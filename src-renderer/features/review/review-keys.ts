/** The parts of a KeyboardEvent the review queue looks at. */
export interface ReviewKey {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export type ReviewCommand =
  | { type: 'move'; to: 'next' | 'previous' | 'first' | 'last' }
  /** File the focused row (or the selected rows) under the top suggestion. */
  | { type: 'accept' }
  /** File the focused row under its suggestion number `rank` (0 = the first). */
  | { type: 'pick'; rank: number }
  /** Open the type-to-search category picker for the focused row. */
  | { type: 'search' }
  | { type: 'toggle' }
  | { type: 'acceptSelected' };

/**
 * The queue's keys: ↑/↓ or k/j move, Enter or a accepts, 1/2/3 pick a suggestion, / or c
 * search, x or Space select, Shift+A accepts every selected row. A key with Ctrl, Cmd or Alt is
 * never the queue's (Ctrl+Z stays undo), nor is a held Shift on keys that mean something else.
 */
export function reviewCommand(e: ReviewKey): ReviewCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'A' && e.shiftKey) return { type: 'acceptSelected' };
  if (e.shiftKey && e.key !== '/' && e.key !== '?') return null;
  switch (e.key) {
    case 'ArrowDown': case 'j': return { type: 'move', to: 'next' };
    case 'ArrowUp': case 'k': return { type: 'move', to: 'previous' };
    case 'Home': return { type: 'move', to: 'first' };
    case 'End': return { type: 'move', to: 'last' };
    case 'Enter': case 'a': case 'A': return { type: 'accept' };
    case '1': case '2': case '3': return { type: 'pick', rank: Number(e.key) - 1 };
    case '/': case 'c': return { type: 'search' };
    case 'x': case ' ': return { type: 'toggle' };
    default: return null;
  }
}

/** Where the focus goes for a move; null on an empty queue. */
export function moveIndex(to: 'next' | 'previous' | 'first' | 'last', current: number | null, count: number): number | null {
  if (count <= 0) return null;
  const at = current === null ? -1 : Math.min(current, count - 1);
  switch (to) {
    case 'next': return at < 0 ? 0 : Math.min(count - 1, at + 1);
    case 'previous': return at < 0 ? 0 : Math.max(0, at - 1);
    case 'first': return 0;
    case 'last': return count - 1;
    default: {
      const never: never = to;
      return never;
    }
  }
}
