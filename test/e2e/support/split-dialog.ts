import type { Locator, Page } from 'playwright-core';

/** The split editor: a modal dialog with one row of fields per part. */
export class SplitDialog {
  readonly dialog: Locator;
  readonly remaining: Locator;
  readonly problem: Locator;
  readonly save: Locator;
  readonly cancel: Locator;
  readonly removeSplit: Locator;
  readonly addPart: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^Split / });
    this.remaining = this.dialog.getByTestId('split-remaining');
    this.problem = this.dialog.locator('.split-editor__problem');
    this.save = this.dialog.getByRole('button', { name: 'Save split' });
    this.cancel = this.dialog.getByRole('button', { name: 'Cancel' });
    this.removeSplit = this.dialog.getByRole('button', { name: 'Remove split' });
    this.addPart = this.dialog.getByRole('button', { name: 'Add part' });
  }

  category(n: number): Locator {
    return this.dialog.getByLabel(`Category ${n}`, { exact: true });
  }

  amount(n: number): Locator {
    return this.dialog.getByLabel(`Amount ${n}`, { exact: true });
  }

  memo(n: number): Locator {
    return this.dialog.getByLabel(`Memo ${n}`, { exact: true });
  }

  /** [category, amount, memo] of every part, as the fields show them. */
  async parts(): Promise<string[][]> {
    const n = await this.dialog.getByRole('list', { name: 'Parts' }).getByRole('listitem').count();
    const out: string[][] = [];
    for (let i = 1; i <= n; i++) out.push([await this.category(i).inputValue(), await this.amount(i).inputValue(), await this.memo(i).inputValue()]);
    return out;
  }
}
