import { describe, expect, it } from 'vitest';
import { nextRowIndex } from './row-navigation';

describe('nextRowIndex', () => {
  it('moves one row with the arrows and stops at both ends', () => {
    expect(nextRowIndex('ArrowDown', 3, 10, 5)).toBe(4);
    expect(nextRowIndex('ArrowUp', 3, 10, 5)).toBe(2);
    expect(nextRowIndex('ArrowDown', 9, 10, 5)).toBe(9);
    expect(nextRowIndex('ArrowUp', 0, 10, 5)).toBe(0);
  });

  it('starts at the first row when nothing is focused yet', () => {
    expect(nextRowIndex('ArrowDown', null, 10, 5)).toBe(0);
    expect(nextRowIndex('ArrowUp', null, 10, 5)).toBe(0);
  });

  it('pages by what fits in view, keeping one row of context', () => {
    expect(nextRowIndex('PageDown', 0, 100, 20)).toBe(19);
    expect(nextRowIndex('PageUp', 50, 100, 20)).toBe(31);
    expect(nextRowIndex('PageDown', 95, 100, 20)).toBe(99);
    expect(nextRowIndex('PageUp', 5, 100, 20)).toBe(0);
    expect(nextRowIndex('PageDown', 0, 100, 0)).toBe(1);
  });

  it('jumps to the ends, and ignores other keys and empty tables', () => {
    expect(nextRowIndex('Home', 40, 100, 20)).toBe(0);
    expect(nextRowIndex('End', 40, 100, 20)).toBe(99);
    expect(nextRowIndex('a', 40, 100, 20)).toBeNull();
    expect(nextRowIndex('ArrowDown', null, 0, 20)).toBeNull();
  });

  it('keeps the focus inside the table after rows were removed', () => {
    expect(nextRowIndex('ArrowUp', 50, 10, 5)).toBe(8);
  });
});
