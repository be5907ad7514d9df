import { Alert } from '../../components/Alert';
import { ProgressBar } from '../../components/ProgressBar';
import type { ImportEntry } from './import-jobs';
import { CANCELLED_TEXT, failureTitle, outcomeText } from './outcome-text';
import { percentOf, progressLine } from './progress-text';

/** One file: its live progress while running, then what came of it. */
export function ImportJobItem({ entry, onCancel }: { entry: ImportEntry; onCancel(jobId: string): void }) {
  const { status, progress, fileName } = entry;
  const running = status === 'queued' || status === 'running';
  return (
    <li className={`job job--${status}`} aria-label={fileName}>
      <div className="job__head">
        <span className="job__name" title={fileName}>{fileName}</span>
        <StatusBadge status={status} />
        {running && entry.jobId && (
          <button
            type="button"
            className="button button--small"
            disabled={entry.cancelling}
            onClick={() => onCancel(entry.jobId!)}
            aria-label={`Cancel import of ${fileName}`}
          >
            {entry.cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        )}
      </div>
      {status === 'uploading' && (
        <>
          <ProgressBar percent={null} label={`Sending ${fileName}`} />
          <p className="job__detail">Sending the file to FinGood…</p>
        </>
      )}
      {running && (
        <>
          <ProgressBar percent={progress ? percentOf(progress.fraction) : null} label={`Import of ${fileName}`} />
          <p className="job__detail">{progress ? progressLine(progress) : 'Waiting to start'}</p>
        </>
      )}
      {status === 'succeeded' && (
        <>
          <ProgressBar percent={100} label={`Import of ${fileName}`} tone="success" />
          <p className="job__outcome job__outcome--success" role="status">
            {entry.outcome ? outcomeText(entry.outcome) : 'Imported.'}
          </p>
        </>
      )}
      {status === 'failed' && (
        <Alert title={failureTitle(entry.error?.code ?? 'INTERNAL')}>
          {entry.error?.message ?? 'The import failed. Try again.'}
        </Alert>
      )}
      {status === 'cancelled' && <p className="job__outcome" role="status">{CANCELLED_TEXT}</p>}
    </li>
  );
}

const BADGES: Record<ImportEntry['status'], string> = {
  uploading: 'Sending', queued: 'Queued', running: 'Importing', succeeded: 'Imported', failed: 'Failed', cancelled: 'Cancelled',
};

function StatusBadge({ status }: { status: ImportEntry['status'] }) {
  return <span className={`badge badge--${status}`}>{BADGES[status]}</span>;
}
