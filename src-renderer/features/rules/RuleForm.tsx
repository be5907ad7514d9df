import { useState, type FormEvent } from 'react';
import type { CategoryView, RulePreview, RuleView } from '../../../src-shared/contract/views';
import type { RuleInput } from '../../../src-shared/domain/rules/rule';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/client';
import { useLiveQuery } from '../../api/use-live-query';
import { Alert } from '../../components/Alert';
import { CategoryCombobox } from '../categories/CategoryCombobox';
import { ConditionFields } from './ConditionFields';
import { RulePreviewResult } from './RulePreviewResult';
import { blankCondition, emptyDraft, toRuleInput, type ConditionDraft, type RuleDraft, type RuleFormErrors } from './rule-form';

type Keyed = { key: number; c: ConditionDraft };
let nextKey = 1;
const keyed = (c: ConditionDraft): Keyed => ({ key: nextKey++, c });

/**
 * "Add a rule": conditions (all must hold), what the rule sets, a preview of how many existing
 * rows it would change, and saving. A saved rule files new imports; existing rows change only
 * when applied (offered right after saving).
 */
export function RuleForm({ categories, onSaved }: { categories: readonly CategoryView[]; onSaved(rule: RuleView): void }) {
  const api = useApi();
  const accounts = useLiveQuery((a) => a.call('accounts.list', {}));
  const [draft, setDraft] = useState<Omit<RuleDraft, 'conditions'>>(() => emptyDraft());
  const [conditions, setConditions] = useState<Keyed[]>(() => [keyed(blankCondition('text'))]);
  const [errors, setErrors] = useState<RuleFormErrors | null>(null);
  const [preview, setPreview] = useState<RulePreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const edit = (change: Partial<RuleDraft>) => { setDraft((d) => ({ ...d, ...change })); setPreview(null); };
  const setCondition = (key: number, c: ConditionDraft) => { setConditions((cs) => cs.map((k) => (k.key === key ? { key, c } : k))); setPreview(null); };
  const removeCondition = (key: number) => { setConditions((cs) => cs.filter((k) => k.key !== key)); setPreview(null); };

  /** The rule as typed, or null with the problems shown in place. */
  const valid = (): RuleInput | null => {
    const r = toRuleInput({ ...draft, conditions: conditions.map((k) => k.c) }, categories);
    if ('errors' in r) { setErrors(r.errors); return null; }
    setErrors(null);
    return r.rule;
  };
  const act = (fn: (rule: RuleInput) => Promise<void>) => {
    const rule = valid();
    if (!rule) return;
    setBusy(true);
    setFailure(null);
    fn(rule).catch((err: unknown) => setFailure(errorMessage(err))).finally(() => setBusy(false));
  };
  const runPreview = () => act(async (rule) => setPreview(await api.call('rules.preview', { rule })));
  const save = (e: FormEvent) => {
    e.preventDefault();
    act(async (rule) => {
      onSaved(await api.call('rules.add', rule));
      setDraft(emptyDraft());
      setConditions([keyed(blankCondition('text'))]);
      setPreview(null);
    });
  };

  const accountNames = (accounts.data ?? []).filter((a) => !a.archived).map((a) => a.name);
  return (
    <section className="panel" aria-labelledby="add-rule-title">
      <h2 id="add-rule-title" className="panel__title">Add a rule</h2>
      <form className="rule-form" onSubmit={save} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="rule-name">Name</label>
          <input id="rule-name" className="field__input" value={draft.name} maxLength={120} placeholder="Optional: named after its first condition"
            onChange={(e) => edit({ name: e.target.value })} />
        </div>
        <fieldset className="rule-form__group">
          <legend>When a row matches all of these</legend>
          {conditions.map((k, i) => (
            <ConditionFields key={k.key} n={i + 1} value={k.c} error={errors?.conditions[i]} accounts={accountNames}
              onChange={(c) => setCondition(k.key, c)} onRemove={conditions.length > 1 ? () => removeCondition(k.key) : null} />
          ))}
          <div>
            <button type="button" className="button button--small" disabled={conditions.length >= 20}
              onClick={() => { setConditions((cs) => [...cs, keyed(blankCondition('text'))]); setPreview(null); }}>
              Add a condition
            </button>
          </div>
        </fieldset>
        <fieldset className="rule-form__group rule-form__then">
          <legend>Then set</legend>
          <div className="field">
            <label className="field__label" htmlFor="rule-category">Category</label>
            <CategoryCombobox variant="field" inputId="rule-category" label="Category" categories={categories} value={draft.category}
              onChange={(t) => edit({ category: t })} onPick={() => undefined} invalid={!!errors?.category}
              describedBy={errors?.category ? 'rule-category-error' : undefined} />
            {errors?.category && <p id="rule-category-error" className="field__error">{errors.category}</p>}
          </div>
          <div className="field">
            <label className="field__label" htmlFor="rule-payee">Payee <span className="muted">(optional)</span></label>
            <input id="rule-payee" className="field__input" value={draft.payee} maxLength={200} onChange={(e) => edit({ payee: e.target.value })} />
            {errors?.payee && <p className="field__error">{errors.payee}</p>}
          </div>
          <div className="field">
            <label className="field__label" htmlFor="rule-tags">Tags <span className="muted">(optional, separated by commas)</span></label>
            <input id="rule-tags" className="field__input" value={draft.tags} onChange={(e) => edit({ tags: e.target.value })} />
            {errors?.tags && <p className="field__error">{errors.tags}</p>}
          </div>
        </fieldset>
        {errors?.action && <p className="field__error">{errors.action}</p>}
        <div className="rule-form__actions">
          <button type="button" className="button" disabled={busy} onClick={runPreview}>Preview</button>
          <button type="submit" className="button button--primary" disabled={busy}>Save rule</button>
        </div>
        {preview && <RulePreviewResult preview={preview} />}
        {failure && <Alert title="The rule was not saved">{failure}</Alert>}
      </form>
    </section>
  );
}
