import type { TransactionView } from '../../../src-shared/contract/views';
import { formatAmount } from '../../components/format';
import { categoryTitle, sourceBadge } from '../categories/source-text';
import './category-cell.css';

/**
 * A row's category with a badge saying who filed it (rule, memory, model, imported, you); how
 * sure FinGood was shows on hover. A click opens the category picker. A split row has no one
 * category: it says "Split (n)" and names its parts on hover.
 */
export function CategoryCell({ id, tx, onEdit }: { id: string; tx: TransactionView; onEdit(): void }) {
  const badge = sourceBadge(tx.categorySource);
  const waiting = !tx.category && tx.flags.includes('needs-review');
  if (tx.splits.length > 0) {
    return (
      <div id={id} role="gridcell" className="tx-cell tx-cell--category" title={splitTitle(tx)}>
        <span className="tx-category">Split ({tx.splits.length})</span>
      </div>
    );
  }
  if (tx.transferOf !== undefined) {
    return <div id={id} role="gridcell" className="tx-cell tx-cell--category"><span className="tx-category tx-category--none">Transfer</span></div>;
  }
  return (
    <div id={id} role="gridcell" className="tx-cell tx-cell--category" title={categoryTitle(tx)} onClick={onEdit}>
      {tx.category
        ? <span className="tx-category">{tx.category}</span>
        : <span className="tx-category tx-category--none">{waiting ? 'To review' : '—'}</span>}
      {tx.category && badge && <span className={`source source--${tx.categorySource}`}>{badge}</span>}
    </div>
  );
}

/** "Split: Dining -12.00, Office -8.50. Press S to change it." */
function splitTitle(tx: TransactionView): string {
  return `Split: ${tx.splits.map((p) => `${p.category} ${formatAmount(p.amount)}`).join(', ')}. Press S to change it.`;
}
