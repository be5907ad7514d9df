import { HistoryProvider, useLedgerHistory } from '../features/history/history-context';
import { UndoRedoButtons } from '../features/history/UndoRedoButtons';
import { useHistoryShortcuts } from '../features/history/use-history-shortcuts';
import { ImportSessionProvider } from '../features/import/import-session';
import { ImportView } from '../features/import/ImportView';
import { TransactionsView } from '../features/transactions/TransactionsView';
import { ROUTES } from './routes';
import { useMenuCommands } from './use-menu-commands';
import { useRoute } from './use-route';

/** The window's shared state (undo history, this session's imports) above the shell. */
export function App() {
  return (
    <HistoryProvider>
      <ImportSessionProvider>
        <Shell />
      </ImportSessionProvider>
    </HistoryProvider>
  );
}

/**
 * Navigation, Undo/Redo and the views. Both views stay mounted (the inactive one hidden), so
 * imports in progress, the account typed and the scroll position survive switching.
 */
function Shell() {
  const [route, go] = useRoute();
  const history = useLedgerHistory();
  useHistoryShortcuts(history.run);
  useMenuCommands(go);
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand" aria-label="FinGood">Fin<span className="brand__accent">Good</span></span>
        <nav className="tabs" aria-label="Views">
          {ROUTES.map((r) => (
            <a
              key={r.id}
              href={`#/${r.id}`}
              className={`tab${route === r.id ? ' tab--active' : ''}`}
              aria-current={route === r.id ? 'page' : undefined}
              onClick={(e) => { e.preventDefault(); go(r.id); }}
            >
              {r.label}
            </a>
          ))}
        </nav>
        <UndoRedoButtons />
      </header>
      <main className="content">
        <div hidden={route !== 'import'}><ImportView /></div>
        <div hidden={route !== 'transactions'} className="content__fill"><TransactionsView onGoToImport={() => go('import')} /></div>
      </main>
    </div>
  );
}
