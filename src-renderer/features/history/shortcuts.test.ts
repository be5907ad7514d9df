import { describe, expect, it } from 'vitest';
import { historyShortcut, isMacPlatform, isTextEntry, shortcutLabel, type KeyLike } from './shortcuts';

const press = (key: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key, code: `Key${key.toUpperCase()}`, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, repeat: false, ...mods,
});

describe('historyShortcut', () => {
  it('undoes with Ctrl+Z or Cmd+Z', () => {
    expect(historyShortcut(press('z', { ctrlKey: true }))).toBe('undo');
    expect(historyShortcut(press('z', { metaKey: true }))).toBe('undo');
  });

  it('redoes with Ctrl+Shift+Z, Cmd+Shift+Z and Ctrl+Y', () => {
    expect(historyShortcut(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyShortcut(press('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(historyShortcut(press('y', { ctrlKey: true }))).toBe('redo');
  });

  it('ignores the letters alone, other modifiers, other letters and held keys', () => {
    expect(historyShortcut(press('z'))).toBeNull();
    expect(historyShortcut(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyShortcut(press('z', { ctrlKey: true, metaKey: true }))).toBeNull();
    expect(historyShortcut(press('y', { metaKey: true }))).toBeNull();
    expect(historyShortcut(press('y', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(historyShortcut(press('x', { ctrlKey: true }))).toBeNull();
    expect(historyShortcut(press('z', { ctrlKey: true, repeat: true }))).toBeNull();
  });

  it('follows the layout for Latin letters and the key position otherwise', () => {
    // QWERTZ: the key labelled Z sits where QWERTY has Y.
    expect(historyShortcut({ ...press('z', { ctrlKey: true }), code: 'KeyY' })).toBe('undo');
    expect(historyShortcut({ ...press('y', { ctrlKey: true }), code: 'KeyZ' })).toBe('redo');
    // Russian layout: the Z key types "я".
    expect(historyShortcut({ ...press('я', { ctrlKey: true }), code: 'KeyZ' })).toBe('undo');
    expect(historyShortcut({ ...press('н', { ctrlKey: true }), code: 'KeyY' })).toBe('redo');
  });
});

describe('isTextEntry', () => {
  it('leaves Ctrl+Z to text fields, text areas and editable content', () => {
    expect(isTextEntry({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextEntry({ tagName: 'input', type: 'search' })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT' })).toBe(true);
    expect(isTextEntry({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('takes Ctrl+Z for the ledger everywhere else', () => {
    expect(isTextEntry(null)).toBe(false);
    expect(isTextEntry({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: false })).toBe(false);
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextEntry({ tagName: 'INPUT', type: 'file' })).toBe(false);
    expect(isTextEntry({ tagName: 'INPUT', type: 'text', readOnly: true })).toBe(false);
  });
});

describe('shortcut labels', () => {
  it('writes shortcuts the way the platform does', () => {
    expect(shortcutLabel('undo', false)).toBe('Ctrl+Z');
    expect(shortcutLabel('redo', false)).toBe('Ctrl+Shift+Z');
    expect(shortcutLabel('undo', true)).toBe('⌘Z');
    expect(shortcutLabel('redo', true)).toBe('⇧⌘Z');
    expect(isMacPlatform('MacIntel')).toBe(true);
    expect(isMacPlatform('Win32')).toBe(false);
    expect(isMacPlatform('Linux x86_64')).toBe(false);
  });
});
