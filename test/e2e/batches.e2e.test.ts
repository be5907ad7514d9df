import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { HistoryBar } from './support/history-bar';
import { ImportPage } from './support/import-page';
import { recordApiCalls, recordedProgress, startRecordingProgress } from './support/page-recorders';
import { FIXTURES } from './support/paths';
import type { ServeHost } from './support/serve-host';
import { useServeSession } from './support/session';
import { writeCsvStatement } from './support/statements';
import { TransactionsPage } from './support/transactions-page';

const SIMPLE = join(FIXTURES, 'simple.csv');
const SLOW = { timeout: 60_000, interval: 100 };
const BIG_ROWS = 50_000;
const UNDO_TIP = 'Undo: Delete the import of simple.csv (Ctrl+Z)';
const REDO_TIP = 'Redo: Delete the import of simple.csv (Ctrl+Shift+Z)';

// One user session against one fresh ledger: each test continues where the previous one left off.
describe('imported files: several at once, refusal, delete, undo and redo, overlapping statements', () => {
  let host: ServeHost;
  let page: Page;
  let calls: string[];
  let importView: ImportPage;
  let txView: TransactionsPage;
  let bar: HistoryBar;
  let scratch: string;
  let big: string;

  const session = useServeSession();

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'fingood-e2e-batches-'));
    // Ten rows a day from 2010: all older than simple.csv (March 2025).
    big = await writeCsvStatement(scratch, 'big.csv', { count: BIG_ROWS, from: '2010-01-01', payee: 'Big row' });
    ({ host, page } = session);
    calls = recordApiCalls(page);
    importView = new ImportPage(page);
    txView = new TransactionsPage(page);
    bar = new HistoryBar(page);
    await importView.open(host.url);
  });

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  /** The Transactions view's total comes to `expected` (it refreshes when the ledger changes). */
  const expectTransactions = async (expected: string) => {
    await importView.goToTransactions();
    await expect.poll(() => txView.count.textContent(), SLOW).toBe(expected);
    await txView.goToImport();
  };

  it('imports two files dropped together, each with its own progress bar reaching 100 % and its own row count', async () => {
    expect(await bar.state(bar.undo)).toEqual({ enabled: false, tooltip: 'Nothing to undo' });
    expect(await bar.state(bar.redo)).toEqual({ enabled: false, tooltip: 'Nothing to redo' });
    await startRecordingProgress(page);
    await importView.dropFiles([SIMPLE, big]);
    await expect.poll(() => importView.progressBar('big.csv').getAttribute('aria-valuenow'), SLOW).not.toBeNull();
    await screenshot(page, 'batches-two-files-running');

    await expect.poll(() => importView.job('simple.csv').getByRole('status').textContent(), SLOW).toBe('Imported 30 rows into Checking');
    await expect.poll(() => importView.job('big.csv').getByRole('status').textContent(), SLOW).toBe('Imported 50,000 rows into Checking');
    expect(await importView.progressBar('simple.csv').getAttribute('aria-valuenow')).toBe('100');
    expect(await importView.progressBar('big.csv').getAttribute('aria-valuenow')).toBe('100');

    // The big file was watched on its way: its bar climbed through values below 100 and showed
    // 100 only once finished, and the line under it named the phases in plain words.
    const { bars, details } = await recordedProgress(page);
    const bigValues = bars['Import of big.csv']!.filter((v) => v !== 'none').map(Number);
    expect(bigValues.at(-1)).toBe(100);
    expect(bigValues.length).toBeGreaterThan(2);
    expect(bigValues.slice(0, -1).every((v) => v < 100)).toBe(true);
    expect(bigValues).toEqual([...bigValues].sort((a, b) => a - b));
    expect(bars['Import of simple.csv']!.at(-1)).toBe('100');
    expect(details.some((d) => /^(Reading file|Reading statement|Checking for duplicates) · /.test(d))).toBe(true);
    expect(details.some((d) => /^Saving rows · [\d,]+ of 50,000 rows · \d+ %/.test(d))).toBe(true);

    await expect.poll(() => importView.batches.getByRole('row').count(), SLOW).toBe(3);
    expect(await importView.batchRow('big.csv').getByRole('cell').nth(2).textContent()).toBe('50,000');
    await screenshot(page, 'batches-two-files-done');
    await expectTransactions('50,030 transactions');
  });

  it('refuses one of them dropped again, naming the earlier import and how to delete it', async () => {
    await importView.dropFile(SIMPLE);
    await expect.poll(() => importView.jobCount('simple.csv'), SLOW).toBe(2);
    const refusal = importView.job('simple.csv').getByRole('alert');
    await expect.poll(() => refusal.textContent(), SLOW).toContain('Already imported');
    const message = (await refusal.textContent()) ?? '';
    expect(message).toContain('simple.csv was already imported on');
    expect(message).toContain('as "simple.csv" (30 rows into Checking)');
    expect(message).toContain('delete that import first (Imported files → Delete');
    await screenshot(page, 'batches-already-imported');
    expect(await importView.batches.getByRole('row').count()).toBe(3);
  });

  it('deletes that import from the Imported files list after asking in place', async () => {
    await importView.deleteButton('simple.csv').click();
    const question = importView.deleteQuestion('simple.csv');
    expect(await question.textContent()).toContain('Delete 30 rows?');
    // No is focused, so a second Enter cannot delete; Escape asks no more.
    expect(await question.getByRole('button', { name: 'No' }).evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => importView.deleteButton('simple.csv').evaluate((b) => b === document.activeElement), SLOW).toBe(true);
    expect(await question.count()).toBe(0);

    await importView.deleteButton('simple.csv').click();
    await screenshot(page, 'batches-delete-question');
    await question.getByRole('button', { name: 'Yes' }).click();

    await expect.poll(() => importView.deletedNotice.textContent(), SLOW).toContain('Deleted the import of simple.csv (30 rows).');
    expect(await importView.deletedNotice.getByRole('button', { name: 'Undo' }).isVisible()).toBe(true);
    await expect.poll(() => importView.batchRow('simple.csv').count(), SLOW).toBe(0);
    expect(await importView.batches.getByRole('row').count()).toBe(2);
    await expect.poll(() => bar.state(bar.undo), SLOW).toEqual({ enabled: true, tooltip: UNDO_TIP });
    expect(await bar.state(bar.redo)).toEqual({ enabled: false, tooltip: 'Nothing to redo' });
    await screenshot(page, 'batches-deleted-notice');
    await expectTransactions('50,000 transactions');
  });

  it('brings the import back with the Undo button in the top bar', async () => {
    await bar.undo.click();
    await expect.poll(() => importView.batchRow('simple.csv').count(), SLOW).toBe(1);
    await expect.poll(() => bar.status.textContent(), SLOW).toBe('Undone: Delete the import of simple.csv');
    // The notice goes when the history panel's state arrives, which may be just after the status line.
    await expect.poll(() => importView.deletedNotice.count(), SLOW).toBe(0);
    await expect.poll(() => bar.state(bar.redo), SLOW).toEqual({ enabled: true, tooltip: REDO_TIP });
    expect(await bar.state(bar.undo)).toEqual({ enabled: false, tooltip: 'Nothing to undo' });
    await screenshot(page, 'batches-undone');
    await expectTransactions('50,030 transactions');
  });

  it('redoes and undoes again from the keyboard, outside text fields', async () => {
    await importView.heading.click();
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => importView.batchRow('simple.csv').count(), SLOW).toBe(0);
    await expect.poll(() => bar.status.textContent(), SLOW).toBe('Redone: Delete the import of simple.csv');
    await expectTransactions('50,000 transactions');

    await page.keyboard.press('Control+Z');
    await expect.poll(() => importView.batchRow('simple.csv').count(), SLOW).toBe(1);
    await expectTransactions('50,030 transactions');

    await page.keyboard.press('Control+Y');
    await expect.poll(() => importView.batchRow('simple.csv').count(), SLOW).toBe(0);
    await expect.poll(() => bar.state(bar.undo), SLOW).toEqual({ enabled: true, tooltip: UNDO_TIP });

    // In the Account box, Ctrl+Z undoes the typing, not the ledger.
    const undosBefore = calls.filter((m) => m === 'ledger.undo').length;
    await importView.account.click();
    await page.keyboard.press('End');
    await page.keyboard.type('X');
    expect(await importView.account.inputValue()).toBe('CheckingX');
    await page.keyboard.press('Control+Z');
    expect(await importView.account.inputValue()).toBe('Checking');
    await page.waitForTimeout(500);
    expect(calls.filter((m) => m === 'ledger.undo').length).toBe(undosBefore);
    expect(await importView.batchRow('simple.csv').count()).toBe(0);

    // The notice is back with the redone deletion, and its own Undo restores the import.
    await importView.deletedNotice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => importView.batchRow('simple.csv').count(), SLOW).toBe(1);
    await expectTransactions('50,030 transactions');
  });

  it('skips the rows of an overlapping statement that are already in the ledger and flags a near match', async () => {
    const rows = { from: '2025-06-01', payee: 'Overlap row' };
    const first = await writeCsvStatement(scratch, 'june-a.csv', { ...rows, count: 20 });
    // Rows 11-40: 11-20 repeat june-a.csv exactly; plus row 1 again, a day later: a possible duplicate.
    const second = await writeCsvStatement(scratch, 'june-b.csv', { ...rows, count: 30, offset: 10 }, ['2025-06-02,Overlap row 1,1.00']);

    await importView.dropFile(first);
    await expect.poll(() => importView.job('june-a.csv').getByRole('status').textContent(), SLOW).toBe('Imported 20 rows into Checking');
    await importView.dropFile(second);
    await expect.poll(() => importView.job('june-b.csv').getByRole('status').textContent(), SLOW)
      .toBe('Imported 21 rows into Checking · 10 already in the ledger skipped · 1 possible duplicate');
    await expect.poll(() => importView.batchRow('june-b.csv').getByRole('cell').allTextContents(), SLOW)
      .toEqual(['june-b.csv', 'Checking', '21', '10 already in the ledger · 1 possible duplicate', 'CSV', expect.any(String), 'Delete']);
    await screenshot(page, 'batches-overlap');
    await importView.batches.scrollIntoViewIfNeeded();
    await screenshot(page, 'batches-overlap-files');

    // 40 distinct bank lines and the near match: 41 rows more, not 51.
    await expectTransactions('50,071 transactions');
  });

  it('marks the possible duplicate in Transactions, with the reasons and score in its tooltip', async () => {
    await importView.goToTransactions();
    const badge = txView.grid.getByText('Possible duplicate', { exact: true });
    await txView.scrollTo(badge);
    expect(await badge.count()).toBe(1);
    expect(await badge.getAttribute('title'))
      .toBe('Possible duplicate of an earlier row (score 0.90): same amount, 1 day apart, description 100 % similar. Review it.');
    const row = txView.renderedRows().filter({ has: page.getByText('Possible duplicate', { exact: true }) });
    expect((await txView.cells(row).allTextContents()).slice(0, 2)).toEqual(['2025-06-02', 'Checking']);
    expect(await (await txView.cell(row, 'Amount')).textContent()).toBe('1.00');
    await badge.hover();
    await screenshot(page, 'batches-duplicate-badge');
  });
});
