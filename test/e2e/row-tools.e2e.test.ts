import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { HistoryBar } from './support/history-bar';
import { ImportPage } from './support/import-page';
import { MatchingPage } from './support/matching-page';
import { Nav } from './support/nav';
import type { ServeHost } from './support/serve-host';
import { useServeSession } from './support/session';
import { SplitDialog } from './support/split-dialog';
import { TransactionsPage } from './support/transactions-page';

const SLOW = { timeout: 60_000, interval: 100 };

/**
 * The row tools of issue #6 in the browser, on statements imported as a user would: a checking
 * and a savings export holding the two legs of one transfer, and a second checking export
 * with a look-alike of a line already imported (a possible duplicate).
 */
describe('row tools: duplicates side by side, transfers, splits (fingood serve)', () => {
  let host: ServeHost;
  let page: Page;
  let importView: ImportPage;
  let nav: Nav;
  let view: MatchingPage;
  let bar: HistoryBar;
  let txView: TransactionsPage;
  let split: SplitDialog;
  let scratch: string;

  const session = useServeSession();

  const write = async (name: string, lines: string[]) => {
    const path = join(scratch, name);
    await writeFile(path, `Date,Description,Amount\n${lines.join('\n')}\n`);
    return path;
  };
  const importInto = async (account: string, path: string) => {
    // The Import view's text box (the grid's filter bar has an account picker too).
    await importView.account.and(page.locator('input')).fill(account);
    expect(await importView.importStatement(path)).toMatch(/^Imported \d+ rows? into /);
  };

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'fingood-e2e-rowtools-'));
    ({ host, page } = session);
    importView = new ImportPage(page);
    nav = new Nav(page);
    view = new MatchingPage(page);
    bar = new HistoryBar(page);
    txView = new TransactionsPage(page);
    split = new SplitDialog(page);
    await importView.open(host.url);
    await importInto('Business Checking', await write('checking-jan.csv', [
      '2024-01-05,ACME SUPPLIES,-40.00',
      '2024-01-06,VENDOR F5 STORE,-15.25',
      '2024-01-10,ONLINE TRANSFER TO SAVINGS,-250.00',
      '2024-01-15,CITY WATER,-61.10',
      '2024-01-20,CLIENT PAYMENT INV 7,1200.00',
    ]));
    await importInto('Savings', await write('savings-jan.csv', ['2024-01-12,TRANSFER FROM BUSINESS CHECKING,250.00', '2024-01-31,INTEREST CREDIT,1.05']));
    await importInto('Business Checking', await write('checking-jan-again.csv', ['2024-01-07,VENDOR F5 STORES INC,-15.25']));
  });

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('shows a possible duplicate side by side with the row it resembles, with its score and reasons', async () => {
    await nav.go('Duplicates & transfers');
    await view.heading.waitFor();
    const pair = view.duplicate('VENDOR F5 STORES INC');
    await pair.waitFor(SLOW);
    expect(await view.duplicates.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Merge' }) }).count()).toBe(1);
    expect(await pair.getByText(/^\d+ % alike$/).count()).toBe(1);
    expect(await pair.getByRole('list', { name: 'Why it looks like a duplicate' }).getByRole('listitem').allTextContents())
      .toEqual(expect.arrayContaining(['same amount', '1 day apart']));
    expect(await view.comparison(pair)).toEqual([
      ['Date', '2024-01-07', '2024-01-06'],
      ['Amount', '-15.25 USD', '-15.25 USD'],
      ['Payee', 'VENDOR F5 STORES INC', 'VENDOR F5 STORE'],
      ['Description', 'VENDOR F5 STORES INC', 'VENDOR F5 STORE'],
      ['Account', 'Business Checking', 'Business Checking'],
      ['File', 'checking-jan-again.csv', 'checking-jan.csv'],
    ]);
    // What differs is marked, so the eye finds it.
    expect(await pair.locator('tr.compare__differs th').allTextContents()).toEqual(['Date', 'Payee', 'Description', 'File']);
    await pair.scrollIntoViewIfNeeded();
    await screenshot(page, 'screenshots/rowtools-duplicate-side-by-side');
  });

  it('merges the duplicate from the keyboard, and the app’s Undo brings it back', async () => {
    const pair = view.duplicate('VENDOR F5 STORES INC');
    // Keyboard: Keep both comes first, Tab reaches Merge, Enter presses it.
    await pair.getByRole('button', { name: 'Keep both' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Merge');
    await page.keyboard.press('Enter');
    await expect.poll(() => pair.count(), SLOW).toBe(0);
    await expect.poll(() => view.notice(view.duplicates).textContent(), SLOW).toContain('Merge duplicate: VENDOR F5 STORES INC');
    await expect.poll(() => view.duplicates.getByText('No possible duplicates.').count(), SLOW).toBe(1);
    // Nothing left to review: the focus waits on the notice's Undo.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), SLOW).toBe('Undo');

    await bar.undo.click();
    await expect.poll(() => bar.status.textContent(), SLOW).toContain('Undone: Merge duplicate: VENDOR F5 STORES INC');
    await expect.poll(() => pair.count(), SLOW).toBe(1);
    expect((await view.comparison(pair))[0]).toEqual(['Date', '2024-01-07', '2024-01-06']);
  });

  it('proposes the transfer between the two accounts with score and reasons, links it and lists it as linked', async () => {
    const proposal = view.proposals.filter({ hasText: 'ONLINE TRANSFER TO SAVINGS' });
    await proposal.waitFor(SLOW);
    expect(await view.proposals.count()).toBe(1);
    expect(await proposal.getByRole('heading').textContent()).toBe('Business Checking → Savings');
    const text = (await proposal.textContent()) ?? '';
    expect(text).toContain('TRANSFER FROM BUSINESS CHECKING');
    expect(text).toMatch(/-250\.00 USD/);
    expect(text).toMatch(/\d+ % sure/);
    expect(await proposal.getByRole('list', { name: 'Why they look like one transfer' }).getByRole('listitem').allTextContents())
      .toEqual(expect.arrayContaining(['opposite amounts', '2 days apart', 'says transfer']));
    expect(await view.linked.count()).toBe(0);
    await view.transfers.scrollIntoViewIfNeeded();
    await screenshot(page, 'screenshots/rowtools-transfers-proposed');

    await proposal.getByRole('button', { name: 'Link' }).press('Enter');
    await expect.poll(() => view.linked.count(), SLOW).toBe(1);
    expect(await view.proposals.count()).toBe(0);
    expect(await view.linked.first().getByRole('cell').allTextContents())
      .toEqual(['2024-01-10 / 2024-01-12', 'Business Checking', 'Savings', '250.00 USD', 'ONLINE TRANSFER TO SAVINGS', 'Unlink']);
    await expect.poll(() => view.notice(view.transfers).textContent(), SLOW).toContain('Link transfer: ONLINE TRANSFER TO SAVINGS ↔ TRANSFER FROM BUSINESS CHECKING');
    await view.transfers.scrollIntoViewIfNeeded();
    await screenshot(page, 'screenshots/rowtools-transfers-linked');
  });

  it('unlinks the transfer: it is proposed again', async () => {
    await view.linked.first().getByRole('button', { name: /^Unlink transfer ONLINE TRANSFER TO SAVINGS/ }).click();
    await expect.poll(() => view.linked.count(), SLOW).toBe(0);
    await expect.poll(() => view.proposals.count(), SLOW).toBe(1);
    await expect.poll(() => view.notice(view.transfers).textContent(), SLOW).toContain('Unlink transfer');
    // The notice's Undo undoes exactly that: linked again.
    await view.notice(view.transfers).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => view.linked.count(), SLOW).toBe(1);
    await bar.undo.click(); // the link itself
    await expect.poll(() => view.linked.count(), SLOW).toBe(0);
    await expect.poll(() => view.proposals.count(), SLOW).toBe(1);
  });

  it('keeps both rows of a possible duplicate, undoably', async () => {
    const pair = view.duplicate('VENDOR F5 STORES INC');
    await pair.getByRole('button', { name: 'Keep both' }).click();
    await expect.poll(() => pair.count(), SLOW).toBe(0);
    await expect.poll(() => view.notice(view.duplicates).textContent(), SLOW).toContain('Keep both: VENDOR F5 STORES INC');
    await view.notice(view.duplicates).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => pair.count(), SLOW).toBe(1);
  });

  /** Focuses the grid's row of `text` and presses S, as a user splits a row from the keyboard. */
  const openSplit = async (text: string) => {
    await nav.go('Transactions');
    const row = txView.row(text);
    await row.waitFor(SLOW);
    await txView.grid.focus();
    // The grid names its focused row with aria-activedescendant.
    const focused = async () => {
      const id = await txView.grid.getAttribute('aria-activedescendant');
      return id ? (await page.locator(`[id="${id}"]`).textContent()) ?? '' : '';
    };
    for (let i = 0; i < 50 && !(await focused()).includes(text); i++) await page.keyboard.press('ArrowDown');
    expect(await focused()).toContain(text);
    await page.keyboard.press('s');
    await split.dialog.waitFor();
    return row;
  };

  it('splits a row into two categories from the grid: Save waits until the parts add up exactly', async () => {
    const row = await openSplit('CITY WATER');
    // The focus is in the dialog, on the first part's category; the S that opened it typed nothing.
    expect(await split.category(1).evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await split.parts()).map((p) => p.slice(1))).toEqual([['', ''], ['', '']]);
    expect(await split.parts().then((p) => p[1])).toEqual(['', '', '']);
    expect(await split.remaining.textContent()).toBe('61.10 left to assign');
    expect(await split.save.isDisabled()).toBe(true);

    await split.category(1).fill('Utilities');
    await split.amount(1).fill('50');
    await split.category(2).fill('office supplies');
    await split.amount(2).fill('11.2');
    await split.memo(2).fill('paper');
    expect(await split.remaining.textContent()).toBe('0.10 too much');
    expect(await split.problem.textContent()).toBe('0.10 too much');
    expect(await split.save.isDisabled()).toBe(true);
    await screenshot(page, 'screenshots/rowtools-split-editor-unbalanced');
    await split.amount(2).fill('11.05');
    expect(await split.remaining.textContent()).toBe('0.05 left to assign');
    expect(await split.save.isDisabled()).toBe(true);
    await split.amount(2).fill('12.345');
    await split.amount(2).blur();
    expect(await split.dialog.getByText('Use at most 2 decimals.').count()).toBe(1);
    await split.amount(2).fill('11.10');
    expect(await split.remaining.textContent()).toBe('Fully assigned');
    expect(await split.problem.textContent()).toBe('');
    expect(await split.save.isEnabled()).toBe(true);
    await screenshot(page, 'screenshots/rowtools-split-editor');

    await split.save.click();
    await expect.poll(() => split.dialog.count(), SLOW).toBe(0);
    await expect.poll(() => txView.categoryCell(row).locator('.tx-category').textContent(), SLOW).toBe('Split (2)');
    expect(await txView.categoryCell(row).getAttribute('title')).toBe('Split: Utilities -50.00, Office Supplies -11.10. Press S to change it.');
  });

  it('reopens the split with its parts; Escape closes it unchanged; Undo unsplits the row', async () => {
    const row = await openSplit('CITY WATER');
    expect(await split.parts()).toEqual([['Utilities', '50.00', ''], ['Office Supplies', '11.10', 'paper']]);
    expect(await split.removeSplit.isVisible()).toBe(true);
    // Tab stays inside the dialog.
    for (let i = 0; i < 20; i++) await page.keyboard.press('Tab');
    expect(await split.dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => split.dialog.count(), SLOW).toBe(0);
    expect(await txView.categoryCell(row).locator('.tx-category').textContent()).toBe('Split (2)');

    await bar.undo.click();
    await expect.poll(() => bar.status.textContent(), SLOW).toContain('Undone: Split CITY WATER into 2 parts');
    await expect.poll(() => txView.categoryCell(row).locator('.tx-category').textContent(), SLOW).not.toBe('Split (2)');
    await bar.redo.click();
    await expect.poll(() => txView.categoryCell(row).locator('.tx-category').textContent(), SLOW).toBe('Split (2)');
  });

  it('removes a split from the editor', async () => {
    const row = await openSplit('CITY WATER');
    await split.removeSplit.click();
    await expect.poll(() => split.dialog.count(), SLOW).toBe(0);
    await expect.poll(() => txView.categoryCell(row).locator('.tx-category').textContent(), SLOW).not.toBe('Split (2)');
  });
});
