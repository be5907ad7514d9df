import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER_FORM, filterKey, formToFilter, isFiltered, type FilterForm } from './filter-state';

const form = (f: Partial<FilterForm>): FilterForm => ({ ...EMPTY_FILTER_FORM, ...f });
const BATCH = 'ab'.repeat(32);

describe('formToFilter', () => {
  it('is no filter at all for an empty bar', () => {
    expect(formToFilter(EMPTY_FILTER_FORM)).toEqual({ filter: {}, errors: {} });
    expect(isFiltered(formToFilter(EMPTY_FILTER_FORM).filter)).toBe(false);
  });

  it('turns every box into its field of the contract', () => {
    const { filter, errors } = formToFilter(form({
      accountId: '3', from: '2024-01-01', to: '2024-03-31', minAmount: '-100', maxAmount: '-12.50', category: '17',
      source: 'rule', possibleDuplicates: true, needsReview: true, batchId: BATCH, search: '  star   bucks ',
    }));
    expect(errors).toEqual({});
    expect(filter).toEqual({
      accountId: 3, from: '2024-01-01', to: '2024-03-31', minAmount: -10000, maxAmount: -1250, categoryId: 17,
      categorySource: 'rule', possibleDuplicates: true, needsReview: true, batchId: BATCH, search: 'star bucks',
    });
    expect(isFiltered(filter)).toBe(true);
  });

  it('asks for uncategorized rows with its own flag', () => {
    expect(formToFilter(form({ category: 'uncategorized' })).filter).toEqual({ uncategorized: true });
  });

  it('leaves out what cannot be read, and says why', () => {
    const { filter, errors } = formToFilter(form({ minAmount: '12,5', maxAmount: '1.234', search: '   ', batchId: 'nope', accountId: 'x' }));
    expect(filter).toEqual({});
    expect(errors.minAmount).toMatch(/point/);
    expect(errors.maxAmount).toMatch(/two digits/);
  });

  it('refuses ranges that end before they start', () => {
    expect(formToFilter(form({ from: '2024-05-01', to: '2024-04-01' }))).toEqual({
      filter: { from: '2024-05-01' }, errors: { to: 'The end date is before the start date.' },
    });
    expect(formToFilter(form({ minAmount: '10', maxAmount: '5' }))).toEqual({
      filter: { minAmount: 1000 }, errors: { maxAmount: 'The largest amount is below the smallest.' },
    });
  });
});

describe('filterKey', () => {
  it('is the same for the same filter in any field order, and differs otherwise', () => {
    expect(filterKey({ from: '2024-01-01', search: 'a' })).toBe(filterKey({ search: 'a', from: '2024-01-01' }));
    expect(filterKey({ search: 'a' })).not.toBe(filterKey({ search: 'b' }));
    expect(filterKey({ search: undefined })).toBe(filterKey({}));
  });
});
