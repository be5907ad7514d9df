import { useApiEvent } from '../api/api-context';
import { useLedgerHistory } from '../features/history/history-context';
import { useImportSession } from '../features/import/import-session';
import { runMenuCommand } from './menu-commands';
import type { RouteId } from './routes';

/** The desktop app's native menu (the `menu.command` event); the serve host never sends it. */
export function useMenuCommands(go: (route: RouteId) => void): void {
  const history = useLedgerHistory();
  const imports = useImportSession();
  useApiEvent('menu.command', (cmd) => runMenuCommand(cmd, {
    importFiles: (files) => void imports.importPaths(files),
    show: go,
    history: history.run,
  }));
}
