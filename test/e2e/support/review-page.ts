import type { Locator, Page } from 'playwright-core';

/** The Review view: the keyboard-driven queue, its picker, and the Learning and Rules-to-make panels. */
export class ReviewPage {
  readonly heading: Locator;
  readonly queue: Locator;
  readonly count: Locator;
  readonly empty: Locator;
  /** The line after filing: "Filed 1 row under Dining — FinGood will remember Starbucks". */
  readonly flash: Locator;
  readonly acceptSelected: Locator;
  readonly learning: Locator;
  readonly trainButton: Locator;
  readonly offers: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Review', exact: true });
    this.queue = page.getByRole('grid', { name: 'Rows to review' });
    this.count = page.getByText(/^[\d,]+ rows? waiting$/);
    this.empty = page.getByText('Nothing to review.', { exact: true });
    this.flash = page.locator('.queue__toolbar').getByRole('status');
    this.acceptSelected = page.getByRole('button', { name: /^Accept all selected/ });
    this.learning = page.getByRole('region', { name: 'Learning' });
    this.trainButton = this.learning.getByRole('button', { name: /^Train/ });
    this.offers = page.getByRole('region', { name: 'Rules to make' });
  }

  rows(): Locator {
    return this.queue.getByRole('row');
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text });
  }

  /** The row the queue points at with aria-activedescendant. */
  focusedRow(): Locator {
    return this.queue.locator('[role="row"].is-focused');
  }

  async focusedText(): Promise<string> {
    const id = await this.queue.getAttribute('aria-activedescendant');
    if (!id) return '';
    return (await this.page.locator(`[id="${id}"]`).textContent()) ?? '';
  }

  /** A row's numbered suggestions, as their names read: "2: Car & Travel, 22 %. Common merchant: …". */
  choices(row: Locator): Promise<string[]> {
    return row.getByRole('button', { name: /^\d: / }).evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? ''));
  }

  picker(): Locator {
    return this.queue.getByRole('combobox');
  }

  pickerOptions(): Locator {
    return this.queue.getByRole('listbox', { name: 'Categories' }).getByRole('option');
  }

  /** From the first row (Home), moves the queue's focus down (j) until `text` is the focused row. */
  async focusRow(text: string, max = 50): Promise<void> {
    await this.queue.focus();
    await this.page.keyboard.press('Home');
    for (let i = 0; i < max && !(await this.focusedText()).includes(text); i++) await this.page.keyboard.press('j');
    if (!(await this.focusedText()).includes(text)) throw new Error(`No row "${text}" in the review queue`);
  }
}
