import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS, DEFAULT_SORT, ariaSort, gridLayout, nextSort, readColumns, toggleColumn } from './columns';

describe('columns', () => {
  it('shows the default columns when nothing (or nonsense) was saved', () => {
    expect(readColumns(null)).toEqual(DEFAULT_COLUMNS);
    expect(readColumns('date,amount')).toEqual(DEFAULT_COLUMNS);
  });

  it('reads a saved choice in the grid’s order, unknown names dropped, fixed columns kept', () => {
    expect(readColumns(['tags', 'bogus', 7, 'account'])).toEqual(['date', 'account', 'payee', 'amount', 'tags']);
    expect(readColumns([])).toEqual(['date', 'payee', 'amount']);
  });

  it('hides and shows a column, never a fixed one', () => {
    expect(toggleColumn(DEFAULT_COLUMNS, 'memo')).not.toContain('memo');
    expect(toggleColumn(['date', 'payee', 'amount'], 'description')).toEqual(['date', 'payee', 'description', 'amount']);
    expect(toggleColumn(DEFAULT_COLUMNS, 'date')).toEqual(DEFAULT_COLUMNS);
  });

  it('lays out the checkbox and the shown columns', () => {
    const { template, minWidth } = gridLayout(['date', 'payee', 'amount']);
    expect(template).toBe('36px 112px minmax(180px, 2fr) 112px');
    expect(minWidth).toBe(36 + 112 + 180 + 112);
  });
});

describe('sorting by a column header', () => {
  it('flips the direction on the same column and starts a new one the natural way', () => {
    expect(nextSort(DEFAULT_SORT, 'date')).toEqual({ field: 'date', dir: 'asc' });
    expect(nextSort({ field: 'date', dir: 'asc' }, 'date')).toEqual({ field: 'date', dir: 'desc' });
    expect(nextSort(DEFAULT_SORT, 'payee')).toEqual({ field: 'payee', dir: 'asc' });
    expect(nextSort(DEFAULT_SORT, 'amount')).toEqual({ field: 'amount', dir: 'desc' });
  });

  it('tells assistive technology which column sorts, and how', () => {
    expect(ariaSort(DEFAULT_SORT, 'date')).toBe('descending');
    expect(ariaSort({ field: 'payee', dir: 'asc' }, 'payee')).toBe('ascending');
    expect(ariaSort(DEFAULT_SORT, 'amount')).toBe('none');
    expect(ariaSort(DEFAULT_SORT, undefined)).toBeUndefined();
  });
});
