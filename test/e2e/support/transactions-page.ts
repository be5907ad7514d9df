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

  /** The row with the keyboard focus (the grid's active descendant). */
  focusedRow(): Locator {
    return this.grid.locator('[role="row"].is-focused');
  }

  /** Rows in the selection that are rendered right now. */
  selectedRows(): Locator {
    return this.renderedRows().and(this.grid.locator('[aria-selected="true"]'));
  }

  /** A row's data cells, left to right (the selection checkbox left out). */
  cells(row: Locator): Locator {
    return row.locator('[role="gridcell"]:not(.tx-cell--select)');
  }

  /** The column names, left to right (the selection checkbox left out). */
  headers(): Promise<string[]> {
    return this.grid.locator('[role="columnheader"]:not(.tx-cell--select)').allTextContents();
  }

  /** A column's header, e.g. to click it (sorting) or read its aria-sort. */
  header(column: string): Locator {
    return this.grid.getByRole('columnheader', { name: column, exact: true });
  }

  /** A row's cell under the column headed `column` ("Amount", "Currency", …), wherever that column is. */
  async cell(row: Locator, column: string): Promise<Locator> {
    const headers = await this.headers();
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

  // The filter bar.
  filters(): Locator {
    return this.page.getByRole('search', { name: 'Filter transactions' });
  }

  filter(label: 'Search' | 'Bank account' | 'Date from' | 'Date to' | 'Amount from' | 'Amount to' | 'Category' | 'Filed by' | 'Import'): Locator {
    return this.filters().getByLabel(label, { exact: true });
  }

  // Selection and bulk changes.
  selectAllBox(): Locator {
    return this.grid.getByRole('columnheader').getByRole('checkbox');
  }

  bulkBar(): Locator {
    return this.page.getByRole('region', { name: 'Selected transactions' });
  }

  /** "All 1,234 matching transactions selected" or "3 transactions selected". */
  selectionStatus(): Locator {
    return this.bulkBar().getByRole('status');
  }

  /** Sets one field of every selected row from the bulk bar, e.g. ('Category', 'Dining'). */
  async bulkSet(field: 'Category' | 'Payee' | 'Tags' | 'Memo' | 'Account', value: string): Promise<void> {
    const bar = this.bulkBar();
    await bar.getByLabel('Field to set').selectOption({ label: field });
    const input = bar.getByLabel(`${field} to set`);
    if (field === 'Category' || field === 'Account') await input.selectOption({ label: value });
    else await input.fill(value);
    await bar.getByRole('button', { name: 'Apply' }).click();
  }

  columnsButton(): Locator {
    return this.page.getByRole('button', { name: 'Columns' });
  }

  async goToImport(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Import' }).click();
  }
}
