import { describe, expect, it } from 'vitest';
import chart from '../../../resources/chart-of-accounts.json' with { type: 'json' };
import { buildConceptMapping, inferKinds, parseName } from './category-mapping';

const DEFAULT = chart.accounts.flatMap((a) => a.children);
const top = (mapping: Record<string, number[]>, concept: string, categories: readonly string[]) => {
  const p = mapping[concept];
  if (!p) return null;
  return categories[p.indexOf(Math.max(...p))];
};

describe('buildConceptMapping from names alone', () => {
  const mapping = buildConceptMapping(DEFAULT, inferKinds(DEFAULT, []), []);
  it("maps generic concepts onto FinGood's default chart", () => {
    expect(top(mapping, 'fuel', DEFAULT)).toBe('Car & Travel');
    expect(top(mapping, 'airline', DEFAULT)).toBe('Car & Travel');
    expect(top(mapping, 'software', DEFAULT)).toBe('Software & Subscriptions');
    expect(top(mapping, 'telecom', DEFAULT)).toBe('Telephone & Internet');
    expect(top(mapping, 'groceries', DEFAULT)).toBe('Groceries');
    expect(top(mapping, 'payroll', DEFAULT)).toBe('Wages & Salaries');
    expect(top(mapping, 'payroll_tax', DEFAULT)).toBe('Payroll Tax');
    expect(top(mapping, 'shipping', DEFAULT)).toBe('Shipping & Freight');
    expect(top(mapping, 'bank_fees', DEFAULT)).toBe('Bank Fees');
  });
  it('reads ledger-style paths, typos included, and leaves unmatched concepts out', () => {
    const cats = ['Expenses:Dining:Resturant', 'Expenses:Automotive:Car Wash', 'Expenses:Books', 'Income:Unknown'];
    const m = buildConceptMapping(cats, inferKinds(cats, []), []);
    expect(top(m, 'fast_food', cats)).toBe('Expenses:Dining:Resturant');
    expect(top(m, 'auto_service', cats)).toBe('Expenses:Automotive:Car Wash');
    expect(top(m, 'books', cats)).toBe('Expenses:Books');
    expect(m.insurance).toBeUndefined();
  });
  it('keeps money-out concepts away from income categories', () => {
    const cats = ['Income:Interest', 'Expenses:Bank:Interest'];
    const m = buildConceptMapping(cats, inferKinds(cats, []), []);
    expect(top(m, 'interest_expense', cats)).toBe('Expenses:Bank:Interest');
    expect(top(m, 'interest_income', cats)).toBe('Income:Interest');
  });
});

describe('buildConceptMapping from history', () => {
  it('follows where the user filed merchants of a concept, counting merchants not rows', () => {
    const meals = DEFAULT.indexOf('Meals & Entertainment');
    const evidence = ['starbucks', 'dunkin', 'peets coffee'].map((merchant) => ({ concept: 'coffee', category: meals, merchant }));
    const m = buildConceptMapping(DEFAULT, inferKinds(DEFAULT, []), evidence);
    expect(top(m, 'coffee', DEFAULT)).toBe('Meals & Entertainment');
    // Its family (eating out) learns too: a new fast-food chain goes where the cafés went.
    expect(top(m, 'fast_food', DEFAULT)).toBe('Meals & Entertainment');
    const repeated = buildConceptMapping(DEFAULT, inferKinds(DEFAULT, []), Array.from({ length: 40 }, () => evidence[0]!));
    expect(repeated.coffee![meals]!).toBeLessThan(m.coffee![meals]!);
  });
});

describe('names and kinds', () => {
  it('splits paths and words and stems plurals', () => {
    expect(parseName('Expenses:Food:Groceries')).toEqual([['expense'], ['food'], ['grocery']]);
    expect(parseName('Software & Subscriptions')).toEqual([['software', 'subscription']]);
  });
  it('infers income from the path or the history signs', () => {
    expect(inferKinds(['Income:Salary', 'Sales', 'Wages & Salaries', 'Sales Tax'], [])).toEqual(['income', 'income', 'any', 'any']);
    expect(inferKinds(['Misc'], [{ positive: 9, total: 10 }])).toEqual(['income']);
  });
});
