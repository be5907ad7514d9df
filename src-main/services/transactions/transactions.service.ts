import type { ApiHandlers } from '../../../src-shared/contract/api';
import type { ServiceDeps } from '../service-deps';
import { bulkDelete, bulkUpdate, type Selection } from './bulk';
import { resolveDuplicate } from './duplicates';
import { pickFilter } from './filters';
import { createPageQuery } from './page-query';
import { splitTransaction } from './splits';
import { linkTransfer, transferCandidates, unlinkTransfer } from './transfers';
import { listTransactionsByIds } from './transactions.queries';

type TransactionsApi = Pick<ApiHandlers, 'transactions.list' | 'transactions.resolveDuplicate' | 'transactions.bulkUpdate' | 'transactions.bulkDelete'
  | 'transactions.split' | 'transactions.transferCandidates' | 'transactions.linkTransfer' | 'transactions.unlinkTransfer' | 'transactions.get'>;

/** The transactions workspace. Every write is synchronous on the ledger's connection, one undoable group each. */
export function createTransactionsService(deps: ServiceDeps): TransactionsApi {
  const { sqlite } = deps.ledger;
  const pages = createPageQuery(sqlite);
  const selection = (s: { ids?: number[]; filter?: Selection['filter']; excludeIds?: number[] }): Selection =>
    (s.ids ? { ids: s.ids } : { filter: s.filter ?? {}, ...(s.excludeIds?.length ? { excludeIds: s.excludeIds } : {}) });
  return {
    'transactions.list'(input) {
      const { limit, offset, sort, after } = input;
      const r = pages.page({ filter: pickFilter(input), sort: sort ?? { field: 'date', dir: 'desc' }, limit, offset, after });
      return { total: r.total, transactions: listTransactionsByIds(sqlite, r.ids), next: r.next };
    },
    'transactions.resolveDuplicate'({ id, action }) {
      const r = resolveDuplicate(sqlite, id, action);
      deps.changed(['transactions']);
      return r;
    },
    'transactions.bulkUpdate'(input) {
      const r = bulkUpdate(sqlite, selection(input), input.set, pages);
      if (r.changed) deps.changed(['transactions', 'splits', 'categorization_feedback']);
      return r;
    },
    'transactions.bulkDelete'(input) {
      const r = bulkDelete(sqlite, selection(input), pages);
      if (r.changed) deps.changed(['transactions']);
      return r;
    },
    'transactions.split'({ id, parts }) {
      const r = splitTransaction(sqlite, id, parts);
      deps.changed(['transactions', 'splits']);
      return r;
    },
    'transactions.transferCandidates': ({ limit }) => transferCandidates(sqlite, limit),
    'transactions.linkTransfer'({ a, b }) {
      const r = linkTransfer(sqlite, a, b);
      deps.changed(['transactions']);
      return r;
    },
    'transactions.unlinkTransfer'({ id }) {
      const r = unlinkTransfer(sqlite, id);
      deps.changed(['transactions']);
      return r;
    },
    'transactions.get': ({ ids }) => listTransactionsByIds(sqlite, ids),
  };
}
