import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  /** File › Import…: pick statements with the native dialog. */
  importFiles(): void;
  show(view: 'import' | 'transactions' | 'review' | 'rules'): void;
  /** Edit › Undo / Redo: the ledger's change history (the renderer keeps text-field undo in text fields). */
  undo(): void;
  redo(): void;
}

/**
 * The native menu (DESIGN.md §6 Desktop). Reload and developer tools exist only in
 * development: in the packaged app a reload would drop the renderer's state mid-import and
 * devtools would hand anyone at the keyboard a console inside the trusted page.
 */
export function menuTemplate(opts: { isMac: boolean; dev: boolean; actions: MenuActions }): MenuItemConstructorOptions[] {
  const { isMac, dev, actions } = opts;
  const devItems: MenuItemConstructorOptions[] = dev
    ? [{ type: 'separator' }, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }]
    : [];
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.undo() },
        { label: 'Redo', accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: () => actions.redo() },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Import', accelerator: 'CmdOrCtrl+1', click: () => actions.show('import') },
        { label: 'Transactions', accelerator: 'CmdOrCtrl+2', click: () => actions.show('transactions') },
        { label: 'Review', accelerator: 'CmdOrCtrl+3', click: () => actions.show('review') },
        { label: 'Rules', accelerator: 'CmdOrCtrl+4', click: () => actions.show('rules') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...devItems,
      ],
    },
    { role: 'help', submenu: [{ role: 'about', label: 'About FinGood' }] },
  ];
}
