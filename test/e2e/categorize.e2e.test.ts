import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { HistoryBar } from './support/history-bar';
import { ImportPage } from './support/import-page';
import { Nav } from './support/nav';
import { recordedProgress, startRecordingProgress } from './support/page-recorders';
import { FIXTURES } from './support/paths';
import { ReviewPage } from './support/review-page';
import { RulesPage } from './support/rules-page';
import type { ServeHost } from './support/serve-host';
import { useServeSession } from './support/session';
import { csvRows } from './support/statements';
import { TransactionsPage } from './support/transactions-page';

const HISTORY = join(FIXTURES, 'history-categorized.csv');
const NEW_ROWS = join(FIXTURES, 'new-rows.csv');
const MORE_ROWS = join(FIXTURES, 'more-rows.csv');
const SLOW = { timeout: 60_000, interval: 100 };

/** "2: Car & Travel, 22 %. Common merchant: …" → "Car & Travel" */
const choiceCategory = (choice: string | undefined) => /^\d: (.+?), \d+ %\./.exec(choice ?? '')?.[1] ?? '';

// One user session against one fresh ledger: each test continues where the previous one left off.
describe('categorization that learns, with a review queue (fingood serve)', () => {
  let host: ServeHost;
  let page: Page;
  let nav: Nav;
  let importView: ImportPage;
  let txView: TransactionsPage;
  let review: ReviewPage;
  let rules: RulesPage;
  let bar: HistoryBar;

  const session = useServeSession();

  beforeAll(async () => {
    ({ host, page } = session);
    nav = new Nav(page);
    importView = new ImportPage(page);
    txView = new TransactionsPage(page);
    review = new ReviewPage(page);
    rules = new RulesPage(page);
    bar = new HistoryBar(page);
    await importView.open(host.url);
  });

  const importFile = async (path: string) => {
    await nav.go('Import');
    return importView.importStatement(path);
  };

  it('shows the categories a history export carries in the grid, marked "imported"', async () => {
    expect(await importFile(HISTORY)).toBe('Imported 40 rows into Checking');
    const expected = new Map((await csvRows(HISTORY)).map((l) => [l[1]!, l[3]!]));

    await nav.go('Transactions');
    await expect.poll(() => txView.count.textContent(), SLOW).toBe('40 transactions');
    await expect.poll(() => txView.category(txView.row('BLUE BOTTLE COFFEE #1273 OAKLAND CA')), SLOW).toEqual(['Dining', 'imported']);
    const shown = await txView.renderedRows().evaluateAll((rows) => rows.map((r) => [
      r.querySelector('.tx-payee')?.textContent ?? '', r.querySelector('.tx-category')?.textContent ?? '', r.querySelector('.source')?.textContent ?? '',
    ]));
    expect(shown.length).toBeGreaterThan(15);
    expect(shown).toEqual(shown.map(([d]) => [d, expected.get(d!), 'imported']));
    expect(await txView.categoryCell(txView.row('GUSTO PAYROLL 1217')).getAttribute('title'))
      .toBe('Wages & Salaries — as the imported file says. Click or press Enter to change.');
    await screenshot(page, 'categorize-grid-imported');
  });

  it('trains a model on that history from Review, showing its progress and then its result', async () => {
    await nav.go('Review');
    await expect.poll(() => review.empty.isVisible(), SLOW).toBe(true);
    expect(await review.learning.textContent()).toContain('No model trained yet');
    expect(await nav.reviewCount()).toBeNull();
    await startRecordingProgress(page);
    await review.trainButton.click();
    const result = review.learning.getByRole('status');
    await expect.poll(() => result.textContent(), SLOW).toMatch(/^New model in use, trained on 40 rows: right first time on \d+ % of recent history\./);
    expect(await result.textContent()).toMatch(/(Suggestions at or above [\d.]+ % confidence are filed without review|Nothing is filed without your review yet)/);
    const { bars, details } = await recordedProgress(page);
    expect(bars.Training?.length).toBeGreaterThan(0);
    expect(details.some((d) => /^(Waiting to start|[A-Z][a-z ]+ · \d+ %)$/.test(d))).toBe(true);
    await expect.poll(() => review.learning.textContent(), SLOW).toMatch(/Model trained on 40 rows on \d{4}-\d{2}-\d{2}/);
    expect(await review.trainButton.textContent()).toBe('Train now');
    await screenshot(page, 'categorize-trained');
  });

  it('files new rows of merchants it knows by itself, and puts the rest in Review with numbered suggestions', async () => {
    expect(await importFile(NEW_ROWS)).toBe('Imported 11 rows into Checking');
    await expect.poll(() => nav.reviewCount(), SLOW).toBeGreaterThan(0);
    await nav.go('Review');
    await expect.poll(async () => review.rows().count(), SLOW).toBe(await nav.reviewCount());
    expect(await review.count.textContent()).toBe(`${await review.rows().count()} rows waiting`);
    // Merchants never seen before wait for a decision, each with 1–3 suggestions, how sure, and why.
    for (const merchant of ['SHELL OIL 57444', 'STARBUCKS STORE 07604', 'CHEVRON 0091', 'DELTA AIR LINES', 'WALGREENS', 'THE HOME DEPOT']) {
      const choices = await review.choices(review.row(merchant));
      expect(choices.length, merchant).toBeGreaterThan(0);
      expect(choices.length, merchant).toBeLessThanOrEqual(3);
      choices.forEach((c, i) => expect(c).toMatch(new RegExp(`^${i + 1}: .+, \\d+ %\\. \\S.*`)));
    }
    // Every new row is either waiting here or was filed by FinGood itself (shown as such in the grid);
    // a merchant of the history is filed under its category, or offered it first.
    const waiting = await review.rows().allTextContents();
    const bottle = 'BLUE BOTTLE COFFEE #1301';
    const bottleWaits = waiting.some((w) => w.includes(bottle));
    if (bottleWaits) expect(choiceCategory((await review.choices(review.row(bottle)))[0])).toBe('Dining');
    await nav.go('Transactions');
    for (const text of (await csvRows(NEW_ROWS)).map((l) => l[1]!).filter((t) => !waiting.some((w) => w.includes(t)))) {
      const [category, badge] = await txView.category(txView.row(text));
      expect(category, text).not.toBe('');
      expect(['model', 'memory', 'rule'], text).toContain(badge);
    }
    if (!bottleWaits) expect((await txView.category(txView.row(bottle)))[0]).toBe('Dining');
    await nav.go('Review');
    // The queue has the keyboard as soon as the view opens.
    await expect.poll(() => review.queue.evaluate((el) => el === document.activeElement), SLOW).toBe(true);
    await screenshot(page, 'categorize-review-queue');
  });

  it('files rows from the keyboard: Enter accepts, 2 picks the second suggestion, / searches; each leaves the queue', async () => {
    const before = await review.rows().count();
    await review.focusRow('DELTA AIR LINES');
    const top = choiceCategory((await review.choices(review.focusedRow()))[0]);
    await page.keyboard.press('Enter');
    await expect.poll(() => review.row('DELTA AIR LINES').count(), SLOW).toBe(0);
    await expect.poll(() => review.flash.textContent(), SLOW).toContain(`Filed 1 row under ${top} — FinGood will remember Delta`);

    await review.focusRow('SHELL OIL 57444');
    const second = choiceCategory((await review.choices(review.focusedRow()))[1]);
    expect(second).not.toBe('');
    await page.keyboard.press('2');
    await expect.poll(() => review.row('SHELL OIL').count(), SLOW).toBe(0);
    await expect.poll(() => review.flash.textContent(), SLOW).toBe(`Filed 1 row under ${second} — FinGood will remember Shell Oil`);
    // The focus moved on to the row after the one filed (or the one before it, if it was the last).
    expect(await review.focusedText()).not.toBe('');
    expect(await review.focusedText()).not.toContain('SHELL OIL');

    await review.focusRow('STARBUCKS STORE 07604');
    await page.keyboard.press('/');
    await expect.poll(() => review.picker().evaluate((el) => el === document.activeElement), SLOW).toBe(true);
    await page.keyboard.press('Escape'); // closes without filing; the queue has the keyboard again
    expect(await review.picker().count()).toBe(0);
    expect(await review.queue.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('c');
    await page.keyboard.type('din');
    const options = await review.pickerOptions().allTextContents();
    expect(options[0]).toMatch(/^Dining/);
    const firstId = await review.pickerOptions().first().getAttribute('id');
    expect(await review.picker().getAttribute('aria-activedescendant')).toBe(firstId);
    await page.keyboard.press('ArrowDown');
    if (options.length > 1) expect(await review.picker().getAttribute('aria-activedescendant')).not.toBe(firstId);
    await page.keyboard.press('ArrowUp');
    expect(await review.picker().getAttribute('aria-activedescendant')).toBe(firstId);
    await screenshot(page, 'categorize-review-picker');
    await page.keyboard.press('Enter');
    await expect.poll(() => review.row('STARBUCKS').count(), SLOW).toBe(0);
    await expect.poll(() => review.flash.textContent(), SLOW).toBe('Filed 1 row under Dining — FinGood will remember Starbucks');
    expect(await review.rows().count()).toBe(before - 3);
    await expect.poll(() => nav.reviewCount(), SLOW).toBe(before - 3);
  });

  it('brings the last filed row back with Ctrl+Z, and files it again with Ctrl+Shift+Z', async () => {
    expect((await bar.state(bar.undo)).tooltip).toBe('Undo: File a transaction under Dining (Ctrl+Z)');
    await page.keyboard.press('Control+z');
    await expect.poll(() => review.row('STARBUCKS STORE 07604').count(), SLOW).toBe(1);
    await expect.poll(() => bar.status.textContent(), SLOW).toBe('Undone: File a transaction under Dining');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => review.row('STARBUCKS').count(), SLOW).toBe(0);
    await expect.poll(() => bar.status.textContent(), SLOW).toBe('Redone: File a transaction under Dining');
  });

  it('selects rows with x and accepts them together with Shift+A', async () => {
    const before = await review.rows().count();
    await review.focusRow('WALGREENS');
    await page.keyboard.press('x');
    await review.focusRow('THE HOME DEPOT');
    await page.keyboard.press('x');
    expect(await review.acceptSelected.textContent()).toBe('Accept all selected (2)');
    expect(await review.queue.locator('[role="row"][aria-selected="true"]').count()).toBe(2);
    await page.keyboard.press('Shift+A');
    await expect.poll(() => review.rows().count(), SLOW).toBe(before - 2);
    expect(await review.row('WALGREENS').count() + await review.row('THE HOME DEPOT').count()).toBe(0);
    await expect.poll(() => review.flash.textContent(), SLOW).toMatch(/^Filed 2 rows(:| under) .* — FinGood will remember (Walgreens and .*Home Depot|.*Home Depot and Walgreens)$/);
  });

  it('files a row from the grid: Enter on the focused row or a click on its category opens the picker', async () => {
    await nav.go('Transactions');
    const amazon = txView.row('AMAZON WEB SERVICES');
    await expect.poll(() => amazon.count(), SLOW).toBe(1);
    await txView.categoryCell(amazon).click();
    const picker = txView.grid.getByRole('combobox', { name: /^Category for AMAZON WEB SERVICES/ });
    await picker.fill('soft');
    await picker.press('Enter');
    await expect.poll(() => txView.category(amazon), SLOW).toEqual(['Software & Subscriptions', 'you']);
    await expect.poll(() => txView.flash().textContent(), SLOW).toMatch(/^Filed 1 row under Software & Subscriptions — FinGood will remember Amazon/);

    await txView.scrollTo(txView.focusedRow().filter({ hasText: 'BLUE BOTTLE COFFEE #1301' }));
    await page.keyboard.press('Enter');
    await page.keyboard.type('meals');
    await screenshot(page, 'categorize-grid-picker');
    await page.keyboard.press('Enter');
    await expect.poll(() => txView.category(txView.row('BLUE BOTTLE COFFEE #1301')), SLOW).toEqual(['Meals & Entertainment', 'you']);
    expect(await txView.grid.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('adds a rule in the Rules view: checks the form, previews how many rows change, saves, applies', async () => {
    await expect.poll(() => txView.category(txView.row('CHEVRON 0091')), SLOW).toEqual(['To review', '']);
    await nav.go('Rules');
    await expect.poll(() => rules.list.count(), SLOW).toBe(0);
    await rules.save.click();
    expect(await rules.condition(1).textContent()).toContain('Type the text to look for.');
    expect(await rules.form.textContent()).toContain('Choose what the rule sets: a category, a payee or tags.');

    await rules.name.fill('Fuel stations');
    await rules.conditionKind(1, 'Text matches pattern');
    await rules.field(1, 'pattern').fill('chevron|shell');
    await rules.addCondition();
    await rules.conditionKind(2, 'Amount between');
    await rules.field(2, 'lowest amount').fill('-100');
    await rules.field(2, 'highest amount').fill('-10.50');
    await rules.pickCategory('car &');
    expect(await rules.category.inputValue()).toBe('Car & Travel');
    await rules.preview.click();
    await expect.poll(() => rules.previewResult.textContent(), SLOW).toMatch(/^Would change (the 1 matching row|1 of the \d+ matching rows)\./);
    expect(await rules.previewResult.getByRole('row').filter({ hasText: 'CHEVRON 0091' }).count()).toBe(1);
    await screenshot(page, 'categorize-rule-preview');

    await rules.save.click();
    await expect.poll(() => rules.rule('Fuel stations').textContent(), SLOW).toContain('When text matches /chevron|shell/ and amount');
    expect(await rules.rule('Fuel stations').textContent()).toContain('→ Car & Travel');
    expect(await rules.flash.textContent()).toMatch(/^Saved the rule “Fuel stations”\./);
    await rules.applyButton('Fuel stations').click();
    await expect.poll(() => rules.flash.textContent(), SLOW).toBe('“Fuel stations”: Changed 1 row.');
    await rules.heading.scrollIntoViewIfNeeded();
    await screenshot(page, 'categorize-rules-list');

    await nav.go('Transactions');
    await expect.poll(() => txView.category(txView.row('CHEVRON 0091')), SLOW).toEqual(['Car & Travel', 'rule']);
    await nav.go('Review');
    await expect.poll(() => review.row('CHEVRON').count(), SLOW).toBe(0);
  });

  it('files a merchant the user corrected before by itself in the next import (memory), without review', async () => {
    expect(await importFile(MORE_ROWS)).toBe('Imported 2 rows into Checking');
    await nav.go('Transactions');
    const starbucks = txView.row('STARBUCKS STORE 11230');
    await expect.poll(() => txView.category(starbucks), SLOW).toEqual(['Dining', 'memory']);
    expect(await txView.categoryCell(starbucks).getAttribute('title')).toMatch(/^Dining — filed because you filed this merchant so before, \d+ % confident\./);
    await nav.go('Review');
    await expect.poll(() => review.queue.or(review.empty).count(), SLOW).toBe(1);
    expect(await review.row('STARBUCKS').count()).toBe(0);
    await screenshot(page, 'categorize-review-after');
  });
});
