import { memo } from 'react';
import type { CategoryView, TransactionView } from '../../../src-shared/contract/views';
import { formatAmount, isNegative, percentText } from '../../components/format';
import { CategoryCombobox } from '../categories/CategoryCombobox';
import { reasonText } from './suggestion-text';

const SOURCE_WORDS: Record<string, string> = {
  rule: 'from one of your rules', memory: 'from what you filed before', model: 'from FinGood’s model', keyword: 'from FinGood’s list of common merchants',
};

export function reviewRowId(id: number): string {
  return `review-row-${id}`;
}

/**
 * One row waiting for a decision: what it is, and its suggestions as numbered choices with how
 * sure FinGood is and why. The choices are for the mouse (the keys 1–3 do the same), so they
 * take no focus: the queue keeps it, and with it the keyboard.
 */
export const ReviewRow = memo(function ReviewRow({ tx, focused, selected, picking, categories, onFocus, onToggle, onChoose, onSearch, onPicked, onClosePicker }: {
  tx: TransactionView;
  focused: boolean;
  selected: boolean;
  picking: boolean;
  categories: readonly CategoryView[];
  onFocus(id: number): void;
  onToggle(id: number): void;
  onChoose(tx: TransactionView, rank: number): void;
  onSearch(id: number): void;
  onPicked(tx: TransactionView, category: CategoryView): void;
  onClosePicker(): void;
}) {
  const primary = tx.payee || tx.description;
  const secondary = tx.payee && tx.description && tx.description !== tx.payee ? tx.description : '';
  const keep = (e: { preventDefault(): void }) => e.preventDefault();
  return (
    <div
      id={reviewRowId(tx.id)}
      role="row"
      aria-selected={selected}
      className={`queue__row${focused ? ' is-focused' : ''}${selected ? ' is-selected' : ''}`}
      onMouseDown={() => onFocus(tx.id)}
    >
      <div role="gridcell" className="queue__check">
        <input type="checkbox" tabIndex={-1} checked={selected} aria-label={`Select ${primary}`} onMouseDown={keep} onChange={() => onToggle(tx.id)} />
      </div>
      <div role="gridcell" className="queue__what">
        <span className="queue__payee">{primary}</span>
        {secondary && <span className="queue__desc">{secondary}</span>}
      </div>
      <div role="gridcell" className="queue__date">{tx.date}</div>
      <div role="gridcell" className="queue__account" title={tx.account}>{tx.account}</div>
      <div role="gridcell" className={`queue__amount num${isNegative(tx.amount) ? ' negative' : ''}`}>
        {formatAmount(tx.amount)} <span className="queue__currency">{tx.currency}</span>
      </div>
      <div role="gridcell" className="queue__other">
        {!picking && (
          <button type="button" tabIndex={-1} className="button button--small button--quiet" aria-label="Other category" onMouseDown={keep} onClick={() => onSearch(tx.id)}>
            <kbd className="choice__key">/</kbd> Other category…
          </button>
        )}
      </div>
      <div role="gridcell" className="queue__choices">
        {picking ? (
          <CategoryCombobox variant="popup" label={`Category for ${primary}`} categories={categories} onPick={(c) => onPicked(tx, c)} onCancel={onClosePicker} />
        ) : (
          tx.suggestions.slice(0, 3).map((s, rank) => (
            <button
              key={`${rank}-${s.category}`}
              type="button"
              tabIndex={-1}
              className="choice"
              title={`${reasonText(s.reason)} — suggested ${SOURCE_WORDS[s.source] ?? ''}`}
              aria-label={`${rank + 1}: ${s.category}, ${percentText(s.confidence)}. ${reasonText(s.reason)}`}
              onMouseDown={keep}
              onClick={() => onChoose(tx, rank)}
            >
              <kbd className="choice__key">{rank + 1}</kbd>
              <span className="choice__name">{s.category}</span>
              <span className="choice__confidence">{percentText(s.confidence)}</span>
              <span className="choice__reason">{reasonText(s.reason)}</span>
            </button>
          ))
        )}
      </div>
    </div>
  );
});
