import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium, openPage } from './browser';
import { startServeHost, type ServeHost } from './serve-host';

export interface ServeSession {
  host: ServeHost;
  browser: Browser;
  page: Page;
  /** Page errors and console errors seen so far: every test ends with none. */
  problems: string[];
}

/**
 * One user session for a test file: a real `fingood serve` on a fresh ledger and one Chromium
 * page. Registers its hooks first, so a file's own beforeAll finds the session ready.
 */
export function useServeSession(): ServeSession {
  const s = {} as ServeSession;
  beforeAll(async () => {
    s.host = await startServeHost();
    s.browser = await launchChromium();
    Object.assign(s, await openPage(s.browser));
  });
  afterEach(() => {
    expect(s.problems, `errors in the page\n${s.host?.log()}`).toEqual([]);
  });
  afterAll(async () => {
    await s.browser?.close();
    await s.host?.stop();
  });
  return s;
}
