import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { CategoryView } from '../../../src-shared/contract/views';
import { filterCategories } from './category-filter';
import { comboboxKey } from './combobox-keys';
import './combobox.css';

interface Props {
  categories: readonly CategoryView[];
  /** The accessible name of the text box, e.g. "Category for STARBUCKS 123". */
  label: string;
  /**
   * `popup`: opened to file something; the list stays open, Escape or leaving it cancels.
   * `field`: a form's category box; the text typed is its value, the list opens while typing.
   */
  variant: 'popup' | 'field';
  onPick(category: CategoryView): void;
  onCancel?(): void;
  /** Field: the text in the box, and its changes. */
  value?: string;
  onChange?(text: string): void;
  inputId?: string;
  describedBy?: string;
  invalid?: boolean;
}

/**
 * Type-to-search over the categories (the ARIA combobox pattern): the focus stays in the text
 * box while ↑/↓ move the highlighted option (aria-activedescendant); Enter picks it.
 */
export function CategoryCombobox(p: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const popup = p.variant === 'popup';
  const [ownQuery, setOwnQuery] = useState('');
  const query = popup ? ownQuery : p.value ?? '';
  const [listOpen, setListOpen] = useState(false);
  const open = popup || listOpen;
  const [active, setActive] = useState(0);
  const options = useMemo(() => filterCategories(p.categories, query), [p.categories, query]);
  const optionId = (i: number) => `${id}-opt-${i}`;
  const activeIndex = options.length ? Math.min(active, options.length - 1) : -1;

  useEffect(() => {
    if (open && activeIndex >= 0) document.getElementById(optionId(activeIndex))?.scrollIntoView?.({ block: 'nearest' });
  });

  const type = (text: string) => {
    if (popup) setOwnQuery(text);
    else p.onChange?.(text);
    setActive(0);
    setListOpen(true);
  };
  const pick = (c: CategoryView) => {
    setListOpen(false);
    if (!popup) p.onChange?.(c.name);
    p.onPick(c);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const action = comboboxKey(e.key, { open, active: activeIndex, count: options.length });
    if (!action) return;
    if (action.type === 'close' && !popup && !listOpen) return; // Escape in a closed field is the form's
    e.preventDefault();
    e.stopPropagation();
    switch (action.type) {
      case 'open': setListOpen(true); break;
      case 'move': setActive(action.index); break;
      case 'pick': pick(options[action.index]!); break;
      case 'close': if (popup) p.onCancel?.(); else setListOpen(false); break;
      default: { const never: never = action; return never; }
    }
  };

  return (
    <div className={`combo combo--${p.variant}`}>
      <input
        id={p.inputId}
        className="field__input combo__input"
        type="text"
        role="combobox"
        aria-label={p.inputId ? undefined : p.label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={p.describedBy}
        aria-invalid={p.invalid || undefined}
        autoComplete="off"
        spellCheck={false}
        autoFocus={popup}
        placeholder={popup ? 'Type to search categories' : undefined}
        value={query}
        maxLength={120}
        onChange={(e) => type(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => { if (popup) p.onCancel?.(); else setListOpen(false); }}
      />
      <ul id={listId} role="listbox" className="combo__list" aria-label="Categories" hidden={!open}>
        {options.map((c, i) => (
          <li
            key={c.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            className={`combo__option${i === activeIndex ? ' is-active' : ''}`}
            // The text box keeps the focus: a click must not blur (and so cancel) the picker first.
            onMouseDown={(e) => { e.preventDefault(); pick(c); }}
            onMouseMove={() => { if (i !== activeIndex) setActive(i); }}
          >
            <span className="combo__name">{c.name}</span>
            {c.parent && <span className="combo__parent">{c.parent}</span>}
          </li>
        ))}
      </ul>
      {open && options.length === 0 && <p className="combo__empty">No category matches “{query.trim()}”.</p>}
    </div>
  );
}
