import type { CategoryView } from '../../../src-shared/contract/views';
import { useLiveQuery, type LiveQuery } from '../../api/use-live-query';

/** The ledger's categories (archived ones too, if asked), read again whenever the ledger changes. */
export function useCategories(includeArchived = false): LiveQuery<CategoryView[]> {
  return useLiveQuery((api) => api.call('categories.list', includeArchived ? { includeArchived } : {}));
}
