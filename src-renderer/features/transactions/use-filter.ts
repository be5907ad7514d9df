import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TransactionFilter } from '../../../src-shared/contract/transactions-api';
import { EMPTY_FILTER_FORM, filterKey, formToFilter, type FilterErrors, type FilterForm } from './filter-state';

/** How long typing in a text box must pause before the grid asks for rows again. */
export const TYPING_DEBOUNCE_MS = 300;

const TYPED: readonly (keyof FilterForm)[] = ['search', 'minAmount', 'maxAmount'];

export interface FilterState {
  form: FilterForm;
  /** The filter the grid lists (typed boxes only once the typing paused). */
  filter: TransactionFilter;
  key: string;
  errors: FilterErrors;
  change(patch: Partial<FilterForm>): void;
  clear(): void;
}

/** The filter bar's state: the form as typed, and the filter it stands for. */
export function useFilter(): FilterState {
  const [form, setForm] = useState<FilterForm>(EMPTY_FILTER_FORM);
  // The form as applied: selects and checkboxes at once, typed boxes after a pause.
  const [applied, setApplied] = useState<FilterForm>(EMPTY_FILTER_FORM);

  useEffect(() => {
    if (TYPED.every((k) => form[k] === applied[k])) {
      if (form !== applied) setApplied(form);
      return;
    }
    const timer = setTimeout(() => setApplied(form), TYPING_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [form, applied]);

  const change = useCallback((patch: Partial<FilterForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    // A select or checkbox applies at once, with the typed boxes as they were last applied.
    if (!Object.keys(patch).some((k) => TYPED.includes(k as keyof FilterForm))) setApplied((a) => ({ ...a, ...patch }));
  }, []);
  const clear = useCallback(() => { setForm(EMPTY_FILTER_FORM); setApplied(EMPTY_FILTER_FORM); }, []);

  const { filter } = useMemo(() => formToFilter(applied), [applied]);
  const { errors } = useMemo(() => formToFilter(form), [form]);
  const key = filterKey(filter);
  // One object per distinct filter, so effects keyed on it run only when the rows change.
  const stable = useMemo(() => filter, [key]);
  return { form, filter: stable, key, errors, change, clear };
}
