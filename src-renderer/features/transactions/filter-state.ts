import { CATEGORY_SOURCES, type TransactionFilter } from '../../../src-shared/contract/transactions-api';
import { parseAmountInput } from './amount-input';

export type CategorySourceName = (typeof CATEGORY_SOURCES)[number];

/** The filter bar as the user filled it in: text, as typed, until it becomes a filter. */
export interface FilterForm {
  accountId: string;
  from: string;
  to: string;
  minAmount: string;
  maxAmount: string;
  /** '' any, 'uncategorized', or a category id. */
  category: string;
  source: '' | CategorySourceName;
  possibleDuplicates: boolean;
  needsReview: boolean;
  batchId: string;
  search: string;
}

export const EMPTY_FILTER_FORM: FilterForm = {
  accountId: '', from: '', to: '', minAmount: '', maxAmount: '', category: '', source: '',
  possibleDuplicates: false, needsReview: false, batchId: '', search: '',
};

export type FilterErrors = Partial<Record<'minAmount' | 'maxAmount' | 'to', string>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The contract's filter for the form. A box holding something unreadable adds nothing to the
 * filter (it says why in `errors`), so a half-typed amount never narrows the rows wrongly.
 */
export function formToFilter(form: FilterForm): { filter: TransactionFilter; errors: FilterErrors } {
  const filter: TransactionFilter = {};
  const errors: FilterErrors = {};
  const accountId = positiveInt(form.accountId);
  if (accountId !== null) filter.accountId = accountId;
  if (ISO_DATE.test(form.from)) filter.from = form.from;
  if (ISO_DATE.test(form.to)) filter.to = form.to;
  if (filter.from && filter.to && filter.from > filter.to) {
    errors.to = 'The end date is before the start date.';
    delete filter.to;
  }
  const min = parseAmountInput(form.minAmount);
  const max = parseAmountInput(form.maxAmount);
  if (min?.error) errors.minAmount = min.error;
  if (max?.error) errors.maxAmount = max.error;
  if (min?.minor !== undefined) filter.minAmount = min.minor;
  if (max?.minor !== undefined) {
    if (min?.minor !== undefined && max.minor < min.minor) {
      errors.maxAmount = 'The largest amount is below the smallest.';
    } else filter.maxAmount = max.minor;
  }
  if (form.category === 'uncategorized') filter.uncategorized = true;
  else {
    const categoryId = positiveInt(form.category);
    if (categoryId !== null) filter.categoryId = categoryId;
  }
  if (form.source) filter.categorySource = form.source;
  if (form.possibleDuplicates) filter.possibleDuplicates = true;
  if (form.needsReview) filter.needsReview = true;
  if (/^[0-9a-f]{64}$/.test(form.batchId)) filter.batchId = form.batchId;
  const search = form.search.trim().replace(/\s+/g, ' ').slice(0, 200);
  if (search) filter.search = search;
  return { filter, errors };
}

/** The same filter, however its fields were set: a key that changes exactly when the rows do. */
export function filterKey(filter: TransactionFilter): string {
  const entries = Object.entries(filter).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(entries);
}

export function isFiltered(filter: TransactionFilter): boolean {
  return Object.values(filter).some((v) => v !== undefined);
}

function positiveInt(text: string): number | null {
  return /^[1-9]\d{0,14}$/.test(text) ? Number(text) : null;
}
