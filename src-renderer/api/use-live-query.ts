import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useApi, useApiEvent } from './api-context';
import type { ApiClient } from './client';
import { errorMessage } from './client';

export interface LiveQuery<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
}

/**
 * A value read from the core and read again whenever the ledger changes. Answers are applied
 * in request order only: a slow older answer never overwrites a newer one.
 */
export function useLiveQuery<T>(fetch: (api: ApiClient) => Promise<T>): LiveQuery<T> {
  const api = useApi();
  const fetchRef = useRef(fetch);
  useLayoutEffect(() => { fetchRef.current = fetch; });
  const seq = useRef(0);
  const [state, setState] = useState<LiveQuery<T>>({ data: undefined, error: null, loading: true });

  const reload = useCallback(() => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true }));
    fetchRef.current(api).then(
      (data) => { if (mine === seq.current) setState({ data, error: null, loading: false }); },
      (err: unknown) => { if (mine === seq.current) setState((s) => ({ ...s, error: errorMessage(err), loading: false })); },
    );
  }, [api]);

  useEffect(reload, [reload]);
  useApiEvent('ledger.changed', reload);
  return state;
}
