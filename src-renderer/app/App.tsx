import { HistoryProvider, useLedgerHistory } from '../features/history/history-context';
import { UndoRedoButtons } from '../features/history/UndoRedoButtons';
import { useHistoryShortcuts } from '../features/history/use-history-shortcuts';
import { ImportSessionProvider } from '../features/import/import-session';
import { ImportView } from '../features/import/ImportView';
import { MatchingView } from '../features/matching/MatchingView';
import { ReviewView } from '../features/review/ReviewView';
import { RulesView } from '../features/rules/RulesView';
import { TransactionsView } from '../features/transactions/TransactionsView';
import { NavTabs } from './NavTabs';
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
 * Navigation, Undo/Redo and the views. The views stay mounted (the inactive ones hidden), so
 * imports in progress, the account typed, forms half filled and the scroll position survive
 * switching.
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
        <NavTabs route={route} go={go} />
        <UndoRedoButtons />
      </header>
      <main className="content">
        <div hidden={route !== 'import'}><ImportView /></div>
        <div hidden={route !== 'transactions'} className="content__fill"><TransactionsView onGoToImport={() => go('import')} /></div>
        <div hidden={route !== 'review'}><ReviewView active={route === 'review'} onGoToImport={() => go('import')} /></div>
        <div hidden={route !== 'rules'}><RulesView /></div>
        <div hidden={route !== 'matching'}><MatchingView active={route === 'matching'} /></div>
      </main>
    </div>
  );
}
