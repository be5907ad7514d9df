import { memo } from 'react';
import type { TransactionView } from '../../../src-shared/contract/views';
import { formatAmount, isNegative } from '../../components/format';
import { CategoryCell } from './CategoryCell';
import { duplicateTitle } from './duplicate-text';

export const COLUMNS = ['Date', 'Account', 'Payee / description', 'Category', 'Amount', 'Currency', 'Balance'] as const;

/** One row of the grid; `tx` is undefined while its page is on the way. */
export const TransactionRow = memo(function TransactionRow({ index, tx, top, focused, onPick, onEditCategory }: {
  index: number;
  tx: TransactionView | undefined;
  top: number;
  focused: boolean;
  onPick(index: number): void;
  /** Opens the category picker on this row. */
  onEditCategory(index: number): void;
}) {
  const cls = `tx-row${focused ? ' is-focused' : ''}${index % 2 ? ' tx-row--odd' : ''}`;
  const style = { transform: `translateY(${top}px)` };
  if (!tx) {
    return (
      <div id={rowId(index)} className={`${cls} tx-row--loading`} style={style} role="row" aria-rowindex={index + 2} aria-selected={focused} aria-busy="true">
        {COLUMNS.map((c) => <div key={c} role="gridcell" className="tx-cell"><span className="skeleton" /></div>)}
      </div>
    );
  }
  const primary = tx.payee || tx.description;
  const secondary = tx.payee && tx.description && tx.description !== tx.payee ? tx.description : '';
  const duplicate = duplicateTitle(tx);
  return (
    <div
      id={rowId(index)}
      className={cls}
      style={style}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={focused}
      onMouseDown={() => onPick(index)}
    >
      <div role="gridcell" className="tx-cell tx-cell--date">{tx.date}</div>
      <div role="gridcell" className="tx-cell truncate" title={tx.account}>{tx.account}</div>
      <div role="gridcell" className="tx-cell tx-cell--payee">
        <span className="tx-text" title={secondary ? `${primary} — ${secondary}` : primary}>
          <span className="tx-payee">{primary}</span>
          {secondary && <span className="tx-desc"> {secondary}</span>}
        </span>
        {duplicate && <span className="badge badge--warning tx-flag" title={duplicate}>Possible duplicate</span>}
      </div>
      <CategoryCell id={categoryCellId(index)} tx={tx} onEdit={() => onEditCategory(index)} />
      <div role="gridcell" className={`tx-cell num${isNegative(tx.amount) ? ' negative' : ''}`}>{formatAmount(tx.amount)}</div>
      <div role="gridcell" className="tx-cell tx-cell--currency">{tx.currency}</div>
      <div role="gridcell" className={`tx-cell num${tx.balance && isNegative(tx.balance) ? ' negative' : ''}`}>
        {tx.balance === null ? '' : formatAmount(tx.balance)}
      </div>
    </div>
  );
});

export function rowId(index: number): string {
  return `tx-row-${index}`;
}

export function categoryCellId(index: number): string {
  return `tx-category-${index}`;
}
