import type { TransactionView } from '../../../src-shared/contract/views';
import { categoryTitle, sourceBadge } from '../categories/source-text';
import './category-cell.css';

/**
 * A row's category with a badge saying who filed it (rule, memory, model, imported, you); how
 * sure FinGood was shows on hover. A click opens the category picker.
 */
export function CategoryCell({ id, tx, onEdit }: { id: string; tx: TransactionView; onEdit(): void }) {
  const badge = sourceBadge(tx.categorySource);
  const waiting = !tx.category && tx.flags.includes('needs-review');
  return (
    <div id={id} role="gridcell" className="tx-cell tx-cell--category" title={categoryTitle(tx)} onClick={onEdit}>
      {tx.category
        ? <span className="tx-category">{tx.category}</span>
        : <span className="tx-category tx-category--none">{waiting ? 'To review' : '—'}</span>}
      {tx.category && badge && <span className={`source source--${tx.categorySource}`}>{badge}</span>}
    </div>
  );
}
