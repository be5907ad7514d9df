import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/client';
import { COLUMNS_SETTING, DEFAULT_COLUMNS, readColumns, toggleColumn, type ColumnKey } from './columns';

/** The columns the user chose to see, read from and saved to the ledger's settings. */
export function useColumnPrefs(): { shown: ColumnKey[]; toggle(key: ColumnKey): void; error: string | null } {
  const api = useApi();
  const [shown, setShown] = useState<ColumnKey[]>([...DEFAULT_COLUMNS]);
  const [error, setError] = useState<string | null>(null);
  const touched = useRef(false);

  useEffect(() => {
    let live = true;
    api.call('settings.get', { key: COLUMNS_SETTING }).then(
      // A choice made before the saved one arrived wins.
      (res) => { if (live) setShown((s) => (touched.current ? s : readColumns(res.value))); },
      (err: unknown) => { if (live) setError(errorMessage(err)); },
    );
    return () => { live = false; };
  }, [api]);

  const latest = useRef(shown);
  latest.current = shown;
  const toggle = useCallback((key: ColumnKey) => {
    touched.current = true;
    const next = toggleColumn(latest.current, key);
    latest.current = next;
    setShown(next);
    api.call('settings.set', { key: COLUMNS_SETTING, value: next }).then(
      () => setError(null),
      (err: unknown) => setError(errorMessage(err)),
    );
  }, [api]);

  return { shown, toggle, error };
}
