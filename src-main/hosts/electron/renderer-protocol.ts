import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { RENDERER_CSP } from './csp';
import { contentType, rendererFilePath } from './renderer-files';
import { APP_SCHEME } from './trusted-origin';

/**
 * Must run before the app is ready. `standard` gives the scheme real origins (so 'self' in
 * the CSP and relative URLs work); `secure` makes it a secure context like https.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from `root` with the strict CSP on every response: a header
 * cannot be forgotten in an HTML file and, unlike file://, it reaches nothing but `root`.
 */
export function serveRenderer(session: Session, root: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const file = rendererFilePath(root, request.url);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(body), {
      headers: {
        'content-type': contentType(file),
        'content-security-policy': RENDERER_CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      },
    });
  });
}
