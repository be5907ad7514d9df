import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/client';
import { useLiveQuery } from '../../api/use-live-query';
import { historyResultText, historyTargets, type HistoryAction, type HistoryTargets } from './history-state';
import { isMacPlatform, shortcutLabel } from './shortcuts';

/** How many history entries are read to find the next undo and redo. */
const HISTORY_LIMIT = 100;
/** How long "Undone: …" stays on screen. */
const STATUS_MS = 8000;

export interface HistoryStatus {
  text: string;
  tone: 'info' | 'error';
}

export interface LedgerHistory extends HistoryTargets {
  /** An undo or redo is on its way: further presses are ignored until it answers. */
  busy: boolean;
  status: HistoryStatus | null;
  run(action: HistoryAction): void;
  shortcut(action: HistoryAction): string;
}

const HistoryContext = createContext<LedgerHistory | null>(null);

/**
 * Undo and redo of the ledger's change log, shared by the toolbar, the keyboard, the native
 * menu and the notices that offer "Undo" right after a change. The targets come from
 * ledger.history, read again whenever the ledger changes.
 */
export function HistoryProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const history = useLiveQuery((a) => a.call('ledger.history', { limit: HISTORY_LIMIT }));
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const [status, setStatus] = useState<HistoryStatus | null>(null);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const run = useCallback((action: HistoryAction) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    const call = action === 'undo'
      ? api.call('ledger.undo', {}).then((r) => r.undone)
      : api.call('ledger.redo', {}).then((r) => r.redone);
    call.then(
      (label) => setStatus({ text: historyResultText(action, label), tone: 'info' }),
      (err: unknown) => setStatus({ text: `Could not ${action}: ${errorMessage(err)}`, tone: 'error' }),
    ).finally(() => {
      inFlight.current = false;
      setBusy(false);
    });
  }, [api]);

  const mac = isMacPlatform(typeof navigator === 'undefined' ? '' : navigator.platform);
  const value: LedgerHistory = {
    ...historyTargets(history.data ?? []),
    busy,
    status,
    run,
    shortcut: (action) => shortcutLabel(action, mac),
  };
  return <HistoryContext.Provider value={value}>{children}</HistoryContext.Provider>;
}

export function useLedgerHistory(): LedgerHistory {
  const h = useContext(HistoryContext);
  if (!h) throw new Error('useLedgerHistory() needs a <HistoryProvider> above it.');
  return h;
}
