import { describe, expect, it } from 'vitest';
import type { CategoryView } from '../../../src-shared/contract/views';
import { blankCondition, emptyDraft, splitTags, toRuleInput, type ConditionDraft, type RuleDraft } from './rule-form';

const CATEGORIES: CategoryView[] = [
  { id: 1, name: 'Dining', kind: 'expense', parentId: 9, parent: 'Personal & Other', archived: false },
  { id: 2, name: 'Car & Travel', kind: 'expense', parentId: 8, parent: 'Operating Expenses', archived: false },
  { id: 3, name: 'Old', kind: 'expense', parentId: null, parent: null, archived: true },
];

const draft = (over: Partial<RuleDraft>): RuleDraft => ({ ...emptyDraft(), category: 'Dining', ...over });
const withCondition = (c: ConditionDraft) => toRuleInput(draft({ name: 'R', conditions: [c] }), CATEGORIES);
const amount = (min: string, max: string) => withCondition({ kind: 'amount', min, max });

describe('toRuleInput', () => {
  it('turns text conditions and the action into a rule', () => {
    const r = toRuleInput(draft({
      name: ' Coffee ',
      conditions: [{ kind: 'text', op: 'contains', field: 'payee', value: ' STARBUCKS ' }, { kind: 'sign', sign: 'debit' }],
      category: 'dining', payee: ' Starbucks ', tags: 'coffee, team,, Coffee ',
    }), CATEGORIES);
    expect(r).toEqual({ rule: {
      name: 'Coffee',
      conditions: [{ kind: 'contains', field: 'payee', value: 'STARBUCKS' }, { kind: 'sign', sign: 'debit' }],
      actions: { category: 'Dining', payee: 'Starbucks', tags: ['coffee', 'team'] },
    } });
  });

  it('turns decimal amounts into integer minor units without floating point', () => {
    expect(amount('0.29', '')).toEqual({ rule: expect.objectContaining({ conditions: [{ kind: 'amount', min: 29 }] }) });
    expect(amount('-1,234.56', '-0.07')).toEqual({ rule: expect.objectContaining({ conditions: [{ kind: 'amount', min: -123456, max: -7 }] }) });
    expect(amount('', '(40)')).toEqual({ rule: expect.objectContaining({ conditions: [{ kind: 'amount', max: -4000 }] }) });
    expect(amount('12,5', '19.99')).toEqual({ rule: expect.objectContaining({ conditions: [{ kind: 'amount', min: 1250, max: 1999 }] }) });
    const r = amount('1.005', '4.1');
    if (!('rule' in r)) throw new Error('expected a rule');
    const c = r.rule.conditions[0] as { min: number; max: number };
    expect(Number.isInteger(c.min) && Number.isInteger(c.max)).toBe(true);
    expect(c).toEqual({ kind: 'amount', min: 101, max: 410 });
  });

  it('says what is wrong with an amount range', () => {
    expect(amount('', '')).toEqual({ errors: expect.objectContaining({ conditions: ['Type a lowest amount, a highest amount, or both.'] }) });
    expect(amount('ten', '')).toEqual({ errors: expect.objectContaining({ conditions: ['“ten” is not an amount.'] }) });
    expect(amount('5', '1e3')).toEqual({ errors: expect.objectContaining({ conditions: ['“1e3” is not an amount.'] }) });
    expect(amount('50', '10')).toEqual({ errors: expect.objectContaining({ conditions: ['The lowest amount is above the highest.'] }) });
  });

  it('checks patterns, texts, accounts and dates', () => {
    expect(withCondition({ kind: 'text', op: 'regex', field: 'text', value: '^SHELL\\s+\\d+' }))
      .toEqual({ rule: expect.objectContaining({ conditions: [{ kind: 'regex', field: 'text', pattern: '^SHELL\\s+\\d+' }] }) });
    const bad = withCondition({ kind: 'text', op: 'regex', field: 'text', value: 'shell(' });
    expect('errors' in bad && bad.errors.conditions[0]).toMatch(/^Not a pattern FinGood can use: .*unterminated group/i);
    expect(withCondition({ kind: 'text', op: 'startsWith', field: 'description', value: '  ' }))
      .toEqual({ errors: expect.objectContaining({ conditions: ['Type the text to look for.'] }) });
    expect(withCondition({ kind: 'account', account: ' Savings ' }))
      .toEqual({ rule: expect.objectContaining({ conditions: [{ kind: 'account', account: 'Savings' }] }) });
    expect(withCondition({ kind: 'date', from: '2025-01-01', to: '' }))
      .toEqual({ rule: expect.objectContaining({ conditions: [{ kind: 'date', from: '2025-01-01' }] }) });
    expect(withCondition({ kind: 'date', from: '2025-02-01', to: '2025-01-01' }))
      .toEqual({ errors: expect.objectContaining({ conditions: ['The first date is after the last.'] }) });
  });

  it('marks each condition that needs fixing, in its place', () => {
    const r = toRuleInput(draft({ conditions: [blankCondition('sign'), blankCondition('text'), blankCondition('account')] }), CATEGORIES);
    expect('errors' in r && [...r.errors.conditions]).toEqual([undefined, 'Type the text to look for.', 'Type the account’s name.']);
  });

  it('accepts only a category of the chart that is not archived', () => {
    const c = [{ kind: 'sign', sign: 'credit' } as const];
    expect(toRuleInput(draft({ conditions: c, category: 'Fuel' }), CATEGORIES))
      .toEqual({ errors: expect.objectContaining({ category: 'There is no category “Fuel”. Pick one from the list.' }) });
    expect(toRuleInput(draft({ conditions: c, category: 'old' }), CATEGORIES)).toHaveProperty('errors.category');
  });

  it('needs something to set and something to match', () => {
    expect(toRuleInput(draft({ conditions: [blankCondition('sign')], category: '' }), CATEGORIES))
      .toEqual({ errors: expect.objectContaining({ action: 'Choose what the rule sets: a category, a payee or tags.' }) });
    expect(toRuleInput(draft({ conditions: [] }), CATEGORIES))
      .toEqual({ errors: expect.objectContaining({ conditions: ['Add at least one condition.'] }) });
    expect(toRuleInput(draft({ conditions: [blankCondition('sign')], category: '', tags: 'x'.repeat(41) }), CATEGORIES))
      .toHaveProperty('errors.tags', 'A tag can be at most 40 characters long.');
  });

  it('names an unnamed rule after its first condition and what it sets', () => {
    const r = toRuleInput(draft({ conditions: [{ kind: 'text', op: 'contains', field: 'text', value: 'SHELL OIL' }], category: 'Car & Travel' }), CATEGORIES);
    expect('rule' in r && r.rule.name).toBe('Text contains "SHELL OIL" → Car & Travel');
  });
});

describe('splitTags', () => {
  it('splits on commas, trims, and drops empty and repeated tags', () => {
    expect(splitTags(' a, b ,,A, c ')).toEqual(['a', 'b', 'c']);
    expect(splitTags('')).toEqual([]);
  });
});
