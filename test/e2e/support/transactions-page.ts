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

  /** A row's cell under the column headed `column` ("Amount", "Currency", …), wherever that column is. */
  async cell(row: Locator, column: string): Promise<Locator> {
    const headers = await this.grid.getByRole('columnheader').allTextContents();
    const at = headers.indexOf(column);
    if (at < 0) throw new Error(`No column "${column}" in the grid (${headers.join(', ')})`);
    return this.cells(row).nth(at);
  }

  /** The Category cell: the category, then who filed it ("Diningimported"); its tooltip says how sure. */
  categoryCell(row: Locator): Locator {
    return row.locator('.tx-cell--category');
  }

  /** [category, badge] of a row, e.g. ['Dining', 'imported']; the badge is '' when none. */
  async category(row: Locator): Promise<[string, string]> {
    const cell = this.categoryCell(row);
    const name = (await cell.locator('.tx-category').textContent()) ?? '';
    const badge = (await cell.locator('.source').count()) ? (await cell.locator('.source').textContent()) ?? '' : '';
    return [name, badge];
  }

  /** The line after filing a row from the grid. */
  flash(): Locator {
    return this.page.locator('.view--wide header').getByRole('status');
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
