import { useCallback, useEffect, useState } from 'react';
import { hashFor, routeFromHash, type RouteId } from './routes';

/** The current view, kept in the URL's hash so a reload stays on it. */
export function useRoute(): [RouteId, (r: RouteId) => void] {
  const [route, setRoute] = useState<RouteId>(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((r: RouteId) => {
    if (window.location.hash !== hashFor(r)) window.location.hash = hashFor(r);
    setRoute(r);
  }, []);
  return [route, go];
}
