/**
 * The renderer's Content-Security-Policy (DESIGN.md §7). The packaged app gets the strict one;
 * Vite's dev server needs an inline script (React Refresh preamble) and a WebSocket back to
 * itself for hot reload, so development relaxes exactly those two and nothing else.
 */
const STRICT = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
];

export const RENDERER_CSP = STRICT.join('; ');

export function devRendererCsp(devServerUrl: string): string {
  const { host } = new URL(devServerUrl);
  return STRICT.map((d) => {
    if (d.startsWith('script-src')) return `${d} 'unsafe-inline'`;
    return d;
  }).concat(`connect-src 'self' ws://${host}`).join('; ');
}
