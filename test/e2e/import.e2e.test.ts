import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { ImportPage } from './support/import-page';
import { FIXTURES } from './support/paths';
import type { ServeHost } from './support/serve-host';
import { useServeSession } from './support/session';
import { writeCsvStatement } from './support/statements';
import { TransactionsPage } from './support/transactions-page';

const SIMPLE = join(FIXTURES, 'simple.csv');
const SLOW = { timeout: 60_000, interval: 100 };

// One user session against one ledger: each test continues where the previous one left off.
describe('importing statements in the browser (fingood serve)', () => {
  let host: ServeHost;
  let page: Page;
  let importView: ImportPage;
  let txView: TransactionsPage;
  let scratch: string;

  const session = useServeSession();

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'fingood-e2e-files-'));
    ({ host, page } = session);
    importView = new ImportPage(page);
    txView = new TransactionsPage(page);
    await importView.open(host.url);
  });

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('imports a dropped CSV with its progress bar reaching 100 % and lists the batch', async () => {
    expect(page.url()).not.toContain('token='); // the token leaves the address bar
    expect(await importView.account.inputValue()).toBe('Checking');
    await importView.dropFile(SIMPLE);

    await expect.poll(() => importView.progressBar('simple.csv').getAttribute('aria-valuenow'), SLOW).toBe('100');
    await expect.poll(() => importView.job('simple.csv').getByRole('status').textContent(), SLOW)
      .toBe('Imported 30 rows into Checking');
    // The list of imported files refreshes by itself when the ledger changes.
    await expect.poll(() => importView.batchRow('simple.csv').getByRole('cell').allTextContents(), SLOW)
      .toEqual(['simple.csv', 'Checking', '30', '', 'CSV', expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/), 'Delete']);
    await screenshot(page, 'import-view');
  });

  it('shows the imported rows in Transactions, newest first, amounts right-aligned and negatives in red', async () => {
    await importView.goToTransactions();
    await expect.poll(() => txView.count.textContent(), SLOW).toBe('30 transactions');
    await expect.poll(() => txView.renderedRows().first().textContent(), SLOW).toContain('Northwind Traders invoice 1057');

    const payroll = txView.row('Payroll - Gusto');
    const cells = await txView.cells(payroll).allTextContents();
    expect(cells.slice(0, 2)).toEqual(['2025-03-15', 'Checking']);
    expect(cells[2]).toContain('Payroll - Gusto');
    const amount = await txView.cell(payroll, 'Amount');
    expect([await amount.textContent(), await (await txView.cell(payroll, 'Currency')).textContent()]).toEqual(['-3,420.18', 'USD']);
    expect(await amount.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(180, 35, 24)');
    expect(await amount.evaluate((el) => getComputedStyle(el).textAlign)).toBe('right');

    const income = await txView.cell(txView.row('Client payment - Tailspin Toys'), 'Amount');
    expect(await income.textContent()).toBe('860.50');
    expect(await income.evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(180, 35, 24)');
  });

  it('moves a visible focus through the rows with the keyboard', async () => {
    await importView.goToTransactions();
    await txView.grid.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await txView.focusedRow().textContent()).toContain('Chevron 0091');
    const outline = await txView.focusedRow().evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');

    await page.keyboard.press('End');
    await expect.poll(() => txView.focusedRow().textContent(), SLOW).toContain('Opening deposit');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => txView.focusedRow().textContent(), SLOW).toContain('Rent - Harbor View Properties');
    await page.keyboard.press('Home');
    await expect.poll(() => txView.focusedRow().textContent(), SLOW).toContain('Northwind Traders invoice 1057');
    await page.keyboard.press('ArrowDown');
    await screenshot(page, 'transactions-view');
  });

  it('refuses the same file chosen again from the keyboard, naming the earlier import', async () => {
    await txView.goToImport();
    await importView.chooseFileWithKeyboard(SIMPLE);
    await expect.poll(() => importView.jobCount('simple.csv'), SLOW).toBe(2);

    const refusal = importView.job('simple.csv').getByRole('alert');
    await expect.poll(() => refusal.textContent(), SLOW).toContain('Already imported');
    const message = await refusal.textContent();
    expect(message).toMatch(/simple\.csv was already imported on \d{4}-\d{2}-\d{2} as "simple\.csv" \(30 rows into Checking\)/);
    // The earlier batch is named by its id, the SHA-256 of the file.
    expect(message).toContain(createHash('sha256').update(await readFile(SIMPLE)).digest('hex'));
    // …and the way to import it again is named in the words of this window.
    expect(message).toContain('delete that import first (Imported files → Delete');
    // Nothing was added: still one batch, still 30 transactions.
    expect(await importView.batches.getByRole('row').count()).toBe(2);
    await screenshot(page, 'import-already-imported');
    await importView.goToTransactions();
    expect(await txView.count.textContent()).toBe('30 transactions');
  });

  it('asks for an account when neither the statement nor the Account box names one', async () => {
    await txView.goToImport();
    const file = await writeCsvStatement(scratch, 'unnamed.csv', { count: 3, from: '2024-06-01', payee: 'Unnamed shop' });
    await importView.account.fill('');
    await importView.dropFile(file);
    const refusal = importView.job('unnamed.csv').getByRole('alert');
    await expect.poll(() => refusal.textContent(), SLOW).toContain('does not say which account it belongs to');
    expect(await refusal.textContent()).toContain('Choose an account');
    await importView.account.fill('Checking');
  });

  it('pages through a long statement on demand, rendering only the rows in view', async () => {
    await txView.goToImport();
    const file = await writeCsvStatement(scratch, 'savings-2024.csv', { count: 2500, from: '2024-01-01', payee: 'Savings row' });
    await importView.account.fill('Savings');
    await importView.dropFile(file);
    await expect.poll(() => importView.job('savings-2024.csv').getByRole('status').textContent(), SLOW)
      .toBe('Imported 2,500 rows into Savings');
    // The Account suggestions now offer both accounts.
    await expect.poll(() => page.locator('datalist option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)), SLOW)
      .toEqual(['Checking', 'Savings']);

    await importView.goToTransactions();
    await expect.poll(() => txView.count.textContent(), SLOW).toBe('2,530 transactions');
    expect(await txView.renderedRows().count()).toBeLessThan(80);

    await txView.grid.focus();
    await page.keyboard.press('End');
    // The oldest row lives on the 26th page of 100: it is fetched when scrolled into view.
    await expect.poll(() => txView.cells(txView.focusedRow()).nth(2).textContent(), SLOW).toBe('Savings row 1');
    expect(await txView.focusedRow().getAttribute('aria-rowindex')).toBe('2531');
    expect(await txView.renderedRows().count()).toBeLessThan(80);
    await page.keyboard.press('PageUp');
    await expect.poll(() => txView.focusedRow().textContent(), SLOW).toMatch(/Savings row \d+/);
    await screenshot(page, 'transactions-long');
  });

  it('cancels a running import from its Cancel button and keeps nothing of the file', async () => {
    await txView.goToImport();
    // Large enough to be still running when Cancel is clicked after the screenshot below, on a
    // busy machine too (200,000 rows once finished first: imports got faster).
    const file = await writeCsvStatement(scratch, 'bulk.csv', { count: 600_000, from: '2019-01-01', payee: 'Bulk row' });
    await importView.dropFile(file);
    const job = importView.job('bulk.csv');
    const cancel = job.getByRole('button', { name: 'Cancel import of bulk.csv' });
    // Live progress while rows are being saved: phase, rows done of total, percent, time left.
    await expect.poll(() => job.textContent(), SLOW)
      .toMatch(/Saving rows · [1-9][\d,]* of 600,000 rows · \d+ % · (about \d+ (seconds?|minutes?)|less than a second) left/);
    const percent = Number(await importView.progressBar('bulk.csv').getAttribute('aria-valuenow'));
    expect(percent).toBeGreaterThan(0);
    expect(percent).toBeLessThan(100);
    await screenshot(page, 'import-running');
    await cancel.click();

    await expect.poll(() => job.getByRole('status').textContent(), SLOW).toBe('Cancelled. Nothing from this file was saved.');
    expect(await job.getByRole('button', { name: /Cancel/ }).count()).toBe(0);
    expect(await importView.batchRow('bulk.csv').count()).toBe(0);
    await importView.goToTransactions();
    await expect.poll(() => txView.count.textContent(), SLOW).toBe('2,530 transactions');
  });
});
