import type { CategoryView, TransactionView } from '../../../src-shared/contract/views';
import { CategoryCombobox } from '../categories/CategoryCombobox';

/**
 * The category picker over the grid, below the row it files (above it when the row sits low
 * in view, so the list is not cut off). Picking files the row; Escape or leaving closes it.
 */
export function CategoryEditor({ tx, top, left, above, categories, onPick, onClose }: {
  tx: TransactionView;
  /** Where the row starts and the category column begins, in the grid's coordinates. */
  top: number;
  left: number;
  above: boolean;
  categories: readonly CategoryView[];
  onPick(category: CategoryView): void;
  onClose(): void;
}) {
  const what = tx.payee || tx.description;
  return (
    <div className={`cell-editor${above ? ' cell-editor--above' : ''}`} style={{ top, left }}>
      <CategoryCombobox variant="popup" label={`Category for ${what}`} categories={categories} onPick={onPick} onCancel={onClose} />
    </div>
  );
}
