import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Alert } from '../../components/Alert';
import { plural } from '../../components/format';
import { CategoryEditor } from './CategoryEditor';
import { nextRowIndex } from './row-navigation';
import { COLUMNS, TransactionRow, rowId } from './TransactionRow';
import { PAGE_SIZE, useTransactionPages } from './use-transaction-pages';
import { useCategoryEditing } from './use-category-editing';

const ROW_HEIGHT = 32;

/** Every transaction in the ledger, newest first, in a grid that only renders the rows in view. */
export function TransactionsView({ onGoToImport }: { onGoToImport(): void }) {
  const pages = useTransactionPages();
  const scroller = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const total = pages.total ?? 0;

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

  // Rows removed (a batch deleted): the focus stays on a row that exists.
  const focusedRow = focused !== null && focused < total ? focused : null;
  const editing = useCategoryEditing(scroller, pages.row, ROW_HEIGHT);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return; // keys typed in the category picker are its own
    if (e.key === 'Enter' && focusedRow !== null && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      editing.open(focusedRow);
      return;
    }
    const visibleRows = Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1;
    const next = nextRowIndex(e.key, focusedRow, total, visibleRows);
    if (next === null) return;
    e.preventDefault();
    setFocused(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  return (
    <div className="view view--wide">
      <header className="view__head view__head--row">
        <h1>Transactions</h1>
        <p className="flash view__flash" role="status">{editing.flash ?? ''}</p>
        {pages.total !== null && <p className="view__count" aria-live="polite">{plural(pages.total, 'transaction')}</p>}
      </header>
      {editing.error && <Alert title="Could not file the row">{editing.error}</Alert>}
      {pages.error && <Alert title="Could not load transactions">{pages.error}</Alert>}
      {pages.total === null && !pages.error && <p className="empty">Loading transactions…</p>}
      {pages.total === 0 && (
        <div className="empty empty--big">
          <p>No transactions yet. Import a bank statement to see its rows here.</p>
          <button type="button" className="button button--primary" onClick={onGoToImport}>Import statements</button>
        </div>
      )}
      {total > 0 && (
        <div
          ref={scroller}
          className="grid"
          role="grid"
          tabIndex={0}
          aria-label="Transactions"
          aria-rowcount={total + 1}
          aria-colcount={COLUMNS.length}
          aria-activedescendant={focusedRow !== null ? rowId(focusedRow) : undefined}
          onKeyDown={onKeyDown}
          onFocus={() => setFocused((f) => (f !== null && f < total ? f : first))}
        >
          <div className="grid__body" style={{ height: virtualizer.getTotalSize() }}>
            <div className="tx-row tx-row--head" role="row" aria-rowindex={1}>
              {COLUMNS.map((c) => (
                <div key={c} role="columnheader" className={`tx-cell${c === 'Amount' || c === 'Balance' ? ' num' : ''}`}>{c}</div>
              ))}
            </div>
            {items.map((item) => (
              <TransactionRow
                key={item.index}
                index={item.index}
                tx={pages.row(item.index)}
                top={item.start}
                focused={item.index === focusedRow}
                onPick={setFocused}
                onEditCategory={editing.open}
              />
            ))}
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
      <p className="view__hint">
        Use ↑ ↓, Page Up, Page Down, Home and End to move through the rows; Enter (or a click on the category) files the row under a category.
      </p>
    </div>
  );
}
