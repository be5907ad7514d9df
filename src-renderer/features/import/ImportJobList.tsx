import type { ImportEntry } from './import-jobs';
import { isFinished } from './import-jobs';
import { ImportJobItem } from './ImportJobItem';

export function ImportJobList({ entries, onCancel, onClearFinished }: {
  entries: ImportEntry[];
  onCancel(jobId: string): void;
  onClearFinished(): void;
}) {
  if (entries.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="imports-in-progress">
      <div className="panel__head">
        <h2 id="imports-in-progress">This session</h2>
        {entries.some(isFinished) && (
          <button type="button" className="button button--quiet button--small" onClick={onClearFinished}>
            Clear finished
          </button>
        )}
      </div>
      <ul className="jobs">
        {entries.map((e) => <ImportJobItem key={e.key} entry={e} onCancel={onCancel} />)}
      </ul>
    </section>
  );
}
