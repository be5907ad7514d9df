import { useLiveQuery } from '../../api/use-live-query';
import { Alert } from '../../components/Alert';
import { plural } from '../../components/format';
import { useCategories } from '../categories/use-categories';
import { useLedgerHistory } from '../history/history-context';
import { ReviewQueue } from './ReviewQueue';
import { RuleOffers } from './RuleOffers';
import { TrainPanel } from './TrainPanel';
import { useReviewQueue } from './use-review-queue';
import './review.css';

/** Rows FinGood was not sure enough to file, one decision at a time; and how it learns. */
export function ReviewView({ active, onGoToImport }: { active: boolean; onGoToImport(): void }) {
  const queue = useReviewQueue();
  const categories = useCategories();
  const status = useLiveQuery((api) => api.call('categorization.status', {}));
  const rows = queue.rows;
  const history = useLedgerHistory();
  return (
    <div className="view view--review">
      <header className="view__head view__head--row">
        <h1>Review</h1>
        <p className="view__count" aria-live="polite">{rows && queue.waiting > 0 ? `${plural(queue.waiting, 'row')} waiting` : ''}</p>
      </header>
      <div className="review">
        <section className="review__main" aria-label="Review queue">
          {queue.error && <Alert title="Could not load the rows to review">{queue.error}</Alert>}
          {!rows && !queue.error && <p className="empty">Loading the rows to review…</p>}
          {rows && rows.length === 0 && (
            <div className="empty empty--big">
              <p className="empty__title">Nothing to review.</p>
              <p>
                Every row is filed: by you, by your rules, or by FinGood where it was sure enough. Rows it is unsure of
                wait here after an import, with its suggestions.
              </p>
              <button type="button" className="button button--primary" onClick={onGoToImport}>Import statements</button>
            </div>
          )}
          {rows && rows.length > 0 && (
            <>
              <ReviewQueue queue={queue} rows={rows} categories={categories.data ?? []} active={active} />
              <p className="view__hint">
                ↑ ↓ or j k move · Enter or a accepts the first suggestion · 1 2 3 pick a suggestion · / or c searches all categories ·
                x selects · Shift+A accepts the selected rows · {history.shortcut('undo')} undoes
              </p>
            </>
          )}
        </section>
        <aside className="review__side" aria-label="How FinGood learns">
          <TrainPanel status={status.data} />
          <RuleOffers offers={status.data?.ruleOffers ?? []} />
        </aside>
      </div>
    </div>
  );
}
