import type { SortField, TransactionSort } from '../../../src-shared/contract/transactions-api';

export type ColumnKey = 'date' | 'account' | 'payee' | 'description' | 'category' | 'amount' | 'currency' | 'balance' | 'memo' | 'tags';

export interface ColumnDef {
  key: ColumnKey;
  label: string;
  /** A CSS grid track. */
  width: string;
  /** Its least width in pixels (the grid scrolls sideways below the sum). */
  min: number;
  sort?: SortField;
  numeric?: boolean;
  /** Always shown: a row without it would not say what it is. */
  fixed?: boolean;
}

/** Every column, in the order shown. */
export const COLUMN_DEFS: readonly ColumnDef[] = [
  { key: 'date', label: 'Date', width: '112px', min: 112, sort: 'date', fixed: true },
  { key: 'account', label: 'Account', width: 'minmax(90px, 0.8fr)', min: 90, sort: 'account' },
  { key: 'payee', label: 'Payee / description', width: 'minmax(180px, 2fr)', min: 180, sort: 'payee', fixed: true },
  { key: 'description', label: 'Description', width: 'minmax(160px, 1.6fr)', min: 160, sort: 'description' },
  { key: 'category', label: 'Category', width: 'minmax(150px, 1.3fr)', min: 150, sort: 'category' },
  { key: 'amount', label: 'Amount', width: '112px', min: 112, sort: 'amount', numeric: true, fixed: true },
  { key: 'currency', label: 'Currency', width: '104px', min: 104 },
  { key: 'balance', label: 'Balance', width: '128px', min: 128, numeric: true },
  { key: 'memo', label: 'Memo', width: 'minmax(90px, 1fr)', min: 90 },
  { key: 'tags', label: 'Tags', width: 'minmax(80px, 0.8fr)', min: 80 },
];

export const DEFAULT_COLUMNS: readonly ColumnKey[] = ['date', 'account', 'payee', 'category', 'amount', 'currency', 'balance', 'memo', 'tags'];

/** The settings key the chosen columns are remembered under. */
export const COLUMNS_SETTING = 'ui.transactions.columns';

/** The width of the selection checkbox column, first in every row. */
export const SELECT_COLUMN_PX = 36;

/**
 * The columns to show, from what was saved (anything: an old or hand-edited setting). Unknown
 * names are dropped, fixed columns are always in, and the order is the grid's own.
 */
export function readColumns(saved: unknown): ColumnKey[] {
  if (!Array.isArray(saved)) return [...DEFAULT_COLUMNS];
  const wanted = new Set(saved.filter((k): k is string => typeof k === 'string'));
  return COLUMN_DEFS.filter((c) => c.fixed || wanted.has(c.key)).map((c) => c.key);
}

/** Shows or hides a column; fixed ones stay. */
export function toggleColumn(shown: readonly ColumnKey[], key: ColumnKey): ColumnKey[] {
  const def = COLUMN_DEFS.find((c) => c.key === key);
  const set = new Set(shown);
  if (def?.fixed) set.add(key);
  else if (set.has(key)) set.delete(key);
  else set.add(key);
  return COLUMN_DEFS.filter((c) => set.has(c.key)).map((c) => c.key);
}

export function visibleDefs(shown: readonly ColumnKey[]): ColumnDef[] {
  const set = new Set(shown);
  return COLUMN_DEFS.filter((c) => set.has(c.key));
}

/** The rows' grid tracks and least width: the checkbox, then the shown columns. */
export function gridLayout(shown: readonly ColumnKey[]): { template: string; minWidth: number } {
  const defs = visibleDefs(shown);
  return {
    template: [`${SELECT_COLUMN_PX}px`, ...defs.map((d) => d.width)].join(' '),
    minWidth: SELECT_COLUMN_PX + defs.reduce((n, d) => n + d.min, 0),
  };
}

/** The ledger's own order until the user picks another: newest first. */
export const DEFAULT_SORT: TransactionSort = { field: 'date', dir: 'desc' };

/**
 * A click on a column's header: the same column again flips the direction; another column
 * sorts by it, dates and amounts largest first, text A to Z.
 */
export function nextSort(current: TransactionSort, field: SortField): TransactionSort {
  if (current.field === field) return { field, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { field, dir: field === 'date' || field === 'amount' ? 'desc' : 'asc' };
}

export function ariaSort(current: TransactionSort, field: SortField | undefined): 'ascending' | 'descending' | 'none' | undefined {
  if (!field) return undefined;
  if (current.field !== field) return 'none';
  return current.dir === 'asc' ? 'ascending' : 'descending';
}
