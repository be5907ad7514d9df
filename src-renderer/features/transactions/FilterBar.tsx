import { useId, useState } from 'react';
import { CATEGORY_SOURCES } from '../../../src-shared/contract/transactions-api';
import type { AccountView, BatchView, CategoryView } from '../../../src-shared/contract/views';
import { formatTimestamp } from '../../components/format';
import type { CategorySourceName, FilterErrors, FilterForm } from './filter-state';

const SOURCE_LABELS: Record<CategorySourceName, string> = {
  rule: 'Filed by a rule', memory: 'Filed from memory', model: 'Filed by the model', keyword: 'Filed by keyword',
  imported: 'As imported', user: 'Filed by you', transfer: 'Transfers',
};

/**
 * Which rows the grid lists: each box narrows them. Typed boxes (search, amounts) apply a
 * moment after the typing stops; the others at once.
 */
export function FilterBar({ form, errors, accounts, categories, batches, onChange, onClear }: {
  form: FilterForm;
  errors: FilterErrors;
  accounts: readonly AccountView[];
  categories: readonly CategoryView[];
  batches: readonly BatchView[];
  onChange(patch: Partial<FilterForm>): void;
  onClear(): void;
}) {
  const id = useId();
  const moreSet = [form.source !== '', form.batchId !== '', form.possibleDuplicates, form.needsReview].filter(Boolean).length;
  const [moreOpen, setMoreOpen] = useState(false);
  // A filter in effect is never hidden.
  const more = moreOpen || moreSet > 0;
  const bankAccounts = accounts.filter((a) => a.kind === 'asset' || a.kind === 'liability');
  const live = categories.filter((c) => !c.archived).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <form className="filters" role="search" aria-label="Filter transactions" onSubmit={(e) => e.preventDefault()}>
      <div className="filters__row">
        <div className="filters__field filters__field--search">
          <label className="filters__label" htmlFor={`${id}-search`}>Search</label>
          <input
            id={`${id}-search`} type="search" className="field__input" placeholder="Payee, description or memo" value={form.search}
            onChange={(e) => onChange({ search: e.target.value })}
          />
        </div>
        <div className="filters__field">
          <label className="filters__label" htmlFor={`${id}-account`}>Bank account</label>
          <select id={`${id}-account`} className="field__input" value={form.accountId} onChange={(e) => onChange({ accountId: e.target.value })}>
            <option value="">All accounts</option>
            {bankAccounts.map((a) => <option key={a.id} value={String(a.id)}>{a.name}</option>)}
          </select>
        </div>
        <div className="filters__field">
          <label className="filters__label" htmlFor={`${id}-from`}>Date from</label>
          <input id={`${id}-from`} type="date" className="field__input" value={form.from} onChange={(e) => onChange({ from: e.target.value })} />
        </div>
        <div className="filters__field">
          <label className="filters__label" htmlFor={`${id}-to`}>Date to</label>
          <input
            id={`${id}-to`} type="date" className="field__input" value={form.to} aria-invalid={errors.to ? true : undefined}
            aria-describedby={errors.to ? `${id}-to-error` : undefined} onChange={(e) => onChange({ to: e.target.value })}
          />
          {errors.to && <span id={`${id}-to-error`} className="field__error">{errors.to}</span>}
        </div>
        <AmountBox id={`${id}-min`} label="Amount from" value={form.minAmount} error={errors.minAmount} onChange={(v) => onChange({ minAmount: v })} />
        <AmountBox id={`${id}-max`} label="Amount to" value={form.maxAmount} error={errors.maxAmount} onChange={(v) => onChange({ maxAmount: v })} />
        <div className="filters__field">
          <label className="filters__label" htmlFor={`${id}-category`}>Category</label>
          <select id={`${id}-category`} className="field__input" value={form.category} onChange={(e) => onChange({ category: e.target.value })}>
            <option value="">Any category</option>
            <option value="uncategorized">Uncategorized</option>
            {live.map((c) => <option key={c.id} value={String(c.id)}>{c.name}</option>)}
          </select>
        </div>
        <div className="filters__buttons">
          <button
            type="button" className="button button--small button--quiet" aria-expanded={more} aria-controls={`${id}-more`}
            disabled={moreSet > 0} onClick={() => setMoreOpen((o) => !o)}
          >
            {more ? 'Fewer filters' : 'More filters'}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={onClear}>Clear filters</button>
        </div>
      </div>
      <div id={`${id}-more`} className="filters__row" hidden={!more}>
        <div className="filters__field">
          <label className="filters__label" htmlFor={`${id}-filedby`}>Filed by</label>
          <select id={`${id}-filedby`} className="field__input" value={form.source} onChange={(e) => onChange({ source: e.target.value as FilterForm['source'] })}>
            <option value="">Anyone</option>
            {CATEGORY_SOURCES.map((s) => <option key={s} value={s}>{SOURCE_LABELS[s]}</option>)}
          </select>
        </div>
        <div className="filters__field">
          <label className="filters__label" htmlFor={`${id}-import`}>Import</label>
          <select id={`${id}-import`} className="field__input" value={form.batchId} onChange={(e) => onChange({ batchId: e.target.value })}>
            <option value="">Any import</option>
            {batches.map((b) => <option key={b.id} value={b.id}>{`${b.fileName} (${formatTimestamp(b.importedAt)})`}</option>)}
          </select>
        </div>
        <fieldset className="filters__flags">
          <legend className="filters__label">Flags</legend>
          <label><input type="checkbox" checked={form.possibleDuplicates} onChange={(e) => onChange({ possibleDuplicates: e.target.checked })} /> Possible duplicates</label>
          <label><input type="checkbox" checked={form.needsReview} onChange={(e) => onChange({ needsReview: e.target.checked })} /> Needs review</label>
        </fieldset>
      </div>
    </form>
  );
}

function AmountBox({ id, label, value, error, onChange }: { id: string; label: string; value: string; error?: string; onChange(v: string): void }) {
  return (
    <div className="filters__field filters__field--amount">
      <label className="filters__label" htmlFor={id}>{label}</label>
      <input
        id={id} className="field__input num" inputMode="decimal" placeholder="-12.50" value={value}
        aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && <span id={`${id}-error`} className="field__error">{error}</span>}
    </div>
  );
}
