import { createContext, useContext, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { AppEventName, AppEvents } from '../../src-shared/contract/events';
import type { ApiClient } from './client';

const ApiContext = createContext<ApiClient | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi() needs an <ApiProvider> above it.');
  return client;
}

/** Subscribes for the component's lifetime; the latest `cb` is called, without resubscribing. */
export function useApiEvent<E extends AppEventName>(event: E, cb: (payload: AppEvents[E]) => void): void {
  const api = useApi();
  const latest = useRef(cb);
  useLayoutEffect(() => { latest.current = cb; });
  useEffect(() => api.on(event, (payload) => latest.current(payload)), [api, event]);
}
