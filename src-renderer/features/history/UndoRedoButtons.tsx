import { useId, useRef, useState } from 'react';
import { historyTooltip, type HistoryAction } from './history-state';
import { useLedgerHistory } from './history-context';
import { HistoryPanel } from './HistoryPanel';

/** Undo and Redo in the top bar, with what each would do in its tooltip; History lists every change. */
export function UndoRedoButtons() {
  const history = useLedgerHistory();
  const [panelOpen, setPanelOpen] = useState(false);
  const panelId = useId();
  const historyButton = useRef<HTMLButtonElement>(null);
  const closePanel = () => { setPanelOpen(false); historyButton.current?.focus(); };
  return (
    <div className="history" role="toolbar" aria-label="Undo and redo">
      <HistoryButton action="undo" label="Undo" />
      <HistoryButton action="redo" label="Redo" />
      <button
        ref={historyButton} type="button" className="button button--small button--bar" aria-expanded={panelOpen} aria-controls={panelOpen ? panelId : undefined}
        onClick={() => setPanelOpen((o) => !o)}
      >
        History
      </button>
      {panelOpen && <HistoryPanel id={panelId} onClose={closePanel} />}
      <span className={`history__status${history.status?.tone === 'error' ? ' history__status--error' : ''}`} role="status">
        {history.status?.text ?? ''}
      </span>
    </div>
  );
}

function HistoryButton({ action, label }: { action: HistoryAction; label: string }) {
  const history = useLedgerHistory();
  const target = history[action];
  return (
    <button
      type="button"
      className="button button--small button--bar"
      disabled={!target || history.busy}
      title={historyTooltip(action, target, history.shortcut(action))}
      aria-keyshortcuts={action === 'undo' ? 'Control+Z Meta+Z' : 'Control+Shift+Z Meta+Shift+Z Control+Y'}
      onClick={() => history.run(action)}
    >
      <svg className="history__icon" viewBox="0 0 24 24" aria-hidden="true">
        {action === 'undo' ? <path d="M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3" /> : <path d="m15 14 5-5-5-5M20 9H10a6 6 0 0 0 0 12h3" />}
      </svg>
      {label}
    </button>
  );
}
