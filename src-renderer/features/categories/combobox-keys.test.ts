import { describe, expect, it } from 'vitest';
import { comboboxKey } from './combobox-keys';

const open = (active: number, count: number) => ({ open: true, active, count });

describe('comboboxKey', () => {
  it('opens a closed list with the arrows', () => {
    expect(comboboxKey('ArrowDown', { open: false, active: 0, count: 5 })).toEqual({ type: 'open' });
    expect(comboboxKey('ArrowUp', { open: false, active: 0, count: 5 })).toEqual({ type: 'open' });
  });

  it('moves through an open list, wrapping at both ends', () => {
    expect(comboboxKey('ArrowDown', open(0, 3))).toEqual({ type: 'move', index: 1 });
    expect(comboboxKey('ArrowDown', open(2, 3))).toEqual({ type: 'move', index: 0 });
    expect(comboboxKey('ArrowUp', open(0, 3))).toEqual({ type: 'move', index: 2 });
    expect(comboboxKey('ArrowUp', open(2, 3))).toEqual({ type: 'move', index: 1 });
    expect(comboboxKey('ArrowDown', open(-1, 3))).toEqual({ type: 'move', index: 0 });
  });

  it('pages by eight and stops at the ends', () => {
    expect(comboboxKey('PageDown', open(0, 20))).toEqual({ type: 'move', index: 8 });
    expect(comboboxKey('PageDown', open(15, 20))).toEqual({ type: 'move', index: 19 });
    expect(comboboxKey('PageUp', open(3, 20))).toEqual({ type: 'move', index: 0 });
  });

  it('picks the highlighted option with Enter, and nothing from an empty or closed list', () => {
    expect(comboboxKey('Enter', open(1, 3))).toEqual({ type: 'pick', index: 1 });
    expect(comboboxKey('Enter', open(7, 3))).toEqual({ type: 'pick', index: 2 });
    expect(comboboxKey('Enter', open(0, 0))).toBeNull();
    expect(comboboxKey('Enter', { open: false, active: 0, count: 3 })).toBeNull();
    expect(comboboxKey('ArrowDown', open(0, 0))).toBeNull();
  });

  it('closes with Escape and leaves typing to the text box', () => {
    expect(comboboxKey('Escape', open(1, 3))).toEqual({ type: 'close' });
    expect(comboboxKey('a', open(1, 3))).toBeNull();
    expect(comboboxKey('Backspace', open(1, 3))).toBeNull();
    expect(comboboxKey('Home', open(1, 3))).toBeNull();
  });
});
