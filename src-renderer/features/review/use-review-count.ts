import { useLiveQuery } from '../../api/use-live-query';

/** How many rows wait in the review queue (0 until known), kept current as the ledger changes. */
export function useReviewCount(): number {
  const q = useLiveQuery((api) => api.call('categorization.review', { limit: 1, offset: 0 }));
  return q.data?.total ?? 0;
}
