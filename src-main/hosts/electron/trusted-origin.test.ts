import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isSameDocument, isTrustedSender, navigationAllowed } from './trusted-origin';

const DEV = 'http://localhost:5173';
const ours = { webContentsId: 7, entryUrl: APP_ENTRY_URL };
const frame = (url: string, isMainFrame = true) => ({ url, isMainFrame });

describe('isTrustedSender', () => {
  it('answers the top frame of our window on our page', () => {
    expect(isTrustedSender({ webContentsId: 7, frame: frame('fingood://app/index.html') }, ours)).toBe(true);
    expect(isTrustedSender({ webContentsId: 7, frame: frame('fingood://app/index.html#/transactions') }, ours)).toBe(true);
  });

  it('refuses other windows, iframes, vanished frames and foreign pages', () => {
    expect(isTrustedSender({ webContentsId: 8, frame: frame('fingood://app/index.html') }, ours)).toBe(false);
    expect(isTrustedSender({ webContentsId: 7, frame: frame('fingood://app/index.html', false) }, ours)).toBe(false);
    expect(isTrustedSender({ webContentsId: 7, frame: null }, ours)).toBe(false);
    for (const url of ['https://evil.example/', 'file:///home/u/index.html', 'fingood://other/index.html', 'fingoodx://app/index.html', 'about:blank', 'not a url']) {
      expect(isTrustedSender({ webContentsId: 7, frame: frame(url) }, ours), url).toBe(false);
    }
  });

  it('in development trusts the dev server origin only', () => {
    const dev = { webContentsId: 7, entryUrl: DEV };
    expect(isTrustedSender({ webContentsId: 7, frame: frame(`${DEV}/`) }, dev)).toBe(true);
    expect(isTrustedSender({ webContentsId: 7, frame: frame('http://localhost:5174/') }, dev)).toBe(false);
    expect(isTrustedSender({ webContentsId: 7, frame: frame('fingood://app/index.html') }, dev)).toBe(false);
  });
});

describe('navigation', () => {
  it('allows only reloading the entry document in the top frame', () => {
    expect(navigationAllowed({ url: 'fingood://app/index.html?x=1', isMainFrame: true }, APP_ENTRY_URL)).toBe(true);
    expect(navigationAllowed({ url: 'fingood://app/', isMainFrame: true }, APP_ENTRY_URL)).toBe(true);
    expect(navigationAllowed({ url: 'fingood://app/other.html', isMainFrame: true }, APP_ENTRY_URL)).toBe(false);
    expect(navigationAllowed({ url: 'https://bank.example/login', isMainFrame: true }, APP_ENTRY_URL)).toBe(false);
    expect(navigationAllowed({ url: 'fingood://app/index.html', isMainFrame: false }, APP_ENTRY_URL)).toBe(false);
  });

  it('treats the dev server root and its index.html as the same document', () => {
    expect(isSameDocument(`${DEV}/index.html`, DEV)).toBe(true);
    expect(isSameDocument(`${DEV}/@vite/client`, DEV)).toBe(false);
  });
});
