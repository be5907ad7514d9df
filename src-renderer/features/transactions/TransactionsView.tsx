import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SortField } from '../../../src-shared/contract/transactions-api';
import type { TransactionView } from '../../../src-shared/contract/views';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/client';
import { useLiveQuery } from '../../api/use-live-query';
import { Alert } from '../../components/Alert';
import { plural } from '../../components/format';
import { useFlash } from '../../components/use-flash';
import { useCategories } from '../categories/use-categories';
import { BulkBar } from './BulkBar';
import { CategoryEditor } from './CategoryEditor';
import { ColumnChooser } from './ColumnChooser';
import { DEFAULT_SORT, gridLayout, nextSort, visibleDefs } from './columns';
import type { TextField } from './edit-values';
import { FilterBar } from './FilterBar';
import { isFiltered } from './filter-state';
import { GridHeader } from './GridHeader';
import { SplitEditor } from './row-tools/SplitEditor';
import { headerCheckState, isSelected, selectedCount, singleId } from './selection';
import { TransactionRow, rowId, type RowHandlers } from './TransactionRow';
import { handleGridKey } from './grid-keys';
import { useBulkActions } from './use-bulk-actions';
import { useCategoryEditing } from './use-category-editing';
import { useColumnPrefs } from './use-column-prefs';
import { useFilter } from './use-filter';
import { useSelection } from './use-selection';
import { PAGE_SIZE, useTransactionPages } from './use-transaction-pages';
import './transactions.css';

const ROW_HEIGHT = 32;

/**
 * The ledger's transactions in a grid that only renders the rows in view: filtered, sorted by
 * any column, edited in place, and changed many at a time through a selection that can be
 * "every row matching the filter".
 */
