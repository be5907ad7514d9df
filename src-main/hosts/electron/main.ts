import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserWindow, app, dialog, ipcMain, safeStorage, session, utilityProcess } from 'electron';
import { createAppCore, type AppCore } from '../../app-core';
import { MENU_EVENT } from './channels';
import { connectIpc, type IpcBridge } from './ipc';
import { KeyStoreError, keyFileFor, loadLedgerKey } from './key-store';
import { installMenu } from './menu';
import { sqliteBindingFor } from './native-addon';
import { registerAppScheme, serveRenderer } from './renderer-protocol';
import { APP_ENTRY_URL } from './trusted-origin';
import { createUtilityPool } from './utility-pool';
import { createMainWindow, hardenSession } from './window';

// The desktop host: lifecycle only. Layout built by electron.vite.config.ts:
// out/main/{index,entry-electron}.js, out/preload/index.cjs, out/renderer/.
const OUT = join(import.meta.dirname, '..');
const DEV_SERVER = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const ENTRY_URL = DEV_SERVER ?? APP_ENTRY_URL;
const isMac = process.platform === 'darwin';

// Before ready (ESM: top-level code of the entry still runs before it). A fixed directory
// name, so the books do not move if package.json's name changes.
app.setPath('userData', join(app.getPath('appData'), 'FinGood'));
registerAppScheme();

let core: AppCore | null = null;
let win: BrowserWindow | null = null;
let bridge: IpcBridge | null = null;
let closing = false;

// A second instance would open the same ledger as a second writer: focus the first instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) {
      if (core) openWindow();
      return;
    }
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.whenReady().then(start).catch(fail);
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, DEV_SERVER);
  if (!DEV_SERVER) serveRenderer(session.defaultSession, join(OUT, 'renderer'));
  core = await openCore();
  installMenu({ isMac, dev: !app.isPackaged, window: () => win, send: (cmd) => bridge?.emit(MENU_EVENT, cmd) });
  openWindow();
  app.on('activate', () => {
    if (!win) openWindow();
  });
}

async function openCore(): Promise<AppCore> {
  // In development, `npm start` names the SQLite addon it built for Electron's ABI.
  const nativeBinding = sqliteBindingFor(process.env, app.isPackaged);
  const dir = app.getPath('userData');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const ledgerPath = join(dir, 'ledger.fingood');
  const ledgerExists = existsSync(ledgerPath);
  const key = await loadLedgerKey({ keyFile: keyFileFor(ledgerPath), ledgerExists, box: safeStorage, platform: process.platform });
  const pool = createUtilityPool(join(OUT, 'main', 'entry-electron.js'),
    (entry) => utilityProcess.fork(entry, [], { serviceName: 'FinGood worker', stdio: 'inherit' }));
  return createAppCore({ ledgerPath, key, pool, create: !ledgerExists, nativeBinding });
}

function openWindow(): void {
  const w = createMainWindow({ preload: join(OUT, 'preload', 'index.cjs'), entryUrl: ENTRY_URL });
  bridge = connectIpc({ ipcMain, core: core!, webContents: w.webContents, entryUrl: ENTRY_URL });
  w.on('closed', () => {
    bridge?.dispose();
    bridge = null;
    win = null;
  });
  win = w;
}

// macOS keeps the app (and the open ledger) alive without windows, as its apps do.
app.on('window-all-closed', () => {
  if (!isMac) app.quit();
});

// Quitting waits for the core: jobs stop and the ledger is closed (WAL checkpointed), so
// the next start finds no half-written work it has to roll back.
app.on('will-quit', (e) => {
  if (!core || closing) return;
  e.preventDefault();
  closing = true;
  core.close()
    .catch((err: unknown) => console.error('FinGood: closing the ledger failed:', err))
    .finally(() => {
      core = null;
      app.quit();
    });
});

function fail(err: unknown): void {
  const title = err instanceof KeyStoreError ? err.title : 'FinGood could not open your books';
  dialog.showErrorBox(title, err instanceof Error ? err.message : String(err));
  const exit = () => app.exit(1);
  if (core) void core.close().finally(exit);
  else exit();
}
