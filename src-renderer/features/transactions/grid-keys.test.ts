import { describe, expect, it, vi } from 'vitest';
import { handleGridKey, type GridKeyActions, type GridKeyEvent } from './grid-keys';

const grid = {};
function press(key: string, mods: Partial<GridKeyEvent> = {}, focused: number | null = 5) {
  const calls: string[] = [];
  const log = (name: string) => (...args: unknown[]) => { calls.push(`${name}(${args.join(',')})`); };
  const actions: GridKeyActions = {
    focused, total: 100, visibleRows: () => 11,
    moveTo: log('moveTo'), editCategory: log('editCategory'), editText: log('editText'), toggle: log('toggle'),
    extendTo: log('extendTo'), selectAll: log('selectAll'), clearSelection: log('clearSelection'), split: log('split'),
  };
  const preventDefault = vi.fn();
  handleGridKey({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, target: grid, currentTarget: grid, preventDefault, ...mods }, actions);
  return { calls, prevented: preventDefault.mock.calls.length > 0 };
}

describe('the grid’s keys', () => {
  it('moves the focus with the navigation keys', () => {
    expect(press('ArrowDown').calls).toEqual(['moveTo(6)']);
    expect(press('ArrowUp').calls).toEqual(['moveTo(4)']);
    expect(press('End').calls).toEqual(['moveTo(99)']);
    expect(press('PageDown').calls).toEqual(['moveTo(15)']);
  });

  it('extends the selection with Shift+↑/↓ from the focused row', () => {
    expect(press('ArrowDown', { shiftKey: true }).calls).toEqual(['moveTo(6)', 'extendTo(6,5)']);
    expect(press('ArrowUp', { shiftKey: true }).calls).toEqual(['moveTo(4)', 'extendTo(4,5)']);
    // Shift+End moves without selecting a range of 95 rows by accident.
    expect(press('End', { shiftKey: true }).calls).toEqual(['moveTo(99)']);
  });

  it('selects, edits and splits the focused row', () => {
    expect(press(' ')).toEqual({ calls: ['toggle(5)'], prevented: true });
    expect(press('Enter').calls).toEqual(['editCategory(5)']);
    expect(press('F2').calls).toEqual(['editText(5,payee)']);
    expect(press('m').calls).toEqual(['editText(5,memo)']);
    expect(press('T').calls).toEqual(['editText(5,tags)']);
    expect(press('s').calls).toEqual(['split(5)']);
  });

  it('selects every matching row with Ctrl/Cmd+A and clears with Escape', () => {
    expect(press('a', { ctrlKey: true }).calls).toEqual(['selectAll()']);
    expect(press('a', { metaKey: true }).calls).toEqual(['selectAll()']);
    expect(press('Escape').calls).toEqual(['clearSelection()']);
  });

  it('leaves alone keys typed in an editor inside the grid, other shortcuts, and row keys with no row focused', () => {
    expect(press(' ', { target: {} })).toEqual({ calls: [], prevented: false });
    expect(press('z', { ctrlKey: true })).toEqual({ calls: [], prevented: false });
    expect(press('s', { ctrlKey: true })).toEqual({ calls: [], prevented: false });
    expect(press('x')).toEqual({ calls: [], prevented: false });
    expect(press('Enter', {}, null)).toEqual({ calls: [], prevented: false });
    expect(press('ArrowDown', {}, null).calls).toEqual(['moveTo(0)']);
  });
});
