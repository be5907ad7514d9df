import { useLiveQuery, type LiveQuery } from '../../api/use-live-query';
import {
  batchNames, candidateIds, duplicatePairs, linkedPairs, originalIds, transferProposals,
  type DuplicatePair, type TransferPair, type TransferProposal,
} from './match-pairs';

/** How many flagged rows are shown at once; resolving them brings in the next ones. */
export const DUPLICATE_PAGE = 100;
/** How many transfer legs are read for the linked list (two per transfer). */
export const LINKED_LEGS = 400;
export const CANDIDATE_LIMIT = 50;

export interface DuplicateData {
  /** Every flagged row, not only those shown. */
  total: number;
  pairs: DuplicatePair[];
  files: Map<string, string>;
}

/** The rows flagged "possible duplicate", oldest first, each beside the row it resembles. */
export function useDuplicatePairs(): LiveQuery<DuplicateData> {
  return useLiveQuery(async (api) => {
    const page = await api.call('transactions.list', { possibleDuplicates: true, limit: DUPLICATE_PAGE, sort: { field: 'date', dir: 'asc' } });
    const ids = originalIds(page.transactions);
    const [originals, batches] = await Promise.all([
      ids.length ? api.call('transactions.get', { ids }) : Promise.resolve([]),
      api.call('imports.batches', {}),
    ]);
    return { total: page.total, pairs: duplicatePairs(page.transactions, originals), files: batchNames(batches) };
  });
}

export interface TransferData {
  proposals: TransferProposal[];
  linked: TransferPair[];
  /** Every linked leg, not only those read (two per transfer). */
  linkedLegs: number;
}

/** Proposed transfers (best first) with both legs, and the transfers already linked, newest first. */
export function useTransfers(): LiveQuery<TransferData> {
  return useLiveQuery(async (api) => {
    const [candidates, legs] = await Promise.all([
      api.call('transactions.transferCandidates', { limit: CANDIDATE_LIMIT }),
      api.call('transactions.list', { categorySource: 'transfer', limit: LINKED_LEGS, sort: { field: 'date', dir: 'desc' } }),
    ]);
    const ids = candidateIds(candidates);
    const rows = ids.length ? await api.call('transactions.get', { ids }) : [];
    return { proposals: transferProposals(candidates, rows), linked: linkedPairs(legs.transactions), linkedLegs: legs.total };
  });
}
