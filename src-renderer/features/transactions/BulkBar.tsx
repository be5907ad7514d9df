import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BulkSet } from '../../../src-shared/contract/transactions-api';
import type { AccountView, CategoryView } from '../../../src-shared/contract/views';
import { formatCount, plural } from '../../components/format';
import { deleteQuestion, selectionText } from './bulk-text';
import { parseTags } from './edit-values';


type Field = 'category' | 'payee' | 'tags' | 'memo' | 'account';
const FIELDS: { key: Field; label: string }[] = [
  { key: 'category', label: 'Category' }, { key: 'payee', label: 'Payee' }, { key: 'tags', label: 'Tags' },
  { key: 'memo', label: 'Memo' }, { key: 'account', label: 'Account' },
];
/** The category select's value for "no category". */
const CLEAR = '\u0000clear';

/**
 * Changes for every selected row at once, one call each (and one undoable step): set a field,
 * mark reviewed, split the one selected row, delete (after a question). With nothing selected
 * it keeps its place and says how to select, so the grid does not jump when a row is clicked.
 */
export function BulkBar({ count, total, all, busy, categories, accounts, canSplit, onSet, onDelete, onSplit, onSelectAll, onClear }: {
  count: number;
  total: number;
  all: boolean;
  busy: boolean;
  categories: readonly CategoryView[];
  accounts: readonly AccountView[];
  canSplit: boolean;
  onSet(set: BulkSet): void;
  onDelete(): void;
  onSplit(): void;
  onSelectAll(): void;
  onClear(): void;
}) {
  const [field, setField] = useState<Field>('category');
  const [value, setValue] = useState('');
  const [confirming, setConfirming] = useState(false);
  const noButton = useRef<HTMLButtonElement>(null);
  useEffect(() => { if (confirming) noButton.current?.focus(); }, [confirming]);
  useEffect(() => { if (count === 0) setConfirming(false); }, [count]);

  if (count === 0) {
    return (
      <div className="bulk bulk--idle" role="region" aria-label="Selected transactions">
        <span className="muted">Click a row to select it — Shift-click for a range, Ctrl-click to add one (or, with all selected, to leave one out) — or tick the box in the header to select all {plural(total, 'matching transaction')}.</span>
      </div>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const set = toSet(field, value);
    if (set) onSet(set);
  };
  const bankAccounts = accounts.filter((a) => (a.kind === 'asset' || a.kind === 'liability') && !a.archived);
  const live = categories.filter((c) => !c.archived).sort((a, b) => a.name.localeCompare(b.name));
  const ready = toSet(field, value) !== null;

  return (
    <div className="bulk" role="region" aria-label="Selected transactions">
      <strong className="bulk__count" role="status">{selectionText(count, all, total)}</strong>
      {!all && count < total && (
        <button type="button" className="button button--small button--quiet" onClick={onSelectAll}>
          Select all {formatCount(total)} matching
        </button>
      )}
      {confirming ? (
        <span className="confirm" role="group" aria-label="Delete the selected transactions?" onKeyDown={(e) => { if (e.key === 'Escape') setConfirming(false); }}>
          <span className="confirm__question">{deleteQuestion(count)}</span>
          <button type="button" className="button button--small button--danger" disabled={busy} onClick={() => { setConfirming(false); onDelete(); }}>
            Delete
          </button>
          <button ref={noButton} type="button" className="button button--small" onClick={() => setConfirming(false)}>Cancel</button>
        </span>
      ) : (
        <>
          <form className="bulk__set" aria-label="Set a field of the selected transactions" onSubmit={submit}>
            <select aria-label="Field to set" className="field__input" value={field} onChange={(e) => { setField(e.target.value as Field); setValue(''); }}>
              {FIELDS.map((f) => <option key={f.key} value={f.key}>{f.label}</option>)}
            </select>
            {field === 'category' ? (
              <select aria-label="Category to set" className="field__input" value={value} onChange={(e) => setValue(e.target.value)}>
                <option value="">Pick a category…</option>
                <option value={CLEAR}>(no category)</option>
                {live.map((c) => <option key={c.id} value={c.name}>{c.name}</option>)}
              </select>
            ) : field === 'account' ? (
              <select aria-label="Account to set" className="field__input" value={value} onChange={(e) => setValue(e.target.value)}>
                <option value="">Pick an account…</option>
                {bankAccounts.map((a) => <option key={a.id} value={a.name}>{a.name}</option>)}
              </select>
            ) : (
              <input
                aria-label={`${FIELDS.find((f) => f.key === field)!.label} to set`} className="field__input" value={value} onChange={(e) => setValue(e.target.value)}
                placeholder={field === 'tags' ? 'tag, another tag (empty clears)' : field === 'memo' ? 'Memo (empty clears)' : 'Payee'}
              />
            )}
            <button type="submit" className="button button--small button--primary" disabled={busy || !ready}>{busy ? 'Working…' : 'Apply'}</button>
          </form>
          <button type="button" className="button button--small" disabled={busy} onClick={() => onSet({ reviewed: true })}>Mark reviewed</button>
          {canSplit && <button type="button" className="button button--small" disabled={busy} aria-keyshortcuts="S" onClick={onSplit}>Split…</button>}
          <button type="button" className="button button--small button--quiet-danger" disabled={busy} onClick={() => setConfirming(true)}>Delete…</button>
        </>
      )}
      <button type="button" className="button button--small button--quiet bulk__clear" aria-label="Clear selection" aria-keyshortcuts="Escape" onClick={onClear}>Clear</button>
    </div>
  );
}

/** The `set` for the chosen field and what was typed or picked; null while nothing usable is. */
function toSet(field: Field, value: string): BulkSet | null {
  switch (field) {
    case 'category': return value === '' ? null : { category: value === CLEAR ? null : value };
    case 'account': return value === '' ? null : { account: value };
    case 'payee': return value.trim() === '' ? null : { payee: value.trim() };
    case 'memo': return { memo: value.trim() };
    case 'tags': return { tags: parseTags(value) };
    default: { const never: never = field; return never; }
  }
}
