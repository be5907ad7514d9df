import { useId, useMemo, useRef, useState, type JSX } from 'react';
import type { CategoryView, TransactionView } from '../../../../src-shared/contract/views';
import { currencyScale } from '../../../../src-shared/domain/money/currency';
import { formatMinor } from '../../../../src-shared/domain/money/decimal';
import { useApi } from '../../../api/api-context';
import { errorMessage } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { formatAmount } from '../../../components/format';
import { CategoryCombobox } from '../../categories/CategoryCombobox';
import { useCategories } from '../../categories/use-categories';
import { checkParts, partText, remainingText, type PartDraft } from './split-draft';
import { useModalFocus } from './use-modal-focus';
import './row-tools.css';

/**
 * Splits one line across categories, as a modal dialog. The parts must sum exactly to the
 * line before Save is offered; saving (or "Remove split") is one undoable change in the core.
 */
export function SplitEditor(props: { tx: TransactionView; onClose(): void; onSaved(label: string): void }): JSX.Element {
  const { tx, onClose, onSaved } = props;
  const api = useApi();
  const categories = useCategories();
  const scale = currencyScale(tx.currency);
  const line = tx.amountMinor;
  const nextKey = useRef(0);
  const [drafts, setDrafts] = useState<PartDraft[]>(() => initialDrafts(tx, scale, () => nextKey.current++));
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const onKeyDown = useModalFocus(dialog, onClose);
  const id = useId();

  const byName = useMemo(() => categoryIndex(categories.data ?? []), [categories.data]);
  const check = checkParts(drafts, line, scale, (text) => byName.get(text.trim().toLowerCase()) ?? null);
  const what = tx.payee || tx.description || `transaction ${tx.id}`;
  const alreadySplit = tx.splits.length > 0;

  const update = (key: number, change: Partial<PartDraft>) => setDrafts((ds) => ds.map((d) => (d.key === key ? { ...d, ...change } : d)));
  const touch = (field: string) => setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
  const addPart = () => setDrafts((ds) => [...ds, emptyDraft(nextKey.current++)]);
  const removePart = (key: number) => setDrafts((ds) => ds.filter((d) => d.key !== key));
  /** Puts what is left of the line into this part. */
  const fillRest = (d: PartDraft, i: number) => {
    // An unreadable amount counts as 0 in the remaining, so it is replaced, not added to.
    update(d.key, { amountText: partText(check.parts[i]!.amount + check.remainingMinor, line, scale) });
  };

  const send = (parts: { category: string; amount: number; memo?: string }[]) => {
    setSaving(true);
    setError(null);
    api.call('transactions.split', { id: tx.id, parts }).then(
      (r) => { setSaving(false); onSaved(r.label); },
      (err: unknown) => { setError(errorMessage(err)); setSaving(false); },
    );
  };

  const problemId = `${id}-problem`;
  return (
    // A click beside the dialog does not close it: parts typed are not lost by a stray click.
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="modal split-editor"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-line`}
        onKeyDown={onKeyDown}
      >
        <header className="modal__head">
          <h2 id={`${id}-title`}>Split {what}</h2>
          <p id={`${id}-line`} className="split-editor__line">
            {tx.date} · {tx.account} · <span className={line < 0 ? 'negative' : undefined}>{formatAmount(tx.amount)} {tx.currency}</span>
          </p>
          <p className="field__hint">
            Amounts go the line&apos;s way ({line < 0 ? 'money out' : 'money in'}); type + or − before one to go against it.
          </p>
        </header>
        <form
          className="split-editor__form"
          onSubmit={(e) => { e.preventDefault(); if (!check.problem && !saving) send(check.parts); }}
        >
          <ol className="split-editor__parts" aria-label="Parts">
            {drafts.map((d, i) => {
              const n = i + 1;
              const catErr = touched.has(`c${d.key}`) ? check.categoryErrors[i] : null;
              const amtErr = touched.has(`a${d.key}`) ? check.amountErrors[i] : null;
              return (
                <li key={d.key} className="split-part">
                  <div className="split-part__field split-part__category" onBlur={() => touch(`c${d.key}`)}>
                    <label className="field__label" htmlFor={`${id}-c${d.key}`}>Category {n}</label>
                    <CategoryCombobox
                      variant="field"
                      label={`Category ${n}`}
                      inputId={`${id}-c${d.key}`}
                      categories={categories.data ?? []}
                      value={d.category}
                      onChange={(text) => update(d.key, { category: text })}
                      onPick={(c) => update(d.key, { category: c.name })}
                      invalid={!!catErr}
                      describedBy={catErr ? `${id}-ce${d.key}` : undefined}
                    />
                    {catErr && <span id={`${id}-ce${d.key}`} className="split-part__error">{catErr}</span>}
                  </div>
                  <div className="split-part__field split-part__amount">
                    <label className="field__label" htmlFor={`${id}-a${d.key}`}>Amount {n}</label>
                    <input
                      id={`${id}-a${d.key}`}
                      className="field__input num"
                      type="text"
                      inputMode="decimal"
                      autoComplete="off"
                      value={d.amountText}
                      placeholder={formatMinor(0, scale)}
                      maxLength={24}
                      aria-invalid={amtErr ? true : undefined}
                      aria-describedby={amtErr ? `${id}-ae${d.key}` : undefined}
                      onChange={(e) => update(d.key, { amountText: e.target.value })}
                      onBlur={() => touch(`a${d.key}`)}
                    />
                    {amtErr && <span id={`${id}-ae${d.key}`} className="split-part__error">{amtErr}</span>}
                  </div>
                  <div className="split-part__field split-part__memo">
                    <label className="field__label" htmlFor={`${id}-m${d.key}`}>Memo {n}</label>
                    <input
                      id={`${id}-m${d.key}`}
                      className="field__input"
                      type="text"
                      autoComplete="off"
                      maxLength={500}
                      value={d.memo}
                      onChange={(e) => update(d.key, { memo: e.target.value })}
                    />
                  </div>
                  <div className="split-part__actions">
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      disabled={check.remainingMinor === 0}
                      onClick={() => fillRest(d, i)}
                      aria-label={`Put the rest into part ${n}`}
                    >
                      Rest
                    </button>
                    <button
                      type="button"
                      className="button button--small button--quiet-danger"
                      disabled={drafts.length <= 1}
                      onClick={() => removePart(d.key)}
                      aria-label={`Remove part ${n}`}
                    >
                      Remove
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
          <div className="split-editor__tally">
            <button type="button" className="button button--small" onClick={addPart} disabled={drafts.length >= 100}>Add part</button>
            <span className={`split-editor__remaining${check.remainingMinor === 0 ? ' is-done' : ''}`} role="status" data-testid="split-remaining">
              {remainingText(check.remainingMinor, line, scale)}
            </span>
          </div>
          {categories.error && <Alert title="Categories could not be read">{categories.error}</Alert>}
          {error && <Alert title="Not saved">{error}</Alert>}
          <footer className="modal__foot">
            <p id={problemId} className="split-editor__problem">{check.problem ?? ''}</p>
            {alreadySplit && (
              <button type="button" className="button button--quiet-danger" disabled={saving} onClick={() => send([])}>
                Remove split
              </button>
            )}
            <button type="button" className="button" onClick={onClose}>Cancel</button>
            <button
              type="submit"
              className="button button--primary"
              disabled={!!check.problem || saving}
              aria-describedby={check.problem ? problemId : undefined}
            >
              {saving ? 'Saving…' : 'Save split'}
            </button>
          </footer>
        </form>
      </div>
    </div>
  );
}

function emptyDraft(key: number): PartDraft {
  return { key, category: '', amountText: '', memo: '' };
}

/** The parts of a split row as they are; otherwise two empty parts, the first under the row's category. */
function initialDrafts(tx: TransactionView, scale: number, key: () => number): PartDraft[] {
  if (tx.splits.length > 0) {
    return tx.splits.map((s) => ({ key: key(), category: s.category, amountText: partText(s.amountMinor, tx.amountMinor, scale), memo: s.memo }));
  }
  return [{ ...emptyDraft(key()), category: tx.category ?? '' }, emptyDraft(key())];
}

/** Lower-cased name -> the name as stored (archived categories are not offered). */
function categoryIndex(categories: readonly CategoryView[]): Map<string, string> {
  return new Map(categories.filter((c) => !c.archived).map((c) => [c.name.toLowerCase(), c.name]));
}
