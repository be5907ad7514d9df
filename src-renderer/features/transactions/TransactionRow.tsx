import { memo, type MouseEvent, type ReactNode } from 'react';
import type { TransactionView } from '../../../src-shared/contract/views';
import { formatAmount, isNegative } from '../../components/format';
import { CategoryCell } from './CategoryCell';
import type { ColumnDef, ColumnKey } from './columns';
import { duplicateTitle } from './duplicate-text';
import type { TextField } from './edit-values';
import { TextCellEditor } from './TextCellEditor';

export interface RowHandlers {
  /** A click on the row: focus it and select it (Shift: a range, Ctrl/Cmd: add or remove it). */
  onClick(index: number, e: MouseEvent): void;
  /** A press on the row (before the click): the focus moves there, except with Shift (a range starts at the focus). */
  onPressRow(index: number, e: MouseEvent): void;
  /** The row's checkbox: it joins or leaves the selection. */
  onToggle(index: number): void;
  /** Opens the category picker on this row. */
  onEditCategory(index: number): void;
  /** A double-click on the payee, memo or tags: a text box in place. */
  onEditText(index: number, field: TextField): void;
  onCommitText(tx: TransactionView, field: TextField, text: string): void;
  onCancelText(): void;
}

/** One row of the grid; `tx` is undefined while its page is on the way. */
export const TransactionRow = memo(function TransactionRow({ index, tx, top, columns, template, focused, selected, editing, handlers }: {
  index: number;
  tx: TransactionView | undefined;
  top: number;
  columns: readonly ColumnDef[];
  template: string;
  focused: boolean;
  selected: boolean;
  /** The cell being edited with a text box, if any. */
  editing: TextField | null;
  handlers: RowHandlers;
}) {
  const cls = `tx-row${focused ? ' is-focused' : ''}${selected ? ' is-selected' : ''}${index % 2 ? ' tx-row--odd' : ''}`;
  const style = { transform: `translateY(${top}px)`, gridTemplateColumns: template };
  if (!tx) {
    return (
      <div id={rowId(index)} className={`${cls} tx-row--loading`} style={style} role="row" aria-rowindex={index + 2} aria-selected={false} aria-busy="true">
        <div role="gridcell" className="tx-cell tx-cell--select" />
        {columns.map((c) => <div key={c.key} role="gridcell" className="tx-cell"><span className="skeleton" /></div>)}
      </div>
    );
  }
  const what = tx.payee || tx.description;
  const textCell = (field: TextField, className: string, content: ReactNode, title?: string) => (
    <div
      key={field} role="gridcell" className={`tx-cell ${className}`} title={editing === field ? undefined : title}
      onDoubleClick={() => handlers.onEditText(index, field)}
    >
      {editing === field
        ? <TextCellEditor tx={tx} field={field} onCommit={(text) => handlers.onCommitText(tx, field, text)} onCancel={handlers.onCancelText} />
        : content}
    </div>
  );
  const cell = (key: ColumnKey): ReactNode => {
    switch (key) {
      case 'date': return <div key={key} role="gridcell" className="tx-cell tx-cell--date">{tx.date}</div>;
      case 'account': return <div key={key} role="gridcell" className="tx-cell truncate" title={tx.account}>{tx.account}</div>;
      case 'payee': return <PayeeCell key={key} tx={tx} editing={editing === 'payee'} index={index} handlers={handlers} />;
      case 'description': return <div key={key} role="gridcell" className="tx-cell truncate" title={tx.description}>{tx.description}</div>;
      case 'category': return <CategoryCell key={key} id={categoryCellId(index)} tx={tx} onEdit={() => handlers.onEditCategory(index)} />;
      case 'amount': return <div key={key} role="gridcell" className={`tx-cell num${isNegative(tx.amount) ? ' negative' : ''}`}>{formatAmount(tx.amount)}</div>;
      case 'currency': return <div key={key} role="gridcell" className="tx-cell tx-cell--currency">{tx.currency}</div>;
      case 'balance': return (
        <div key={key} role="gridcell" className={`tx-cell num${tx.balance && isNegative(tx.balance) ? ' negative' : ''}`}>
          {tx.balance === null ? '' : formatAmount(tx.balance)}
        </div>
      );
      case 'memo': return textCell('memo', 'tx-cell--memo', tx.memo, tx.memo || 'Double-click to add a memo');
      case 'tags': return textCell('tags', 'tx-cell--tags', tx.tags.map((t) => <span key={t} className="tag">{t}</span>), tx.tags.join(', ') || 'Double-click to add tags');
      default: { const never: never = key; return never; }
    }
  };
  return (
    <div
      id={rowId(index)}
      className={cls}
      style={style}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      onMouseDown={(e) => handlers.onPressRow(index, e)}
      onClick={(e) => handlers.onClick(index, e)}
    >
      <div role="gridcell" className="tx-cell tx-cell--select">
        <input
          type="checkbox" checked={selected} tabIndex={-1} aria-label={`Select ${what}`}
          onClick={(e) => { e.stopPropagation(); handlers.onToggle(index); }}
          onChange={() => { /* handled on click, so Shift/Ctrl on the row do not apply */ }}
        />
      </div>
      {columns.map((c) => cell(c.key))}
    </div>
  );
});

function PayeeCell({ tx, index, editing, handlers }: { tx: TransactionView; index: number; editing: boolean; handlers: RowHandlers }) {
  const primary = tx.payee || tx.description;
  const secondary = tx.payee && tx.description && tx.description !== tx.payee ? tx.description : '';
  const duplicate = duplicateTitle(tx);
  return (
    <div role="gridcell" className="tx-cell tx-cell--payee" onDoubleClick={() => handlers.onEditText(index, 'payee')}>
      {editing ? (
        <TextCellEditor tx={tx} field="payee" onCommit={(text) => handlers.onCommitText(tx, 'payee', text)} onCancel={handlers.onCancelText} />
      ) : (
        <>
          <span className="tx-text" title={secondary ? `${primary} — ${secondary}` : primary}>
            <span className="tx-payee">{primary}</span>
            {secondary && <span className="tx-desc"> {secondary}</span>}
          </span>
          {duplicate && <span className="badge badge--warning tx-flag" title={duplicate}>Possible duplicate</span>}
        </>
      )}
    </div>
  );
}

export function rowId(index: number): string {
  return `tx-row-${index}`;
}

export function categoryCellId(index: number): string {
  return `tx-category-${index}`;
}
