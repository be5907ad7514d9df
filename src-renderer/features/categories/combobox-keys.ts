/** What a key does in a combobox (a text box with a list of options under it). */
export type ComboboxAction =
  | { type: 'open' }
  | { type: 'move'; index: number }
  | { type: 'pick'; index: number }
  | { type: 'close' };

/**
 * ↓/↑ open the list, then move through it (wrapping at the ends); Enter picks the highlighted
 * option; Escape closes. Everything else is typing and belongs to the text box (null).
 */
export function comboboxKey(key: string, s: { open: boolean; active: number; count: number }): ComboboxAction | null {
  switch (key) {
    case 'ArrowDown':
      if (!s.open) return { type: 'open' };
      return s.count > 0 ? { type: 'move', index: s.active < 0 ? 0 : (s.active + 1) % s.count } : null;
    case 'ArrowUp':
      if (!s.open) return { type: 'open' };
      return s.count > 0 ? { type: 'move', index: s.active <= 0 ? s.count - 1 : s.active - 1 } : null;
    case 'PageDown':
      return s.open && s.count > 0 ? { type: 'move', index: Math.min(s.count - 1, Math.max(0, s.active) + 8) } : null;
    case 'PageUp':
      return s.open && s.count > 0 ? { type: 'move', index: Math.max(0, s.active - 8) } : null;
    case 'Enter':
      return s.open && s.count > 0 ? { type: 'pick', index: Math.min(Math.max(0, s.active), s.count - 1) } : null;
    case 'Escape':
      return { type: 'close' };
    default:
      return null;
  }
}
