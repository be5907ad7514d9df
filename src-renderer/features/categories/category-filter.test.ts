import { describe, expect, it } from 'vitest';
import type { CategoryView } from '../../../src-shared/contract/views';
import { filterCategories, findCategory, foldText } from './category-filter';

let nextId = 1;
const cat = (name: string, parent: string | null = null, archived = false): CategoryView => ({
  id: nextId++, name, kind: 'expense', parentId: parent ? 1 : null, parent, archived,
});

const CHART = [
  cat('Operating Expenses'),
  cat('Office Supplies', 'Operating Expenses'),
  cat('Software & Subscriptions', 'Operating Expenses'),
  cat('Meals & Entertainment', 'Operating Expenses'),
  cat('Personal & Other'),
  cat('Dining', 'Personal & Other'),
  cat('Entertainment', 'Personal & Other'),
  cat('Café Visits', 'Personal & Other'),
  cat('Old Stuff', null, true),
];
const names = (q: string) => filterCategories(CHART, q).map((c) => c.name);

describe('filterCategories', () => {
  it('offers every active category, in chart order, before anything is typed', () => {
    expect(names('')).toEqual(CHART.filter((c) => !c.archived).map((c) => c.name));
    expect(names('   ')).toHaveLength(8);
  });

  it('never offers an archived category', () => {
    expect(names('old')).toEqual([]);
  });

  it('ranks an exact name, then names starting with the text, then a word starting with it, then the rest', () => {
    expect(names('entertainment')).toEqual(['Entertainment', 'Meals & Entertainment']);
    expect(names('din')).toEqual(['Dining']);
    expect(names('sub')).toEqual(['Software & Subscriptions']);
    expect(names('ent')).toEqual(['Entertainment', 'Meals & Entertainment']);
    expect(names('ning')).toEqual(['Dining']);
  });

  it('matches every typed word in the name or the parent, ignoring case and accents', () => {
    expect(names('op sup')).toEqual(['Office Supplies']);
    expect(names('CAFE')).toEqual(['Café Visits']);
    expect(names('personal din')).toEqual(['Dining']);
    expect(names('dining software')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(filterCategories(CHART, 'e', 2)).toHaveLength(2);
  });
});

describe('findCategory', () => {
  it('finds a category by its exact name, whatever the case', () => {
    expect(findCategory(CHART, 'dining')?.name).toBe('Dining');
    expect(findCategory(CHART, ' Office supplies ')?.name).toBe('Office Supplies');
    expect(findCategory(CHART, 'Din')).toBeUndefined();
    expect(findCategory(CHART, '')).toBeUndefined();
  });

  it('folds text for comparison', () => {
    expect(foldText('  Café   &  Bar ')).toBe('cafe & bar');
  });
});
