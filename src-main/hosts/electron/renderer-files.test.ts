import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP, devRendererCsp } from './csp';
import { contentType, rendererFilePath } from './renderer-files';

const ROOT = join('/opt', 'FinGood', 'out', 'renderer');

describe('rendererFilePath', () => {
  it('maps fingood://app/ paths to files of the built renderer', () => {
    expect(rendererFilePath(ROOT, 'fingood://app/index.html')).toBe(join(ROOT, 'index.html'));
    expect(rendererFilePath(ROOT, 'fingood://app/assets/index-abc.js')).toBe(join(ROOT, 'assets', 'index-abc.js'));
    expect(rendererFilePath(ROOT, 'fingood://app/assets/a%20b.css')).toBe(join(ROOT, 'assets', 'a b.css'));
  });

  it('answers routes of the one-page app with index.html', () => {
    expect(rendererFilePath(ROOT, 'fingood://app/')).toBe(join(ROOT, 'index.html'));
    expect(rendererFilePath(ROOT, 'fingood://app/transactions')).toBe(join(ROOT, 'index.html'));
  });

  it('never reads outside the renderer folder or for another host', () => {
    // The URL parser resolves dot segments (also %2e%2e) against the root, never above it.
    expect(rendererFilePath(ROOT, 'fingood://app/%2e%2e/%2e%2e/main/index.js')).toBe(join(ROOT, 'main', 'index.js'));
    expect(rendererFilePath(ROOT, 'fingood://app/../../x.js')).toBe(join(ROOT, 'x.js'));
    // Encoded separators survive the parser and are decoded later: caught by the root check.
    expect(rendererFilePath(ROOT, 'fingood://app/..%2f..%2fledger.fingood.key')).toBeNull();
    expect(rendererFilePath(ROOT, 'fingood://app/%00.js')).toBeNull();
    expect(rendererFilePath(ROOT, 'fingood://app/%E0%A4%A.js')).toBeNull();
    expect(rendererFilePath(ROOT, 'fingood://elsewhere/index.html')).toBeNull();
    expect(rendererFilePath(ROOT, 'file:///etc/passwd.txt')).toBeNull();
  });

  it('serves scripts with a JavaScript type (Chromium refuses module scripts otherwise)', () => {
    expect(contentType('/x/index-abc.js')).toMatch(/^text\/javascript/);
    expect(contentType('/x/index.html')).toMatch(/^text\/html/);
    expect(contentType('/x/blob.bin')).toBe('application/octet-stream');
  });
});

describe('CSP', () => {
  it('is strict in the packaged app: no inline or foreign scripts, no plugins, no framing', () => {
    for (const d of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "img-src 'self' data:"]) {
      expect(RENDERER_CSP.split('; ')).toContain(d);
    }
    expect(RENDERER_CSP).not.toContain('unsafe-eval');
    expect(RENDERER_CSP).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('relaxes only the inline preamble and the hot-reload socket for the dev server', () => {
    const dev = devRendererCsp('http://localhost:5173/');
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).toContain("object-src 'none'");
    expect(dev).not.toContain('unsafe-eval');
  });
});
