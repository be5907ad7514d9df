import { describe, expect, it } from 'vitest';
import { countByCategory, filedText, merchantLabel } from './filed-text';

describe('filed text', () => {
  it('names the category and the merchant FinGood will remember', () => {
    expect(filedText([{ category: 'Dining', count: 1 }], ['starbucks'])).toBe('Filed 1 row under Dining — FinGood will remember Starbucks');
    expect(filedText([{ category: 'Car & Travel', count: 3 }], ['shell oil', 'shell oil']))
      .toBe('Filed 3 rows under Car & Travel — FinGood will remember Shell Oil');
  });

  it('lists several categories and shortens long lists of merchants', () => {
    expect(filedText([{ category: 'Dining', count: 2 }, { category: 'Fuel', count: 1 }], ['starbucks', 'shell']))
      .toBe('Filed 3 rows: 2 under Dining, 1 under Fuel — FinGood will remember Starbucks and Shell');
    expect(filedText([{ category: 'Dining', count: 4 }], ['a', 'b', 'c', 'd']))
      .toBe('Filed 4 rows under Dining — FinGood will remember A, B and 2 more');
  });

  it('leaves the merchant out when none is known, and says when nothing was filed', () => {
    expect(filedText([{ category: 'Dining', count: 2 }], [])).toBe('Filed 2 rows under Dining');
    expect(filedText([{ category: 'Dining', count: 2 }], ['  '])).toBe('Filed 2 rows under Dining');
    expect(filedText([{ category: 'Dining', count: 0 }], ['x'])).toBe('Nothing was filed: these rows had no suggestion to accept.');
  });

  it('counts rows per category in order of first appearance', () => {
    expect(countByCategory(['Dining', 'Fuel', 'Dining'])).toEqual([{ category: 'Dining', count: 2 }, { category: 'Fuel', count: 1 }]);
    expect(countByCategory([])).toEqual([]);
  });

  it('writes merchant keys as names', () => {
    expect(merchantLabel('shell oil')).toBe('Shell Oil');
    expect(merchantLabel(' whole  foods ')).toBe('Whole Foods');
  });
});
