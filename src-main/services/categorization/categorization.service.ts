import type { ApiHandlers } from '../../../src-shared/contract/api';
import { AppError } from '../../../src-shared/contract/errors';
import type { SuggestionView } from '../../../src-shared/contract/views';
import type { Scheduler } from '../../jobs/scheduler';
import type { ServiceDeps } from '../service-deps';
import { listTransactions } from '../transactions/transactions.queries';
import { recordCategorization } from './corrections';
import { activeModel, feedbackSinceTraining, listModels, ruleOffers } from './model-store';
import { createSuggester } from './suggester';

type CategorizationApi = Pick<ApiHandlers,
  'categorization.categorize' | 'categorization.accept' | 'categorization.suggest' | 'categorization.review' |
  'categorization.train' | 'categorization.status'>;

/** Feedback after which the model retrains in the background on its own. */
export const RETRAIN_AFTER_FEEDBACK = 50;

/** The user's side of categorization: corrections, accepts, the review queue, training. */
export function createCategorizationService(deps: ServiceDeps & { scheduler: Scheduler }): CategorizationApi {
  const { sqlite, db } = deps.ledger;
  const afterFeedback = async () => {
    deps.changed(['transactions', 'merchant_memory']);
    if (feedbackSinceTraining(sqlite) >= RETRAIN_AFTER_FEEDBACK && !(await trainRunning())) {
      await deps.scheduler.enqueue('train', 'Retrain categorization (new feedback)', {});
    }
  };
  const trainRunning = async () => (await deps.scheduler.list(20)).some((j) => j.kind === 'train' && (j.state === 'queued' || j.state === 'running'));

  return {
    async 'categorization.categorize'({ ids, category }) {
      const r = recordCategorization(sqlite, ids, () => category, `File ${ids.length === 1 ? 'a transaction' : `${ids.length} transactions`} under ${category}`);
      await afterFeedback();
      return r;
    },
    async 'categorization.accept'({ ids }) {
      const r = recordCategorization(sqlite, ids, (row) => {
        const top = row.suggestions ? (JSON.parse(row.suggestions) as SuggestionView[])[0] : undefined;
        return top?.category ?? null;
      }, `Accept ${ids.length === 1 ? 'a suggestion' : `${ids.length} suggestions`}`);
      await afterFeedback();
      return r;
    },
    'categorization.suggest'(input) {
      return createSuggester(sqlite).suggest({
        payee: input.payee, description: input.description, amountMinor: input.amountMinor,
        date: input.date ?? new Date().toISOString().slice(0, 10), account: input.account ?? '',
      });
    },
    'categorization.review': ({ limit, offset }) => listTransactions(db, { needsReview: true }, { limit, offset }),
    async 'categorization.train'() {
      if (await trainRunning()) throw new AppError('CONFLICT', 'A training run is already in progress; wait for it to finish.');
      return deps.scheduler.enqueue('train', 'Train categorization', {});
    },
    'categorization.status'() {
      const models = listModels(sqlite);
      const active = models.find((m) => m.active) ?? null;
      const model = activeModel(sqlite);
      const threshold = model ? Number((model.metrics as { threshold?: number }).threshold ?? NaN) : NaN;
      return {
        activeModel: active, models, feedbackSinceTraining: feedbackSinceTraining(sqlite),
        autoApplyThreshold: Number.isFinite(threshold) ? threshold : null, ruleOffers: ruleOffers(sqlite),
      };
    },
  };
}
