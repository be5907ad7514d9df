import type { Page } from 'playwright-core';

/**
 * Records, inside the page, every value each progress bar shows (by its label) and every line
 * under it, as they change: a fast import passes through states no poll would catch.
 */
export async function startRecordingProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __progress: Record<string, string[]>; __details: string[] };
    w.__progress = {};
    w.__details = [];
    const note = (el: Element) => {
      if (el.getAttribute('role') !== 'progressbar') return;
      const label = el.getAttribute('aria-label') ?? '';
      const value = el.getAttribute('aria-valuenow') ?? 'none';
      const seen = (w.__progress[label] ??= []);
      if (seen[seen.length - 1] !== value) seen.push(value);
    };
    const scan = () => {
      document.querySelectorAll('[role="progressbar"]').forEach(note);
      document.querySelectorAll('.job__detail').forEach((d) => {
        const text = d.textContent ?? '';
        if (!w.__details.includes(text)) w.__details.push(text);
      });
    };
    new MutationObserver(scan).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

export function recordedProgress(page: Page): Promise<{ bars: Record<string, string[]>; details: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __progress: Record<string, string[]>; __details: string[] };
    return { bars: w.__progress, details: w.__details };
  });
}

/** The API methods the page sends over its WebSocket, in order. Call before the page opens. */
export function recordApiCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('websocket', (ws) => ws.on('framesent', (frame) => {
    try {
      const msg = JSON.parse(String(frame.payload)) as { method?: unknown };
      if (typeof msg.method === 'string') calls.push(msg.method);
    } catch { /* not a call */ }
  }));
  return calls;
}
