import { useEffect, useRef } from 'react';
import type { SortField, TransactionSort } from '../../../src-shared/contract/transactions-api';
import { plural } from '../../components/format';
import { ariaSort, type ColumnDef } from './columns';

/**
 * The sticky header row: the checkbox that selects every row matching the filter (from a
 * partial selection too; once all are selected it clears), and the
 * column names; a click on a sortable one sorts by it (again: the other way round).
 */
export function GridHeader({ columns, template, sort, total, check, onSort, onCheck }: {
  columns: readonly ColumnDef[];
  template: string;
  sort: TransactionSort;
  total: number;
  check: 'checked' | 'mixed' | 'unchecked';
  onSort(field: SortField): void;
  onCheck(): void;
}) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => { if (box.current) box.current.indeterminate = check === 'mixed'; }, [check]);
  return (
    <div className="tx-row tx-row--head" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
      <div role="columnheader" className="tx-cell tx-cell--select">
        <input
          ref={box} type="checkbox" checked={check === 'checked'}
          aria-label={check === 'checked' ? 'Clear the selection' : `Select all ${plural(total, 'matching transaction')}`}
          onChange={onCheck}
        />
      </div>
      {columns.map((c) => (
        <div key={c.key} role="columnheader" className={`tx-cell${c.numeric ? ' num' : ''}`} aria-sort={ariaSort(sort, c.sort)}>
          {c.sort ? (
            <button type="button" className="sort-button" data-sort={ariaSort(sort, c.sort)} onClick={() => onSort(c.sort!)}>{c.label}</button>
          ) : c.label}
        </div>
      ))}
    </div>
  );
}
