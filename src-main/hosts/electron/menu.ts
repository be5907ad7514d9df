import { basename } from 'node:path';
import { Menu, dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { MenuCommand } from './channels';
import { menuTemplate } from './menu-template';

const STATEMENTS = ['csv', 'txt', 'ofx', 'qfx', 'qif', 'xml', 'sta', 'mt940', '940', 'xlsx', 'xls'];

/**
 * Installs the application menu. Commands go to the renderer (`send`), which owns what
 * happens next; main only runs the native file dialog, because a renderer may not open a
 * file chooser in response to a menu click.
 */
export function installMenu(opts: {
  isMac: boolean;
  dev: boolean;
  window: () => BrowserWindow | null;
  send: (command: MenuCommand) => void;
}): void {
  const importFiles = async () => {
    const win = opts.window();
    const options: OpenDialogOptions = {
      title: 'Import bank statements',
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Bank statements', extensions: STATEMENTS }, { name: 'All files', extensions: ['*'] }],
    };
    const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    if (picked.canceled || picked.filePaths.length === 0) return;
    opts.send({ command: 'import', files: picked.filePaths.map((path) => ({ name: basename(path), path })) });
  };
  const template = menuTemplate({
    isMac: opts.isMac,
    dev: opts.dev,
    actions: {
      importFiles: () => void importFiles(), show: (view) => opts.send({ command: 'show', view }),
      undo: () => opts.send({ command: 'undo' }), redo: () => opts.send({ command: 'redo' }),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
