import type { HistoryAction } from './history-state';

/** The parts of a KeyboardEvent the shortcuts look at. */
export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  repeat: boolean;
}

/**
 * Ctrl+Z / Cmd+Z undoes, Ctrl+Shift+Z / Cmd+Shift+Z and Ctrl+Y redo. Either modifier works on
 * every platform (a Mac user on a PC keyboard presses Ctrl). The letter is read from `key`,
 * so Z is where the layout puts it (QWERTZ, AZERTY); a layout without Latin letters falls back
 * to the key's position. A held key does not repeat: one press, one undo.
 */
export function historyShortcut(e: KeyLike): HistoryAction | null {
  if (e.altKey || e.repeat || e.ctrlKey === e.metaKey) return null;
  const letter = /^[a-z]$/i.test(e.key) ? e.key.toLowerCase() : e.code === 'KeyZ' ? 'z' : e.code === 'KeyY' ? 'y' : '';
  if (letter === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (letter === 'y' && e.ctrlKey && !e.shiftKey) return 'redo';
  return null;
}

/** The parts of an element that tell whether it edits text. */
export interface ElementLike {
  tagName: string;
  isContentEditable?: boolean;
  type?: string;
  readOnly?: boolean;
}

/** Input types whose value is not text: Ctrl+Z there has nothing of its own to undo. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

/**
 * True where Ctrl+Z must stay the browser's own text undo: text inputs, text areas and
 * editable content. (A read-only field has nothing to undo, so the ledger's undo applies.)
 */
export function isTextEntry(el: ElementLike | null): boolean {
  if (!el) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return !el.readOnly;
  if (tag === 'INPUT') return !el.readOnly && !NON_TEXT_INPUTS.has((el.type ?? 'text').toLowerCase());
  return false;
}

/** How the shortcut is written on this platform: "Ctrl+Shift+Z" or "⇧⌘Z". */
export function shortcutLabel(action: HistoryAction, mac: boolean): string {
  if (mac) return action === 'undo' ? '⌘Z' : '⇧⌘Z';
  return action === 'undo' ? 'Ctrl+Z' : 'Ctrl+Shift+Z';
}

export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}
