import type { Locator, Page } from 'playwright-core';

/** The Duplicates & transfers view: flagged rows beside their matches, proposed and linked transfers. */
export class MatchingPage {
  readonly heading: Locator;
  readonly duplicates: Locator;
  readonly transfers: Locator;
  readonly proposals: Locator;
  readonly linked: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Duplicates & transfers', level: 1 });
    this.duplicates = page.getByRole('region', { name: 'Possible duplicates' });
    this.transfers = page.getByRole('region', { name: 'Transfers between your accounts' });
    this.proposals = this.transfers.getByRole('list', { name: 'Proposed transfers' }).getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Link' }) });
    this.linked = this.transfers.getByRole('table', { name: 'Linked transfers' }).getByRole('row').filter({ has: page.getByRole('button', { name: /^Unlink/ }) });
  }

  /** One flagged row beside the row it resembles, found by its payee or description. */
  duplicate(text: string): Locator {
    return this.duplicates.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: text, exact: true }) });
  }

  /** The side-by-side table of a pair: [field, just imported, already in the ledger] per line. */
  async comparison(pair: Locator): Promise<string[][]> {
    return pair.getByRole('table').getByRole('row').evaluateAll((rows) => rows.slice(1).map((r) => [...r.children].map((c) => c.textContent ?? '')));
  }

  /** The notice after a change here, with its Undo button. */
  notice(section: Locator): Locator {
    return section.getByRole('status').filter({ hasText: 'Done:' });
  }
}
