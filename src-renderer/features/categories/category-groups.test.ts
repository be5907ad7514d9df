import { describe, expect, it } from 'vitest';
import type { CategoryView } from '../../../src-shared/contract/views';
import { groupCategories, parentChoices } from './category-groups';

const c = (id: number, name: string, kind: CategoryView['kind'], parentId: number | null = null, archived = false): CategoryView => ({
  id, name, kind, parentId, parent: null, archived,
});

const CHART = [
  c(1, 'Operating Expenses', 'expense'),
  c(2, 'Rent & Lease', 'expense', 1),
  c(3, 'Bank Fees', 'expense', 1),
  c(4, 'Income', 'income'),
  c(5, 'Sales', 'income', 4),
  c(6, 'Transfers', 'equity'),
  c(7, 'Old', 'expense', null, true),
  c(8, 'Gone Parent', 'expense', null, true),
  c(9, 'Orphan', 'expense', 8),
  c(10, 'Archived Child', 'expense', 1, true),
];

describe('groupCategories', () => {
  it('groups active categories under their parents: income, expenses, equity, names A–Z', () => {
    const { groups } = groupCategories(CHART);
    expect(groups.map((g) => [g.head.name, g.children.map((x) => x.name)])).toEqual([
      ['Income', ['Sales']],
      ['Operating Expenses', ['Bank Fees', 'Rent & Lease']],
      ['Orphan', []],
      ['Transfers', []],
    ]);
  });

  it('keeps archived categories apart', () => {
    expect(groupCategories(CHART).archived.map((x) => x.name)).toEqual(['Archived Child', 'Gone Parent', 'Old']);
  });

  it('offers active top-level categories of the same kind as parents', () => {
    expect(parentChoices(CHART, 'expense').map((x) => x.name)).toEqual(['Operating Expenses']);
    expect(parentChoices(CHART, 'income').map((x) => x.name)).toEqual(['Income']);
  });
});
