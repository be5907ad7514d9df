import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../../api/client';

export interface RowAction {
  /** The id acted on while its call is on its way (its buttons are disabled). */
  busyId: number | null;
  error: string | null;
  /** The label of the last change made, for its Undo notice. */
  done: string | null;
  dismiss(): void;
  run(id: number, call: () => Promise<{ label: string }>, after?: () => void): void;
}

/** One write at a time from a list of pairs: further presses wait until it answers. */
export function useRowAction(): RowAction {
  const [busyId, setBusyId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const inFlight = useRef(false);
  const run = useCallback((id: number, call: () => Promise<{ label: string }>, after?: () => void) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusyId(id);
    setError(null);
    call().then(
      (r) => { setDone(r.label); after?.(); },
      (err: unknown) => setError(errorMessage(err)),
    ).finally(() => { inFlight.current = false; setBusyId(null); });
  }, []);
  return { busyId, error, done, dismiss: useCallback(() => setDone(null), []), run };
}
