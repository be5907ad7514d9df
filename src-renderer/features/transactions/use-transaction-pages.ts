import { useCallback, useEffect, useRef, useState } from 'react';
import type { TransactionFilter, TransactionSort } from '../../../src-shared/contract/transactions-api';
import type { TransactionView } from '../../../src-shared/contract/views';
import { useApi, useApiEvent } from '../../api/api-context';
import { errorMessage } from '../../api/client';
import { PageCache } from './page-cache';

export const PAGE_SIZE = 100;
/** The most rows transactions.list answers at once. */
const MAX_LIMIT = 1000;

export interface TransactionPages {
  /** null until the first page arrives. */
  total: number | null;
  row(index: number): TransactionView | undefined;
  /** Call with the rows in view; fetches the pages they need. */
  show(first: number, last: number): void;
  /** Rows first..last (inclusive) of the listing, from the cache or fetched (a Shift range far off screen). */
  rows(first: number, last: number): Promise<TransactionView[]>;
  error: string | null;
}

/**
 * transactions.list under a filter and sort, page by page as the user scrolls, cached. A new
 * filter or sort starts over (the old rows stay on screen as stale until the new ones come,
 * so the grid does not flash empty); the ledger changing refreshes the rows in view.
 */
export function useTransactionPages(filter: TransactionFilter, sort: TransactionSort, queryKey: string): TransactionPages {
  const api = useApi();
  const cache = useRef(new PageCache<TransactionView>(PAGE_SIZE)).current;
  const range = useRef({ first: 0, last: PAGE_SIZE - 1 });
  const query = useRef({ filter, sort });
  const [, setRevision] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const show = useCallback((first: number, last: number) => {
    range.current = { first, last };
    cache.trim(first, last);
    const { filter: f, sort: s } = query.current;
    for (const page of cache.needed(first, last)) {
      const token = cache.begin(page);
      api.call('transactions.list', { ...f, sort: s, limit: PAGE_SIZE, offset: page * PAGE_SIZE }).then(
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

  // A new query: every cached page belongs to the old one.
  const shownKey = useRef(queryKey);
  useEffect(() => {
    query.current = { filter, sort };
    if (shownKey.current === queryKey) return;
    shownKey.current = queryKey;
    cache.invalidate();
    const height = range.current.last - range.current.first;
    show(0, height);
  }, [cache, show, queryKey, filter, sort]);

  useEffect(() => show(range.current.first, range.current.last), [show]);
  useApiEvent('ledger.changed', () => {
    cache.invalidate();
    show(range.current.first, range.current.last);
  });

  const rows = useCallback(async (first: number, last: number) => {
    const out: TransactionView[] = [];
    let missing = -1;
    for (let i = first; i <= last; i++) {
      const tx = cache.freshRow(i);
      if (!tx) { missing = i; break; }
      out.push(tx);
    }
    if (missing < 0) return out;
    const { filter: f, sort: s } = query.current;
    for (let at = missing; at <= last; at += MAX_LIMIT) {
      const res = await api.call('transactions.list', { ...f, sort: s, offset: at, limit: Math.min(MAX_LIMIT, last - at + 1) });
      out.push(...res.transactions);
      if (res.transactions.length === 0) break;
    }
    return out;
  }, [api, cache]);

  return { total: cache.total, row: (i) => cache.row(i), show, rows, error };
}
