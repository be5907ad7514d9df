import type { Locator, Page } from 'playwright-core';

/** Undo and Redo in the top bar, and the line that says what they did. */
export class HistoryBar {
  readonly toolbar: Locator;
  readonly undo: Locator;
  readonly redo: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByRole('toolbar', { name: 'Undo and redo' });
    this.undo = this.toolbar.getByRole('button', { name: 'Undo', exact: true });
    this.redo = this.toolbar.getByRole('button', { name: 'Redo', exact: true });
    this.status = this.toolbar.getByRole('status');
  }

  /** "Undo: Delete the import of a.csv (Ctrl+Z)" or "Nothing to undo", and whether it can be pressed. */
  async state(button: Locator): Promise<{ enabled: boolean; tooltip: string | null }> {
    return { enabled: await button.isEnabled(), tooltip: await button.getAttribute('title') };
  }
}
