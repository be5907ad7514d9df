import type { Locator, Page } from 'playwright-core';

/** The Rules view: the list of rules, the "Add a rule" form, and the Categories panel. */
export class RulesPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly form: Locator;
  readonly name: Locator;
  readonly category: Locator;
  readonly preview: Locator;
  readonly save: Locator;
  readonly previewResult: Locator;
  /** The view's line after saving or applying a rule. */
  readonly flash: Locator;
  readonly categories: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Rules', exact: true });
    this.list = page.getByRole('list', { name: 'Rules, in the order they run' });
    this.form = page.getByRole('region', { name: 'Add a rule' });
    this.name = this.form.getByLabel('Name', { exact: true });
    this.category = this.form.getByRole('combobox', { name: 'Category' });
    this.preview = this.form.getByRole('button', { name: 'Preview', exact: true });
    this.save = this.form.getByRole('button', { name: 'Save rule', exact: true });
    this.previewResult = this.form.getByRole('status', { name: 'Preview' });
    this.flash = page.locator('.flash--block');
    this.categories = page.getByRole('region', { name: 'Categories' });
  }

  condition(n: number): Locator {
    return this.form.getByRole('group', { name: `Condition ${n}`, exact: true });
  }

  /** Sets condition n's kind ("Text matches pattern", "Amount between", …). */
  async conditionKind(n: number, label: string): Promise<void> {
    await this.condition(n).getByLabel(`Condition ${n}: kind`).selectOption({ label });
  }

  field(n: number, name: string): Locator {
    return this.condition(n).getByLabel(`Condition ${n}: ${name}`, { exact: true });
  }

  async addCondition(): Promise<void> {
    await this.form.getByRole('button', { name: 'Add a condition' }).click();
  }

  /** Types into the category box and picks the highlighted option with Enter. */
  async pickCategory(typed: string): Promise<void> {
    await this.category.fill(typed);
    await this.category.press('Enter');
  }

  rule(name: string): Locator {
    return this.list.getByRole('listitem', { name, exact: true });
  }

  applyButton(name: string): Locator {
    return this.rule(name).getByRole('button', { name: `Apply “${name}” to existing rows` });
  }

  categoryItem(name: string): Locator {
    return this.categories.getByRole('group', { name, exact: true });
  }
}
