import { useId } from 'react';
import { useLiveQuery } from '../../api/use-live-query';

/**
 * The account for statements that do not name one (imports.start's `fallbackAccount`); a
 * statement that names its account (OFX, CAMT, MT940, most QIF) goes there instead.
 * Suggests the ledger's bank accounts.
 */
export function AccountField({ value, onChange }: { value: string; onChange(v: string): void }) {
  const id = useId();
  const accounts = useLiveQuery((api) => api.call('accounts.list', {}));
  const names = (accounts.data ?? []).filter((a) => !a.archived).map((a) => a.name);
  return (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-input`}>Account</label>
      <input
        id={`${id}-input`}
        className="field__input"
        type="text"
        list={`${id}-accounts`}
        value={value}
        maxLength={120}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={`${id}-accounts`}>
        {names.map((n) => <option key={n} value={n} />)}
      </datalist>
      <p id={`${id}-hint`} className="field__hint">
        Only for statements that do not say which account they belong to (most CSV and Excel files).
        A statement that names its account is imported into that account.
      </p>
    </div>
  );
}
