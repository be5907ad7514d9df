import { useState } from 'react';
import type { CategoryView } from '../../../src-shared/contract/views';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/client';
import { plural } from '../../components/format';

type Mode = 'view' | 'rename' | 'merge';

/** One category with Rename, Merge into… and Archive (or Restore); each change is undoable. */
export function CategoryItem({ category, all, onDone }: {
  category: CategoryView;
  all: readonly CategoryView[];
  onDone(text: string, error?: boolean): void;
}) {
  const api = useApi();
  const [mode, setMode] = useState<Mode>('view');
  const [name, setName] = useState(category.name);
  const [into, setInto] = useState('');
  const [busy, setBusy] = useState(false);
  const c = category;
  const run = (fn: () => Promise<string>) => {
    setBusy(true);
    fn().then((text) => { onDone(text); setMode('view'); }, (err: unknown) => onDone(errorMessage(err), true)).finally(() => setBusy(false));
  };
  const rename = () => run(async () => {
    const r = await api.call('categories.rename', { id: c.id, name: name.trim() });
    return `Renamed “${c.name}” to “${r.name}”.`;
  });
  const merge = () => run(async () => {
    const r = await api.call('categories.merge', { from: c.id, into: Number(into) });
    return `Merged “${c.name}” into “${r.into.name}”: moved ${plural(r.moved, 'row')}.`;
  });
  const archive = (archived: boolean) => run(async () => {
    await api.call('categories.archive', { id: c.id, archived });
    return archived ? `Archived “${c.name}”: it is no longer offered; its rows keep it.` : `Restored “${c.name}”.`;
  });
  const escape = (e: { key: string; preventDefault(): void }) => { if (e.key === 'Escape') { e.preventDefault(); setMode('view'); } };

  if (mode === 'rename') {
    return (
      <form className="cat cat--editing" onSubmit={(e) => { e.preventDefault(); rename(); }} onKeyDown={escape} aria-label={`Rename ${c.name}`}>
        <input className="field__input" aria-label={`New name for ${c.name}`} value={name} maxLength={120} autoFocus onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button button--small button--primary" disabled={busy || !name.trim()}>Rename</button>
        <button type="button" className="button button--small button--quiet" onClick={() => setMode('view')}>Cancel</button>
      </form>
    );
  }
  if (mode === 'merge') {
    const targets = all.filter((t) => !t.archived && t.id !== c.id);
    return (
      <form className="cat cat--editing" onSubmit={(e) => { e.preventDefault(); merge(); }} onKeyDown={escape} aria-label={`Merge ${c.name}`}>
        <span className="cat__name">{c.name}</span>
        <label className="cat__into" htmlFor={`merge-into-${c.id}`}>into</label>
        <select id={`merge-into-${c.id}`} className="field__input" value={into} autoFocus onChange={(e) => setInto(e.target.value)}>
          <option value="" disabled>Choose a category</option>
          {targets.map((t) => <option key={t.id} value={t.id}>{t.parent ? `${t.parent} › ${t.name}` : t.name}</option>)}
        </select>
        <button type="submit" className="button button--small button--primary" disabled={busy || !into}>Merge</button>
        <button type="button" className="button button--small button--quiet" onClick={() => setMode('view')}>Cancel</button>
      </form>
    );
  }
  return (
    <div className="cat" aria-label={c.name} role="group">
      <span className="cat__name">{c.name}</span>
      {c.parentId === null && <span className="badge">{c.kind}</span>}
      <span className="cat__actions">
        {c.archived ? (
          <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => archive(false)}>Restore</button>
        ) : (
          <>
            <button type="button" className="button button--small button--quiet" onClick={() => { setName(c.name); setMode('rename'); }}>Rename</button>
            <button type="button" className="button button--small button--quiet" onClick={() => { setInto(''); setMode('merge'); }}>Merge into…</button>
            <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => archive(true)}>Archive</button>
          </>
        )}
      </span>
    </div>
  );
}
