import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDecimalToMinor } from '../../src-shared/domain/money/decimal';
import { importBigStatement, type BigStatement } from './support/big-ledger';
import { screenshot } from './support/browser';
import { HistoryBar } from './support/history-bar';
import { Nav } from './support/nav';
import { useServeSession } from './support/session';
import { TransactionsPage } from './support/transactions-page';

const ROWS = 100_000;
const SLOW = { timeout: 30_000, interval: 100 };
const CATEGORY = 'Meals & Entertainment';
const FROM = '2020-01-01';
const TO = '2020-03-31';

/** "1234.5" → "1,234.50" as the grid shows amounts. */
const grouped = (decimal: string) => decimal.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const count = (n: number) => `${n.toLocaleString('en-US')} transaction${n === 1 ? '' : 's'}`;

// One user session on one 100k-row ledger: each test continues where the previous one left off.
describe('the Transactions grid on a 100,000-row ledger', () => {
  let page: Page;
  let txView: TransactionsPage;
  let bar: HistoryBar;
  let statement: BigStatement;
  /** Rows of the statement the search-and-dates filter should find. */
  let starbucksQ1: number;
  /** [payee, category] of the filtered rows on screen before the bulk change. */
  let before: string[][];

  const session = useServeSession();

  beforeAll(async () => {
    ({ page } = session);
    statement = await importBigStatement(session.host, ROWS);
    starbucksQ1 = statement.rows.filter(([date, desc]) => date >= FROM && date <= TO && /\bSTARBUCKS\b/.test(desc)).length;
    txView = new TransactionsPage(page);
    bar = new HistoryBar(page);
    await page.goto(session.host.url);
    await new Nav(page).go('Transactions');
  });

  /** [payee, category] of each rendered row, top to bottom. */
  const shownCategories = () => txView.renderedRows().evaluateAll((rows) => rows.map((r) => [
    r.querySelector('.tx-payee')?.textContent ?? '', r.querySelector('.tx-category')?.textContent ?? '',
  ]));

  it('lists every row, goes to the last with End, and sorts by a column header', async () => {
    await expect.poll(() => txView.count.textContent(), SLOW).toBe(count(ROWS));
    await expect.poll(() => txView.renderedRows().first().getAttribute('aria-busy'), SLOW).toBeNull();
    expect(await txView.headers()).toEqual(['Date', 'Account', 'Payee / description', 'Category', 'Amount', 'Currency', 'Balance', 'Memo', 'Tags']);
    expect(await txView.header('Date').getAttribute('aria-sort')).toBe('descending');
    // Newest first: the statement's last line on top.
    const [newestDate, newestDesc] = statement.rows.at(-1)!;
    expect(await txView.renderedRows().first().textContent()).toContain(newestDesc);
    expect(await txView.renderedRows().first().textContent()).toContain(newestDate);
    await screenshot(page, 'screenshots/grid-full');

    await txView.grid.focus();
    await page.keyboard.press('End');
    const [oldestDate, oldestDesc, oldestAmount] = statement.rows[0]!;
    const last = txView.focusedRow();
    await expect.poll(() => last.getAttribute('aria-rowindex'), SLOW).toBe(String(ROWS + 1));
    await expect.poll(() => last.textContent(), SLOW).toContain(oldestDesc);
    expect((await txView.cells(last).allTextContents()).slice(0, 2)).toEqual([oldestDate, 'Checking']);
    expect(await (await txView.cell(last, 'Amount')).textContent()).toBe(grouped(oldestAmount));
    expect(await last.isVisible()).toBe(true);

    // Amount, largest first; a second click turns it round.
    const byAmount = statement.rows.map((r) => parseDecimalToMinor(r[2], { decimal: '.' })!).sort((a, b) => a - b);
    const money = (minor: number) => grouped(`${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${String(Math.abs(minor) % 100).padStart(2, '0')}`);
    await txView.header('Amount').getByRole('button').click();
    expect(await txView.header('Amount').getAttribute('aria-sort')).toBe('descending');
    await expect.poll(async () => (await txView.cell(txView.renderedRows().first(), 'Amount')).textContent(), SLOW).toBe(money(byAmount.at(-1)!));
    await txView.header('Amount').getByRole('button').click();
    expect(await txView.header('Amount').getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(async () => (await txView.cell(txView.renderedRows().first(), 'Amount')).textContent(), SLOW).toBe(money(byAmount[0]!));
    await txView.header('Date').getByRole('button').click();
    expect(await txView.header('Date').getAttribute('aria-sort')).toBe('descending');
    expect(await txView.header('Amount').getAttribute('aria-sort')).toBe('none');
    await expect.poll(() => txView.renderedRows().first().textContent(), SLOW).toContain(newestDesc);
  });

  it('hides a column from the column chooser and remembers it after a reload', async () => {
    await txView.columnsButton().click();
    await page.getByRole('checkbox', { name: 'Balance' }).uncheck();
    await page.keyboard.press('Escape');
    expect(await txView.headers()).not.toContain('Balance');
    await page.reload();
    await new Nav(page).go('Transactions');
    await expect.poll(() => txView.count.textContent(), SLOW).toBe(count(ROWS));
    await expect.poll(() => txView.headers(), SLOW).toEqual(['Date', 'Account', 'Payee / description', 'Category', 'Amount', 'Currency', 'Memo', 'Tags']);
  });

  it('filters by a merchant and a date range; clicks, Shift-clicks and Ctrl-clicks select rows', async () => {
    await txView.filter('Search').fill('starbucks');
    await txView.filter('Date from').fill(FROM);
    await txView.filter('Date to').fill(TO);
    expect(starbucksQ1).toBeGreaterThan(100);
    await expect.poll(() => txView.count.textContent(), SLOW).toBe(count(starbucksQ1));
    await expect.poll(async () => (await txView.renderedRows().allTextContents()).every((t) => t.includes('STARBUCKS')), SLOW).toBe(true);
    const dates = await txView.renderedRows().evaluateAll((rows) => rows.map((r) => r.querySelector('.tx-cell--date')?.textContent ?? ''));
    expect(dates.every((d) => d >= FROM && d <= TO)).toBe(true);
    before = await shownCategories();

    const rows = txView.renderedRows();
    await rows.nth(0).locator('.tx-cell--date').click();
    await rows.nth(4).locator('.tx-cell--date').click({ modifiers: ['Shift'] });
    await expect.poll(() => txView.selectionStatus().textContent()).toBe('5 transactions selected');
    await rows.nth(2).locator('.tx-cell--date').click({ modifiers: ['Control'] });
    await expect.poll(() => txView.selectionStatus().textContent()).toBe('4 transactions selected');
    expect(await txView.selectedRows().count()).toBe(4);
    // Space adds the focused row back; Escape clears.
    await page.keyboard.press('Space');
    await expect.poll(() => txView.selectionStatus().textContent()).toBe('5 transactions selected');
    await page.keyboard.press('Escape');
    await expect.poll(() => txView.selectionStatus().count()).toBe(0);
    // Shift+↓ from the focused row extends a range, one row a press.
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => txView.selectionStatus().textContent()).toBe('3 transactions selected');
    await page.keyboard.press('Escape');
  });

  it('edits a memo and tags in place; Escape leaves a cell as it was', async () => {
    const first = txView.renderedRows().first();
    await (await txView.cell(first, 'Memo')).dblclick();
    await page.keyboard.type('team coffee');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await txView.cell(first, 'Memo')).textContent(), SLOW).toBe('team coffee');
    await expect.poll(() => txView.flash().textContent(), SLOW).toBe('Edit 1 transaction: memo');

    await (await txView.cell(first, 'Tags')).dblclick();
    await page.keyboard.type('client a, travel');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await txView.cell(first, 'Tags')).locator('.tag').allTextContents(), SLOW).toEqual(['client a', 'travel']);

    await (await txView.cell(first, 'Memo')).dblclick();
    await page.keyboard.type(' not kept');
    await page.keyboard.press('Escape');
    expect(await (await txView.cell(first, 'Memo')).textContent()).toBe('team coffee');
    // The Undo button learns of the change from the ledger's change event, after the grid does.
    await expect.poll(async () => (await bar.state(bar.undo)).tooltip, SLOW).toBe('Undo: Edit 1 transaction: tags client a, travel (Ctrl+Z)');
  });

  it('selects all rows matching the filter and sets their category in one change', async () => {
    await txView.selectAllBox().check();
    await expect.poll(() => txView.selectionStatus().textContent()).toBe(`All ${starbucksQ1.toLocaleString('en-US')} matching transactions selected`);
    await screenshot(page, 'screenshots/grid-filtered-selected');

    await txView.bulkSet('Category', CATEGORY);
    const label = `Set category of ${count(starbucksQ1)} to ${CATEGORY}`;
    await expect.poll(() => txView.flash().textContent(), SLOW).toBe(label);
    await expect.poll(async () => (await shownCategories()).map(([, c]) => c), SLOW).toEqual(before.map(() => CATEGORY));
    expect(await txView.category(txView.renderedRows().first())).toEqual([CATEGORY, 'you']);
    expect(await txView.count.textContent()).toBe(count(starbucksQ1));
    await expect.poll(async () => (await bar.state(bar.undo)).tooltip, SLOW).toBe(`Undo: ${label} (Ctrl+Z)`);
    await screenshot(page, 'screenshots/grid-after-bulk-set');
  });

  it('undoes the bulk change with Ctrl+Z, redoes it with the button, and lists it in the History panel', async () => {
    const label = `Set category of ${count(starbucksQ1)} to ${CATEGORY}`;
    await txView.grid.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => bar.status.textContent(), SLOW).toBe(`Undone: ${label}`);
    await expect.poll(() => shownCategories(), SLOW).toEqual(before);

    const history = page.getByRole('dialog', { name: 'History' });
    await bar.toolbar.getByRole('button', { name: 'History' }).click();
    const entry = history.getByRole('listitem').filter({ hasText: label });
    await expect.poll(() => entry.count(), SLOW).toBe(1);
    expect(await entry.textContent()).toContain('undone');
    await page.keyboard.press('Escape');
    expect(await history.count()).toBe(0);

    await bar.redo.click();
    await expect.poll(() => bar.status.textContent(), SLOW).toBe(`Redone: ${label}`);
    await expect.poll(async () => (await shownCategories()).map(([, c]) => c), SLOW).toEqual(before.map(() => CATEGORY));

    await bar.toolbar.getByRole('button', { name: 'History' }).click();
    await expect.poll(async () => (await history.getByRole('listitem').first().textContent()) ?? '', SLOW).toContain(label);
    expect(await history.getByRole('listitem').first().textContent()).not.toContain('undone');
    expect(await history.getByRole('listitem').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Edit 1 transaction: memo')]));
    await screenshot(page, 'screenshots/grid-history-panel');
    await history.getByRole('button', { name: 'Close' }).click();
  });

  it('leaves a row out of "all matching" with Ctrl-click, and the bulk change skips it', async () => {
    const rows = txView.renderedRows();
    await expect.poll(() => txView.selectionStatus().textContent()).toBe(`All ${starbucksQ1.toLocaleString('en-US')} matching transactions selected`);
    await rows.nth(0).locator('.tx-cell--date').click({ modifiers: ['Control'] });
    const kept = starbucksQ1 - 1;
    await expect.poll(() => txView.selectionStatus().textContent()).toBe(`${kept.toLocaleString('en-US')} of ${starbucksQ1.toLocaleString('en-US')} matching transactions selected`);
    await txView.bulkSet('Tags', 'q1 coffee');
    await expect.poll(() => txView.flash().textContent(), SLOW).toBe(`Edit ${count(kept)}: tags q1 coffee`);
    await expect.poll(async () => (await txView.cell(rows.nth(1), 'Tags')).locator('.tag').allTextContents(), SLOW).toEqual(['q1 coffee']);
    expect(await (await txView.cell(rows.nth(0), 'Tags')).locator('.tag').allTextContents()).not.toContain('q1 coffee');
    await bar.undo.click();
    await expect.poll(async () => (await txView.cell(rows.nth(1), 'Tags')).locator('.tag').allTextContents(), SLOW).toEqual([]);
  });

  it('clears the selection when the filter changes', async () => {
    await expect.poll(() => txView.selectionStatus().count()).toBe(1);
    await txView.filter('Search').fill('');
    await expect.poll(() => txView.count.textContent(), SLOW).not.toBe(count(starbucksQ1));
    expect(await txView.selectionStatus().count()).toBe(0);
    expect(await txView.selectedRows().count()).toBe(0);
  });

  it('refuses a bad value for the whole selection, saying why, and changes nothing', async () => {
    const rows = txView.renderedRows();
    const payees = async () => (await rows.evaluateAll((rs) => rs.slice(0, 3).map((r) => r.querySelector('.tx-payee')?.textContent ?? '')));
    const was = await payees();
    await rows.nth(0).locator('.tx-cell--date').click();
    await rows.nth(2).locator('.tx-cell--date').click({ modifiers: ['Shift'] });
    await expect.poll(() => txView.selectionStatus().textContent()).toBe('3 transactions selected');
    await txView.bulkSet('Payee', 'x'.repeat(201));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), SLOW).toMatch(/^Could not change the transactions.*at most 200 character/);
    expect(await payees()).toEqual(was);
  });

  it('marks a row reviewed and opens the split editor for the one selected row', async () => {
    const first = txView.renderedRows().first();
    await first.locator('.tx-cell--date').click();
    await expect.poll(() => txView.selectionStatus().textContent()).toBe('1 transaction selected');
    const waiting = (await txView.category(first))[0] === 'To review';
    await txView.bulkBar().getByRole('button', { name: 'Mark reviewed' }).click();
    await expect.poll(() => txView.flash().textContent(), SLOW).toMatch(waiting ? /^Mark 1 transaction reviewed$/ : /^Nothing to change/);
    expect(await page.getByRole('alert').count()).toBe(0);
    if (waiting) await expect.poll(async () => (await txView.category(first))[0], SLOW).toBe('—');

    await txView.bulkBar().getByRole('button', { name: 'Split…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Split / });
    await expect.poll(() => dialog.count(), SLOW).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), SLOW).toBe(0);
  });

  it('deletes the selected rows after asking, and Undo brings them back', async () => {
    const total = (await txView.count.textContent()) ?? '';
    const n = Number(total.replace(/\D/g, ''));
    const rows = txView.renderedRows();
    await rows.nth(0).locator('.tx-cell--date').click();
    await rows.nth(2).locator('.tx-cell--date').click({ modifiers: ['Shift'] });
    await txView.bulkBar().getByRole('button', { name: 'Delete…' }).click();
    const question = txView.bulkBar().getByRole('group', { name: 'Delete the selected transactions?' });
    expect(await question.textContent()).toContain('Delete 3 transactions? Undo brings them back.');
    await question.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => txView.flash().textContent(), SLOW).toBe('Delete 3 transactions');
    await expect.poll(() => txView.count.textContent(), SLOW).toBe(count(n - 3));
    expect(await txView.selectionStatus().count()).toBe(0);
    await bar.undo.click();
    await expect.poll(() => txView.count.textContent(), SLOW).toBe(count(n));
  });

  it('filters by an amount range typed as decimals, and says when a box cannot be read', async () => {
    const expected = statement.rows.filter(([date, , amount]) => {
      const minor = parseDecimalToMinor(amount, { decimal: '.' })!;
      return date >= FROM && date <= TO && minor >= -600 && minor <= -500;
    }).length;
    await txView.filter('Amount from').fill('-6.00');
    await txView.filter('Amount to').fill('-5');
    await expect.poll(() => txView.count.textContent(), SLOW).toBe(count(expected));
    const amounts = await txView.renderedRows().evaluateAll((rs) => rs.map((r) => r.querySelector('.num')?.textContent ?? ''));
    expect(amounts.every((a) => Number(a) >= -6 && Number(a) <= -5)).toBe(true);

    await txView.filter('Amount to').fill('12,5');
    await expect.poll(() => txView.filters().getByText('Type an amount like -12.50 (a point before the cents).').count()).toBe(1);
    expect(await txView.filter('Amount to').getAttribute('aria-invalid')).toBe('true');
    await txView.filters().getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => txView.count.textContent(), SLOW).toBe(count(ROWS));
  });
});
