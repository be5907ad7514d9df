import { describe, expect, it } from 'vitest';
import {
  NO_SELECTION, bulkTarget, headerCheckState, isSelected, rangeBounds, selectAllMatching, selectOnly, selectRange,
  selectedCount, singleId, toggleRow, type Selection,
} from './selection';

const ids = (s: Selection) => (s.kind === 'rows' ? [...s.ids].sort((a, b) => a - b) : s.kind);

describe('selection', () => {
  it('a click selects that row alone', () => {
    const s = selectOnly(42, 3);
    expect(ids(s)).toEqual([42]);
    expect(isSelected(s, 42)).toBe(true);
    expect(isSelected(s, 43)).toBe(false);
    expect(selectedCount(s, 1000)).toBe(1);
    expect(singleId(s)).toBe(42);
  });

  it('ctrl-click adds and removes rows; removing the last selects nothing', () => {
    let s = toggleRow(NO_SELECTION, 1, 0);
    s = toggleRow(s, 5, 4);
    expect(ids(s)).toEqual([1, 5]);
    expect(singleId(s)).toBeNull();
    s = toggleRow(s, 1, 0);
    expect(ids(s)).toEqual([5]);
    expect(toggleRow(s, 5, 4)).toEqual(NO_SELECTION);
  });

  it('shift-click selects from the anchor to the row, either way, replacing the previous range', () => {
    const s = selectOnly(10, 5);
    expect(rangeBounds(s, 8)).toEqual([5, 8]);
    expect(rangeBounds(s, 2)).toEqual([2, 5]);
    const r = selectRange(s, 8, [10, 11, 12, 13]);
    expect(ids(r)).toEqual([10, 11, 12, 13]);
    // The anchor stays where the range started: a second Shift-click re-ranges from it.
    expect(rangeBounds(r, 6)).toEqual([5, 6]);
    expect(ids(selectRange(r, 6, [10, 11]))).toEqual([10, 11]);
    // Without an anchor the range starts at the row itself.
    expect(rangeBounds(NO_SELECTION, 7)).toEqual([7, 7]);
    // Shift+↓ from the focused row with nothing picked: the range starts at the focused row.
    expect(rangeBounds(NO_SELECTION, 8, 7)).toEqual([7, 8]);
    const fromFocus = selectRange(NO_SELECTION, 8, [70, 80], 7);
    expect(rangeBounds(fromFocus, 9)).toEqual([7, 9]);
  });

  it('"all matching" is the filter, never a list of ids', () => {
    const s = selectAllMatching();
    expect(selectedCount(s, 1_000_000)).toBe(1_000_000);
    expect(isSelected(s, 123456)).toBe(true);
    expect(bulkTarget(s, { search: 'starbucks', from: '2024-01-01' })).toEqual({ filter: { search: 'starbucks', from: '2024-01-01' } });
    expect(bulkTarget(s, {})).toEqual({ filter: {} });
    expect(singleId(s)).toBeNull();
  });

  it('leaves rows out of "all matching" with a ctrl-click, and takes them back', () => {
    const s = toggleRow(toggleRow(selectAllMatching(), 7, 2), 9, 3);
    expect(isSelected(s, 7)).toBe(false);
    expect(isSelected(s, 8)).toBe(true);
    expect(selectedCount(s, 1000)).toBe(998);
    expect(headerCheckState(s, 1000)).toBe('mixed');
    expect(bulkTarget(s, { search: 'x' })).toEqual({ filter: { search: 'x' }, excludeIds: [7, 9] });
    const back = toggleRow(s, 7, 2);
    expect(isSelected(back, 7)).toBe(true);
    expect(bulkTarget(toggleRow(back, 9, 3), { search: 'x' })).toEqual({ filter: { search: 'x' } });
  });

  it('sends picked rows as ids, and nothing when none are picked', () => {
    expect(bulkTarget(toggleRow(selectOnly(9, 0), 3, 1), { search: 'x' })).toEqual({ ids: [3, 9] });
    expect(bulkTarget(NO_SELECTION, {})).toBeNull();
  });

  it('shows the header checkbox checked, mixed or not', () => {
    expect(headerCheckState(NO_SELECTION, 10)).toBe('unchecked');
    expect(headerCheckState(selectOnly(1, 0), 10)).toBe('mixed');
    expect(headerCheckState(selectOnly(1, 0), 1)).toBe('checked');
    expect(headerCheckState(selectAllMatching(), 10)).toBe('checked');
    expect(headerCheckState(selectAllMatching(), 0)).toBe('unchecked');
  });
});
