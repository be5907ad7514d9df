import type { ApiOutput } from '../../../src-shared/contract/api';
import { Alert } from '../../components/Alert';
import { ProgressBar } from '../../components/ProgressBar';
import { percentOf } from '../import/progress-text';
import { feedbackText, modelStatusText, readTrainResult, thresholdText, trainOutcomeText, trainProgressText } from './train-text';
import { isRunning, useTrainJob } from './use-train-job';

type Status = ApiOutput<'categorization.status'>;

/**
 * How FinGood learns: the model in use, the decisions since it was trained, and "Train now"
 * with the run's live progress and then its result (a new model is used only if it wins).
 */
export function TrainPanel({ status }: { status: Status | undefined }) {
  const { job, starting, error, train } = useTrainJob();
  const running = isRunning(job);
  const outcome = job?.state === 'succeeded' ? readTrainResult(job.result) : null;
  const percent = job?.progress ? percentOf(job.progress.fraction) : null;
  return (
    <section className="panel side-panel" aria-labelledby="learning-title">
      <h2 id="learning-title">Learning</h2>
      {status && (
        <>
          <p>{modelStatusText(status.activeModel)}</p>
          {/* A run that just put a new model in use says this itself, below. */}
          {!outcome?.activated && <p className="muted">{thresholdText(status.autoApplyThreshold)}</p>}
          <p className="muted">{feedbackText(status.feedbackSinceTraining)}</p>
        </>
      )}
      <div>
        <button type="button" className="button" disabled={running || starting} onClick={train}>
          {running ? 'Training…' : 'Train now'}
        </button>
      </div>
      {running && job && (
        <div className="train__progress">
          <ProgressBar percent={percent} label="Training" />
          <p className="job__detail">{trainProgressText(job.progress)}</p>
        </div>
      )}
      {outcome && (
        <div className="train__result" role="status">
          <p className={outcome.activated ? 'job__outcome job__outcome--success' : 'job__outcome'}>{trainOutcomeText(outcome)}</p>
          {outcome.activated && <p className="muted">{thresholdText(outcome.threshold)}</p>}
        </div>
      )}
      {job?.state === 'failed' && <Alert title="Training did not finish">{job.error?.message ?? 'Try again.'}</Alert>}
      {job?.state === 'cancelled' && <p role="status">Training was cancelled; the model in use stays.</p>}
      {error && <Alert title="Could not start training">{error}</Alert>}
    </section>
  );
}
