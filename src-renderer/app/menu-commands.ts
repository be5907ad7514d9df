import type { MenuCommand } from '../../src-shared/contract/bridge';
import type { HistoryAction } from '../features/history/history-state';
import type { FileOnDisk } from '../features/import/import-files';
import type { RouteId } from './routes';

export interface MenuHandlers {
  importFiles(files: FileOnDisk[]): void;
  show(view: RouteId): void;
  history(action: HistoryAction): void;
}

/**
 * Carries out a command of the desktop app's native menu. The payload crossed IPC, so its
 * shape is checked here rather than trusted; anything unknown is ignored (false).
 */
export function runMenuCommand(raw: unknown, h: MenuHandlers): boolean {
  const cmd = asMenuCommand(raw);
  if (!cmd) return false;
  switch (cmd.command) {
    case 'import':
      // The files land in the Import view's list: show it, so their progress is in sight.
      h.show('import');
      h.importFiles(cmd.files);
      return true;
    case 'show':
      h.show(cmd.view);
      return true;
    case 'undo':
    case 'redo':
      h.history(cmd.command);
      return true;
    default: {
      const never: never = cmd;
      return never;
    }
  }
}

type MenuView = Extract<MenuCommand, { command: 'show' }>['view'];
/** The views the native menu names (bridge.ts); every one of them is a route here. */
const VIEWS: readonly string[] = ['import', 'transactions'] satisfies MenuView[] satisfies RouteId[];

function asMenuCommand(raw: unknown): MenuCommand | null {
  if (!raw || typeof raw !== 'object') return null;
  const c = raw as Record<string, unknown>;
  switch (c.command) {
    case 'import': {
      if (!Array.isArray(c.files)) return null;
      const files = c.files.filter((f): f is FileOnDisk => !!f && typeof f === 'object'
        && typeof (f as FileOnDisk).name === 'string' && (f as FileOnDisk).name !== ''
        && typeof (f as FileOnDisk).path === 'string' && (f as FileOnDisk).path !== '');
      return files.length > 0 ? { command: 'import', files: files.map((f) => ({ name: f.name, path: f.path })) } : null;
    }
    case 'show':
      return typeof c.view === 'string' && VIEWS.includes(c.view) ? { command: 'show', view: c.view as MenuView } : null;
    case 'undo':
    case 'redo':
      return { command: c.command };
    default:
      return null;
  }
}
