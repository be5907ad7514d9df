import { BrowserWindow, type Session } from 'electron';
import { devRendererCsp } from './csp';
import { navigationAllowed } from './trusted-origin';

export interface MainWindowOptions {
  /** The built preload (CommonJS: a sandboxed preload cannot be an ES module). */
  preload: string;
  /** fingood://app/index.html, or Vite's dev server in development. */
  entryUrl: string;
}

/** The one window: sandboxed, isolated, no Node, and it cannot navigate or open others. */
export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'FinGood',
    webPreferences: {
      preload: opts.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    },
  });
  const wc = win.webContents;
  const guard = (e: { url: string; isMainFrame: boolean; preventDefault(): void }) => {
    if (!navigationAllowed(e, opts.entryUrl)) e.preventDefault();
  };
  wc.on('will-frame-navigate', guard);
  wc.on('will-redirect', guard);
  wc.setWindowOpenHandler(() => ({ action: 'deny' }));
  wc.on('will-attach-webview', (e) => e.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(opts.entryUrl);
  return win;
}

/**
 * Session-wide policy, once per app: the renderer needs no device or OS permission (camera,
 * location, notifications...), so every request is refused except writing copied text to
 * the clipboard. In development the page comes from Vite's server over http, so
 * the CSP is added to its responses (the packaged scheme sets it itself).
 */
export function hardenSession(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => callback(permission === 'clipboard-sanitized-write'));
  if (!devServerUrl) return;
  const csp = devRendererCsp(devServerUrl);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}
