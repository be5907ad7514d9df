import type { Locator, Page } from 'playwright-core';

export type ViewName = 'Import' | 'Transactions' | 'Review' | 'Rules' | 'Duplicates & transfers';

/** The tabs in the top bar. Review's tab also says how many rows wait ("Review 8, 8 waiting"). */
export class Nav {
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Views' });
  }

  tab(view: ViewName): Locator {
    return this.nav.getByRole('link', { name: new RegExp(`^${view}\\b`) });
  }

  async go(view: ViewName): Promise<void> {
    await this.tab(view).click();
  }

  /** The count on the Review tab; null when it shows none (nothing waits). */
  async reviewCount(): Promise<number | null> {
    const text = (await this.tab('Review').textContent()) ?? '';
    const m = /, ([\d,]+) waiting$/.exec(text);
    return m ? Number(m[1]!.replace(/,/g, '')) : null;
  }
}
