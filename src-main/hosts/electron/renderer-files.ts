import { extname, join, normalize, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './trusted-origin';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.map': 'application/json',
};

/**
 * The built renderer file a `fingood://app/...` request may read, or null. It must never leave
 * `root` (no `..`, no encoded separators, no other host). Paths without an extension are
 * the one-page app's routes and get index.html, as the serve host does.
 */
export function rendererFilePath(root: string, requestUrl: string): string | null {
  let url: URL;
  let path: string;
  try {
    url = new URL(requestUrl);
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || path.includes('\0')) return null;
  const base = normalize(root);
  if (!extname(path)) return join(base, 'index.html');
  const file = normalize(join(base, path));
  return file.startsWith(base + sep) ? file : null;
}

/** Module scripts are refused by Chromium unless served with a JavaScript type. */
export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
