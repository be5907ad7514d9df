import { useEffect, useRef } from 'react';
import { useLiveQuery } from '../../api/use-live-query';
import { Alert } from '../../components/Alert';
import { formatTimestamp, plural } from '../../components/format';
import './history-panel.css';

/** How many changes the panel lists, newest first. */
const PANEL_LIMIT = 50;

/**
 * The ledger's change log: every action that can be undone (or, struck through, redone),
 * newest first, read again whenever the ledger changes. Escape closes it.
 */
export function HistoryPanel({ id, onClose }: { id: string; onClose(): void }) {
  const history = useLiveQuery((api) => api.call('ledger.history', { limit: PANEL_LIMIT }));
  const panel = useRef<HTMLElement>(null);
  useEffect(() => { panel.current?.focus(); }, []);
  const entries = history.data ?? [];
  return (
    <section
      id={id} ref={panel} className="history-panel" role="dialog" aria-label="History" tabIndex={-1}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onClose(); } }}
    >
      <div className="history-panel__head">
        <h2>History</h2>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>Close</button>
      </div>
      {history.error && <Alert title="Could not read the history">{history.error}</Alert>}
      {history.data && entries.length === 0 && <p className="empty">No changes yet.</p>}
      <ol className="history-panel__list" aria-label="Changes, newest first">
        {entries.map((e) => (
          <li key={e.groupId} className={`history-entry${e.undone ? ' history-entry--undone' : ''}`}>
            <span className="history-entry__label">{e.label}</span>
            <span className="history-entry__meta">
              <time dateTime={e.at}>{formatTimestamp(e.at)}</time>
              {' · '}{plural(e.changes, 'change')}
              {e.undone && <span className="badge history-entry__badge">undone</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
