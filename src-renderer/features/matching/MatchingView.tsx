import { DuplicateReview } from './DuplicateReview';
import { TransferPanel } from './TransferPanel';
import './matching.css';

/**
 * Duplicates & transfers: the rows that need a look because they resemble another row. The
 * panels read only while the view is shown (transfer proposals scan recent rows), so a hidden
 * view costs nothing on every ledger change.
 */
export function MatchingView({ active }: { active: boolean }) {
  return (
    <div className="view view--narrow matching">
      <header className="view__head">
        <h1>Duplicates &amp; transfers</h1>
        <p className="view__lede">Rows that resemble other rows: the same bank line imported twice, or money moved between your own accounts.</p>
      </header>
      {active && (
        <>
          <DuplicateReview />
          <TransferPanel />
        </>
      )}
    </div>
  );
}
