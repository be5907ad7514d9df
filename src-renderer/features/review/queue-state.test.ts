import { describe, expect, it } from 'vitest';
import { keepFocus, leaving, pruneSelection, toggle } from './queue-state';

describe('keepFocus', () => {
  it('keeps the focused row while it is in the queue', () => {
    expect(keepFocus([1, 2, 3], [3, 2, 1], 2)).toBe(2);
  });

  it('moves to the next row still waiting when the focused one was filed', () => {
    expect(keepFocus([1, 2, 3, 4], [1, 3, 4], 2)).toBe(3);
    expect(keepFocus([1, 2, 3, 4], [1, 4], 2)).toBe(4);
  });

  it('falls back to the nearest row before it when it was the last, then to the first row', () => {
    expect(keepFocus([1, 2, 3], [1, 2], 3)).toBe(2);
    expect(keepFocus([1, 2], [7, 8], 2)).toBe(7);
    expect(keepFocus([], [5, 6], 9)).toBe(5);
  });

  it('focuses the first row when nothing was focused, and nothing in an empty queue', () => {
    expect(keepFocus([], [5, 6], null)).toBe(5);
    expect(keepFocus([1], [], 1)).toBeNull();
  });
});

describe('selection', () => {
  it('toggles rows and forgets those that left the queue', () => {
    const s = toggle(toggle(toggle(new Set(), 1), 2), 1);
    expect([...s]).toEqual([2]);
    expect([...pruneSelection(new Set([1, 2, 3]), [3, 1])]).toEqual([1, 3]);
  });
});

describe('rows leaving the queue', () => {
  it('hides rows while their call runs and until a reading made after it', () => {
    let m = leaving.start(new Map(), [7, 8]);
    expect(leaving.isHidden(m, 7, 4)).toBe(true);
    m = leaving.done(m, [7, 8], 5); // reading 5 may have been asked before the change was saved
    expect(leaving.isHidden(m, 7, 5)).toBe(true);
    expect(leaving.isHidden(m, 7, 6)).toBe(false);
    expect(leaving.isHidden(m, 9, 1)).toBe(false);
  });

  it('shows the rows again at once when the call failed', () => {
    const m = leaving.failed(leaving.start(new Map(), [7, 8]), [7]);
    expect(leaving.isHidden(m, 7, 0)).toBe(false);
    expect(leaving.isHidden(m, 8, 0)).toBe(true);
  });

  it('forgets settled rows, so an undo can bring them back', () => {
    const m = leaving.done(leaving.start(new Map(), [7, 8]), [7], 5);
    expect(leaving.settle(m, 5)).toBe(m);
    const settled = leaving.settle(m, 6);
    expect([...settled.keys()]).toEqual([8]);
    expect(leaving.isHidden(settled, 7, 6)).toBe(false);
  });
});
