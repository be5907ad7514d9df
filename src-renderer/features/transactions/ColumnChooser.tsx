import { useEffect, useId, useRef, useState } from 'react';
import { COLUMN_DEFS, type ColumnKey } from './columns';

/** "Columns": a list of checkboxes that show or hide the grid's columns (remembered in the ledger). */
export function ColumnChooser({ shown, onToggle }: { shown: readonly ColumnKey[]; onToggle(key: ColumnKey): void }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => { if (!root.current?.contains(e.target as Node)) setOpen(false); };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);
  return (
    <div
      ref={root} className="popover-anchor"
      onKeyDown={(e) => { if (e.key === 'Escape' && open) { e.preventDefault(); setOpen(false); } }}
    >
      <button type="button" className="button button--small" aria-expanded={open} aria-controls={`${id}-list`} onClick={() => setOpen((o) => !o)}>
        Columns
      </button>
      {open && (
        <fieldset id={`${id}-list`} className="popover columns-list">
          <legend className="visually-hidden">Columns shown</legend>
          {COLUMN_DEFS.map((c) => (
            <label key={c.key} className={c.fixed ? 'muted' : undefined}>
              <input type="checkbox" checked={shown.includes(c.key)} disabled={c.fixed} onChange={() => onToggle(c.key)} />
              {' '}{c.label}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
