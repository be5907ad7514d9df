import { useCallback } from 'react';
import type { TransactionView } from '../../../src-shared/contract/views';
import { merchantKey } from '../../../src-shared/domain/categorize/merchant-key';
import { useApi } from '../../api/api-context';
import { countByCategory, filedText } from './filed-text';

export interface Filing {
  /** The user's correction: these rows belong to `category`. Resolves to the line to show. */
  file(rows: readonly TransactionView[], category: string): Promise<string>;
  /** Accepts each row's top suggestion. Resolves to the line to show. */
  accept(rows: readonly TransactionView[]): Promise<string>;
}

/**
 * Filing rows under categories (each an undoable change in the ledger's history). Both ways
 * teach FinGood the rows' merchants, and the line that comes back says so.
 */
export function useFiling(): Filing {
  const api = useApi();
  const file = useCallback(async (rows: readonly TransactionView[], category: string) => {
    const res = await api.call('categorization.categorize', { ids: rows.map((r) => r.id), category });
    return filedText([{ category, count: res.changed }], res.memory);
  }, [api]);
  const accept = useCallback(async (rows: readonly TransactionView[]) => {
    const withTop = rows.filter((r) => r.suggestions.length > 0);
    if (withTop.length === 0) return filedText([], []);
    await api.call('categorization.accept', { ids: withTop.map((r) => r.id) });
    return filedText(countByCategory(withTop.map((r) => r.suggestions[0]!.category)), withTop.map((r) => merchantKey(r.payee, r.description)));
  }, [api]);
  return { file, accept };
}
