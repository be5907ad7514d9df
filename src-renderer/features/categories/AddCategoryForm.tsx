import { useState, type FormEvent } from 'react';
import type { CategoryView } from '../../../src-shared/contract/views';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/client';
import { Alert } from '../../components/Alert';
import { parentChoices } from './category-groups';

/** Adds an income or expense category, at the top or under a parent of the same kind. */
export function AddCategoryForm({ categories, onAdded }: { categories: readonly CategoryView[]; onAdded(text: string): void }) {
  const api = useApi();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'expense' | 'income'>('expense');
  const [parent, setParent] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const parents = parentChoices(categories, kind);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) { setError('Type a name for the category.'); return; }
    setBusy(true);
    setError(null);
    api.call('categories.add', { name: name.trim(), kind, ...(parent ? { parent } : {}) }).then((c) => {
      onAdded(`Added the category “${c.name}”${c.parent ? ` under ${c.parent}` : ''}.`);
      setName('');
    }, (err: unknown) => setError(errorMessage(err))).finally(() => setBusy(false));
  };

  return (
    <form className="add-category" onSubmit={submit} aria-label="Add a category" noValidate>
      <div className="field">
        <label className="field__label" htmlFor="new-category-name">New category</label>
        <input id="new-category-name" className="field__input" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="new-category-kind">Kind</label>
        <select id="new-category-kind" className="field__input" value={kind}
          onChange={(e) => { setKind(e.target.value as 'expense' | 'income'); setParent(''); }}>
          <option value="expense">Expense</option>
          <option value="income">Income</option>
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="new-category-parent">Under</label>
        <select id="new-category-parent" className="field__input" value={parent} onChange={(e) => setParent(e.target.value)}>
          <option value="">Nothing (a top-level category)</option>
          {parents.map((p) => <option key={p.id} value={p.name}>{p.name}</option>)}
        </select>
      </div>
      <button type="submit" className="button" disabled={busy}>Add category</button>
      {error && <div className="add-category__error"><Alert>{error}</Alert></div>}
    </form>
  );
}
