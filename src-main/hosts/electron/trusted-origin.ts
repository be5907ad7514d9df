/**
 * Which pages are ours. The packaged renderer is served from our own scheme (never file://,
 * which would let a compromised page read any file); in development it comes from Vite's dev
 * server. Anything else that ends up in the window is foreign and gets neither IPC nor
 * navigation.
 */
export const APP_SCHEME = 'fingood';
export const APP_HOST = 'app';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** protocol + host: URL.origin is "null" for a custom scheme, so it cannot be compared. */
function site(url: string): string | null {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

function documentPath(url: string): string {
  const path = new URL(url).pathname;
  return path === '/' ? '/index.html' : path;
}

export function isOwnPage(url: string, entryUrl: string): boolean {
  const s = site(url);
  return s !== null && s === site(entryUrl);
}

/** A full navigation is allowed only to reload the entry document itself. */
export function isSameDocument(url: string, entryUrl: string): boolean {
  return isOwnPage(url, entryUrl) && documentPath(url) === documentPath(entryUrl);
}

export interface SenderInfo {
  webContentsId: number;
  /** null when the frame navigated away or was destroyed before the message was handled. */
  frame: { url: string; isMainFrame: boolean } | null;
}

/**
 * IPC is answered only for the top frame of our own window showing our own page: not for an
 * iframe, another window, or a page the window was somehow navigated to.
 */
export function isTrustedSender(sender: SenderInfo, expected: { webContentsId: number; entryUrl: string }): boolean {
  return sender.webContentsId === expected.webContentsId
    && sender.frame !== null
    && sender.frame.isMainFrame
    && isOwnPage(sender.frame.url, expected.entryUrl);
}

/**
 * The window never leaves its page: a link or `location` change to anywhere else, and any
 * navigation inside a subframe, is refused. Reloading the entry document is fine.
 */
export function navigationAllowed(nav: { url: string; isMainFrame: boolean }, entryUrl: string): boolean {
  return nav.isMainFrame && isSameDocument(nav.url, entryUrl);
}
