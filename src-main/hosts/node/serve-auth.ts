import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'fingood_token';

/** The token from ?token=, a Bearer header, or the cookie set when the page was opened. */
export function requestToken(req: IncomingMessage): string | null {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const q = url.searchParams.get('token');
  if (q) return q;
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === TOKEN_COOKIE && v) return decodeURIComponent(v);
  }
  return null;
}

export function tokenMatches(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A browser page from another site must never reach the ledger: its Origin is refused, and so
 * is a Host other than our loopback address (DNS rebinding). Clients without Origin (scripts)
 * still need the token.
 */
export function originAllowed(req: IncomingMessage, port: number): boolean {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = req.headers.host ?? '';
  if (!allowed.includes(host)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return allowed.some((h) => origin === `http://${h}`);
}