export function TransactionsView({ onGoToImport }: { onGoToImport(): void }) {
  const filter = useFilter();
  const [sort, setSort] = useState(DEFAULT_SORT);
  const queryKey = `${filter.key}|${sort.field}:${sort.dir}`;
  const pages = useTransactionPages(filter.filter, sort, queryKey);
  const total = pages.total ?? 0;
  const scroller = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const [textEdit, setTextEdit] = useState<{ index: number; field: TextField } | null>(null);
  const [splitting, setSplitting] = useState<TransactionView | null>(null);
  const [flash, say] = useFlash();
  const [loadError, setLoadError] = useState<string | null>(null);
  const api = useApi();

  const columns = useColumnPrefs();
  const defs = useMemo(() => visibleDefs(columns.shown), [columns.shown]);
  const layout = useMemo(() => gridLayout(columns.shown), [columns.shown]);
  const categories = useCategories();
  const accounts = useLiveQuery((api) => api.call('accounts.list', {}));
  const batches = useLiveQuery((api) => api.call('imports.batches', {}));

  const select = useSelection(filter.key, pages.row, pages.rows);
  const bulk = useBulkActions(select.selection, filter.filter, say, select.clear);
  const editing = useCategoryEditing(scroller, pages.row, ROW_HEIGHT);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    // The sticky header takes the first row's height inside the scroller.
    paddingStart: ROW_HEIGHT,
    scrollPaddingStart: ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? PAGE_SIZE - 1;
  const { show } = pages;
  useEffect(() => show(first, last), [show, first, last]);

  // Another filter or sort lists other rows: start at the top, nothing focused or edited.
  const shownQuery = useRef(queryKey);
  useEffect(() => {
    if (shownQuery.current === queryKey) return;
    shownQuery.current = queryKey;
    if (scroller.current) scroller.current.scrollTop = 0;
    setFocused(null);
    setTextEdit(null);
  }, [queryKey]);

  // Rows removed (deleted, filtered out): the focus stays on a row that exists.
  const focusedRow = focused !== null && focused < total ? focused : null;
  const focusGrid = useCallback(() => scroller.current?.focus(), []);

  const latest = useRef({ row: pages.row, select, bulk, focused: focusedRow });
  useLayoutEffect(() => { latest.current = { row: pages.row, select, bulk, focused: focusedRow }; });
  // The rows are memoized: their handlers must stay the same functions while the rows change.
  const handlers = useMemo<RowHandlers>(() => ({
    onClick: (index, e) => { setFocused(index); latest.current.select.click(index, e, latest.current.focused ?? index); },
    onPressRow: (index, e) => { if (!e.shiftKey) setFocused(index); },
    onToggle: (index) => { setFocused(index); latest.current.select.toggle(index); },
    onEditCategory: editing.open,
    onEditText: (index, field) => { if (latest.current.row(index)) setTextEdit({ index, field }); },
    onCommitText: (tx, field, text) => { setTextEdit(null); focusGrid(); latest.current.bulk.editRow(tx, field, text); },
    onCancelText: () => { setTextEdit(null); focusGrid(); },
  }), [editing.open, focusGrid]);

  const openSplit = (index: number) => {
    const tx = pages.row(index);
    if (tx && tx.transferOf === undefined) setSplitting(tx);
  };
  // The one selected row may have scrolled out of the cache: then it is read by id.
  const splitSelected = () => {
    const id = singleId(select.selection);
    if (id === null) return;
    const shown = items.map((it) => pages.row(it.index)).find((tx) => tx?.id === id);
    const open = (tx: TransactionView | undefined) => { if (tx && tx.transferOf === undefined) setSplitting(tx); };
    if (shown) open(shown);
    else api.call('transactions.get', { ids: [id] }).then((txs) => { setLoadError(null); open(txs[0]); }, (err: unknown) => setLoadError(errorMessage(err)));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => handleGridKey(e, {
    focused: focusedRow,
    total,
    visibleRows: () => Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1,
    moveTo: (index) => { setFocused(index); virtualizer.scrollToIndex(index, { align: 'auto' }); },
    editCategory: editing.open,
    editText: (index, field) => handlers.onEditText(index, field),
    toggle: select.toggle,
    extendTo: select.extendTo,
    selectAll: select.selectAll,
    clearSelection: select.clear,
    split: openSplit,
  });

  const onSort = (field: SortField) => setSort((s) => nextSort(s, field));
  const count = selectedCount(select.selection, total);
  const check = headerCheckState(select.selection, total);
  const filtered = isFiltered(filter.filter);
  const error = bulk.error ?? select.error ?? loadError;

  return (
    <div className="view view--wide tx-view">
      <header className="view__head view__head--row">
        <h1>Transactions</h1>
        <p className="flash view__flash" role="status">{flash ?? editing.flash ?? ''}</p>
        {pages.total !== null && <p className="view__count" aria-live="polite">{plural(pages.total, 'transaction')}</p>}
        <ColumnChooser shown={columns.shown} onToggle={columns.toggle} />
      </header>
      <FilterBar
        form={filter.form} errors={filter.errors} accounts={accounts.data ?? []} categories={categories.data ?? []}
        batches={batches.data ?? []} onChange={filter.change} onClear={filter.clear}
      />
      <BulkBar
        count={count} total={total} all={select.selection.kind === 'all'} busy={bulk.busy}
        categories={categories.data ?? []} accounts={accounts.data ?? []} canSplit={singleId(select.selection) !== null}
        onSet={bulk.set} onDelete={bulk.remove} onSplit={splitSelected} onSelectAll={select.selectAll} onClear={select.clear}
      />
      {error && <Alert title="Could not change the transactions">{error}</Alert>}
      {editing.error && <Alert title="Could not file the row">{editing.error}</Alert>}
      {columns.error && <Alert title="Could not remember the columns">{columns.error}</Alert>}
      {pages.error && <Alert title="Could not load transactions">{pages.error}</Alert>}
      {pages.total === null && !pages.error && <p className="empty">Loading transactions…</p>}
      {pages.total === 0 && (filtered ? (
        <div className="empty empty--big">
          <p>No transactions match these filters.</p>
          <button type="button" className="button" onClick={filter.clear}>Clear filters</button>
        </div>
      ) : (
        <div className="empty empty--big">
          <p>No transactions yet. Import a bank statement to see its rows here.</p>
          <button type="button" className="button button--primary" onClick={onGoToImport}>Import statements</button>
        </div>
      ))}
      {total > 0 && (
        <div
          ref={scroller}
          className="grid"
          role="grid"
          tabIndex={0}
          aria-label="Transactions"
          aria-multiselectable="true"
          aria-rowcount={total + 1}
          aria-colcount={defs.length + 1}
          aria-activedescendant={focusedRow !== null ? rowId(focusedRow) : undefined}
          onKeyDown={onKeyDown}
          onFocus={(e) => { if (e.target === e.currentTarget) setFocused((f) => (f !== null && f < total ? f : first)); }}
        >
          <div className="grid__body" style={{ height: virtualizer.getTotalSize(), minWidth: layout.minWidth }}>
            <GridHeader
              columns={defs} template={layout.template} sort={sort} total={total} check={check}
              onSort={onSort} onCheck={() => (check === 'checked' ? select.clear() : select.selectAll())}
            />
            {items.map((item) => {
              const tx = pages.row(item.index);
              return (
                <TransactionRow
                  key={item.index}
                  index={item.index}
                  tx={tx}
                  top={item.start}
                  columns={defs}
                  template={layout.template}
                  focused={item.index === focusedRow}
                  selected={tx !== undefined && isSelected(select.selection, tx.id)}
                  editing={textEdit?.index === item.index ? textEdit.field : null}
                  handlers={handlers}
                />
              );
            })}
            {editing.target && (
              <CategoryEditor
                key={editing.target.tx.id}
                {...editing.target}
                categories={editing.categories}
                onPick={editing.pick}
                onClose={editing.close}
              />
            )}
          </div>
        </div>
      )}
      {splitting && (
        <SplitEditor
          tx={splitting}
          onClose={() => { setSplitting(null); focusGrid(); }}
          onSaved={(label) => { setSplitting(null); say(label); focusGrid(); }}
        />
      )}
      <p className="view__hint">
        Keys: ↑ ↓ PgUp PgDn Home End move · Space selects · Shift+↑/↓ extends · Ctrl+A all matching · Esc clears ·
        Enter category · F2 payee · M memo · T tags (or double-click) · S split
      </p>
    </div>
  );
}
