import { useCallback, useEffect, useRef, useState } from 'react';
import type { TransactionView } from '../../../src-shared/contract/views';
import { useApi, useApiEvent } from '../../api/api-context';
import { errorMessage } from '../../api/client';
import { PageCache } from './page-cache';

export const PAGE_SIZE = 100;

export interface TransactionPages {
  /** null until the first page arrives. */
  total: number | null;
  row(index: number): TransactionView | undefined;
  /** Call with the rows in view; fetches the pages they need. */
  show(first: number, last: number): void;
  error: string | null;
}

/**
 * transactions.list, page by page as the user scrolls, cached; the ledger changing refreshes
 * the rows in view (and the total) without emptying the table first.
 */
export function useTransactionPages(): TransactionPages {
  const api = useApi();
  const cache = useRef(new PageCache<TransactionView>(PAGE_SIZE)).current;
  const range = useRef({ first: 0, last: PAGE_SIZE - 1 });
  const [, setRevision] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const show = useCallback((first: number, last: number) => {
    range.current = { first, last };
    cache.trim(first, last);
    for (const page of cache.needed(first, last)) {
      const token = cache.begin(page);
      api.call('transactions.list', { limit: PAGE_SIZE, offset: page * PAGE_SIZE }).then(
        (res) => {
          if (!cache.receive(page, token, res.transactions, res.total)) return;
          setError(null);
          setRevision((r) => r + 1);
        },
        (err: unknown) => {
          cache.fail(page, token);
          setError(errorMessage(err));
        },
      );
    }
  }, [api, cache]);

  useEffect(() => show(range.current.first, range.current.last), [show]);
  useApiEvent('ledger.changed', () => {
    cache.invalidate();
    show(range.current.first, range.current.last);
  });

  return { total: cache.total, row: (i) => cache.row(i), show, error };
}
