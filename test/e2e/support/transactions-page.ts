import type { Locator, Page } from 'playwright-core';

/** The Transactions view: the total, and the virtualized grid of rows. */
export class TransactionsPage {
  readonly heading: Locator;
  readonly grid: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Transactions' });
    this.grid = page.getByRole('grid', { name: 'Transactions' });
    this.count = page.getByText(/^[\d,]+ transactions?$/);
  }

  /** Data rows rendered right now (the header row excluded). */
  renderedRows(): Locator {
    return this.grid.locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])');
  }

  row(text: string): Locator {
    return this.renderedRows().filter({ hasText: text });
  }

  focusedRow(): Locator {
    return this.grid.locator('[role="row"][aria-selected="true"]');
  }

  cells(row: Locator): Locator {
    return row.getByRole('gridcell');
  }

  /** Moves the focus down the grid, a row at a time, until `target` is rendered. */
  async scrollTo(target: Locator, maxRows = 200): Promise<void> {
    await this.grid.focus();
    for (let i = 0; i < maxRows && (await target.count()) === 0; i++) await this.page.keyboard.press('ArrowDown');
    if ((await target.count()) === 0) throw new Error(`Not in the first ${maxRows} rows of the grid: ${target}`);
  }

  async goToImport(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Import' }).click();
  }
}
