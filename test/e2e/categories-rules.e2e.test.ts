import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { HistoryBar } from './support/history-bar';
import { ImportPage } from './support/import-page';
import { Nav } from './support/nav';
import { FIXTURES } from './support/paths';
import { ReviewPage } from './support/review-page';
import { RulesPage } from './support/rules-page';
import type { ServeHost } from './support/serve-host';
import { useServeSession } from './support/session';
import { TransactionsPage } from './support/transactions-page';

const HISTORY = join(FIXTURES, 'history-categorized.csv');
const SLOW = { timeout: 60_000, interval: 100 };

// One user session against one fresh ledger: each test continues where the previous one left off.
describe('rules offered from corrections, and the chart of categories (fingood serve)', () => {
  let host: ServeHost;
  let page: Page;
  let nav: Nav;
  let txView: TransactionsPage;
  let review: ReviewPage;
  let rules: RulesPage;
  let bar: HistoryBar;
  let importView: ImportPage;

  const session = useServeSession();

  beforeAll(async () => {
    ({ host, page } = session);
    nav = new Nav(page);
    txView = new TransactionsPage(page);
    review = new ReviewPage(page);
    rules = new RulesPage(page);
    bar = new HistoryBar(page);
    importView = new ImportPage(page);
    await importView.open(host.url);
  });

  it('corrects a merchant of an imported history three times from the grid, each an undoable change', async () => {
    expect(await importView.importStatement(HISTORY)).toBe('Imported 40 rows into Checking');
    await nav.go('Transactions');
    const first = txView.row('BLUE BOTTLE COFFEE #1273');
    await expect.poll(() => txView.category(first), SLOW).toEqual(['Dining', 'imported']);
    await txView.categoryCell(first).click();
    await page.keyboard.type('meals');
    await page.keyboard.press('Enter');
    await expect.poll(() => txView.category(first), SLOW).toEqual(['Meals & Entertainment', 'you']);
    expect((await bar.state(bar.undo)).tooltip).toBe('Undo: File a transaction under Meals & Entertainment (Ctrl+Z)');
    for (const row of ['BLUE BOTTLE COFFEE #1252', 'BLUE BOTTLE COFFEE #1196']) {
      await txView.scrollTo(txView.focusedRow().filter({ hasText: row }));
      await page.keyboard.press('Enter');
      await page.keyboard.type('meals');
      await page.keyboard.press('Enter');
      await expect.poll(() => txView.category(txView.row(row)), SLOW).toEqual(['Meals & Entertainment', 'you']);
    }
    // Escape closes the picker without filing anything.
    await page.keyboard.press('Enter');
    await page.keyboard.type('groc');
    await page.keyboard.press('Escape');
    expect(await txView.grid.getByRole('combobox').count()).toBe(0);
    expect(await txView.category(txView.row('BLUE BOTTLE COFFEE #1196'))).toEqual(['Meals & Entertainment', 'you']);
  });

  it('offers a rule for a merchant filed the same way three times, previewed before it is saved', async () => {
    await nav.go('Review');
    const offer = review.offers.getByRole('listitem', { name: 'Blue Bottle Coffee under Meals & Entertainment' });
    await expect.poll(() => offer.count(), SLOW).toBe(1);
    expect(await offer.textContent()).toContain('filed so 3 times');
    await offer.getByRole('button', { name: 'Make a rule' }).click();
    // The rows it would match are all filed by the user or the imported file: a rule leaves them be.
    await expect.poll(() => offer.locator('.offer__preview').textContent(), SLOW).toMatch(/^It would change no existing row \(a rule never changes rows you filed/);
    await screenshot(page, 'categorize-rule-offer');
    await offer.getByRole('button', { name: 'Save rule' }).click();
    await expect.poll(() => review.offers.getByRole('status').textContent(), SLOW).toBe('Saved the rule “Blue Bottle Coffee → Meals & Entertainment”.');
    // The offer goes when the offers are read again, which may be just after the status line.
    await expect.poll(() => offer.count(), SLOW).toBe(0);
    await nav.go('Rules');
    await expect.poll(() => rules.rule('Blue Bottle Coffee → Meals & Entertainment').textContent(), SLOW)
      .toContain('When text contains "blue bottle coffee" → Meals & Entertainment');
    // Deleting asks first, with the focus on No.
    await rules.rule('Blue Bottle Coffee → Meals & Entertainment').getByRole('button', { name: /^Delete the rule/ }).click();
    const question = rules.list.getByRole('group', { name: 'Delete the rule Blue Bottle Coffee → Meals & Entertainment?' });
    expect(await question.getByRole('button', { name: 'No' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await question.getByRole('button', { name: 'Yes' }).click();
    await expect.poll(() => rules.list.count(), SLOW).toBe(0);
    await expect.poll(() => rules.flash.textContent(), SLOW).toBe('Deleted the rule “Blue Bottle Coffee → Meals & Entertainment”.');
  });

  it('adds, renames, merges and restores a category in the Categories panel', async () => {
    await nav.go('Rules');
    await rules.categories.getByLabel('New category', { exact: true }).fill('Coffee');
    await rules.categories.getByLabel('Under', { exact: true }).selectOption({ label: 'Personal & Other' });
    await rules.categories.getByRole('button', { name: 'Add category' }).click();
    await expect.poll(() => rules.categoryItem('Coffee').count(), SLOW).toBe(1);
    expect(await rules.categories.getByRole('list', { name: 'Under Personal & Other' }).textContent()).toContain('Coffee');

    await rules.categoryItem('Coffee').getByRole('button', { name: 'Rename' }).click();
    await rules.categories.getByLabel('New name for Coffee').fill('Coffee & Tea');
    await page.keyboard.press('Enter');
    await expect.poll(() => rules.categoryItem('Coffee & Tea').count(), SLOW).toBe(1);

    await rules.categoryItem('Coffee & Tea').getByRole('button', { name: 'Merge into…' }).click();
    await rules.categories.getByLabel('into').selectOption({ label: 'Personal & Other › Dining' });
    await rules.categories.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => rules.categories.getByRole('status').textContent(), SLOW).toBe('Merged “Coffee & Tea” into “Dining”: moved 0 rows.');
    const archived = rules.categories.locator('details');
    await archived.locator('summary').click();
    await archived.getByRole('group', { name: 'Coffee & Tea' }).getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => rules.categories.getByRole('list', { name: 'Under Personal & Other' }).textContent(), SLOW).toContain('Coffee & Tea');
    await screenshot(page, 'categorize-rules-view');
  });
});
