import { useCallback, useEffect, useRef, useState } from 'react';
import type { TransactionPage, TransactionView } from '../../../src-shared/contract/views';
import { useApi, useApiEvent } from '../../api/api-context';
import { errorMessage } from '../../api/client';
import { useFiling } from '../categories/use-filing';
import { leaving, type Leaving } from './queue-state';

/** Rows read at a time; "Accept all on this page" means these. */
export const REVIEW_PAGE = 100;

export interface ReviewQueue {
  /** null until first read. */
  rows: TransactionView[] | null;
  /** Rows waiting in all, beyond this page too. */
  waiting: number;
  error: string | null;
  /** Files rows under their top suggestions; resolves to the line to show. */
  accept(rows: readonly TransactionView[]): Promise<string>;
  file(rows: readonly TransactionView[], category: string): Promise<string>;
}

/**
 * categorization.review, read again whenever the ledger changes (an undo brings rows back).
 * Rows being filed leave at once (see `leaving`), so a fast run of key presses walks down the
 * queue instead of hitting the same row twice.
 */
export function useReviewQueue(): ReviewQueue {
  const api = useApi();
  const filing = useFiling();
  const reads = useRef(0);
  const [read, setRead] = useState<{ page: TransactionPage | null; error: string | null; number: number }>({ page: null, error: null, number: 0 });
  const [gone, setGone] = useState<Leaving>(new Map());

  const reload = useCallback(() => {
    const mine = ++reads.current;
    api.call('categorization.review', { limit: REVIEW_PAGE, offset: 0 }).then(
      (page) => { if (mine === reads.current) setRead({ page, error: null, number: mine }); },
      (err: unknown) => { if (mine === reads.current) setRead((r) => ({ ...r, error: errorMessage(err) })); },
    );
  }, [api]);
  useEffect(reload, [reload]);
  useApiEvent('ledger.changed', reload);
  useEffect(() => setGone((g) => leaving.settle(g, read.number)), [read.number]);

  const run = useCallback(async (rows: readonly TransactionView[], call: () => Promise<string>) => {
    const ids = rows.map((r) => r.id);
    setGone((g) => leaving.start(g, ids));
    try {
      const text = await call();
      setGone((g) => leaving.done(g, ids, reads.current));
      reload();
      return text;
    } catch (err) {
      setGone((g) => leaving.failed(g, ids));
      throw err;
    }
  }, [reload]);

  const all = read.page?.transactions ?? null;
  const rows = all && all.filter((r) => !leaving.isHidden(gone, r.id, read.number));
  return {
    rows,
    waiting: Math.max(0, (read.page?.total ?? 0) - ((all?.length ?? 0) - (rows?.length ?? 0))),
    error: read.error,
    accept: useCallback((r: readonly TransactionView[]) => run(r, () => filing.accept(r)), [run, filing]),
    file: useCallback((r: readonly TransactionView[], category: string) => run(r, () => filing.file(r, category)), [run, filing]),
  };
}
