import type { ConditionDraft, TextField, TextOp } from './rule-form';
import { blankCondition } from './rule-form';

/** The choices of the condition menu: a text test on a field, or one of the other kinds. */
const KINDS: { value: string; label: string }[] = [
  { value: 'text:contains', label: 'Text contains' },
  { value: 'text:startsWith', label: 'Text starts with' },
  { value: 'text:equals', label: 'Text is exactly' },
  { value: 'text:regex', label: 'Text matches pattern' },
  { value: 'amount', label: 'Amount between' },
  { value: 'sign', label: 'Money in or out' },
  { value: 'account', label: 'Account is' },
  { value: 'date', label: 'Date between' },
];

const FIELDS: { value: TextField; label: string }[] = [
  { value: 'text', label: 'in any text' },
  { value: 'payee', label: 'in the payee' },
  { value: 'description', label: 'in the description' },
  { value: 'memo', label: 'in the memo' },
];

function kindValue(c: ConditionDraft): string {
  return c.kind === 'text' ? `text:${c.op}` : c.kind;
}

function fromKindValue(value: string, current: ConditionDraft): ConditionDraft {
  if (value.startsWith('text:')) {
    const op = value.slice(5) as TextOp;
    return current.kind === 'text' ? { ...current, op } : { ...blankCondition('text'), op } as ConditionDraft;
  }
  return blankCondition(value as ConditionDraft['kind']);
}

/** One condition of the rule form: its kind, and the fields that kind needs. */
export function ConditionFields({ n, value, error, accounts, onChange, onRemove }: {
  /** 1-based, for the labels: "Condition 2". */
  n: number;
  value: ConditionDraft;
  error: string | undefined;
  accounts: readonly string[];
  onChange(c: ConditionDraft): void;
  onRemove: (() => void) | null;
}) {
  const label = `Condition ${n}`;
  const errorId = `rule-condition-${n}-error`;
  const input = (name: string, v: string, set: (s: string) => void, extra: Record<string, unknown> = {}) => (
    <input
      className="field__input"
      aria-label={`${label}: ${name}`}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      value={v}
      onChange={(e) => set(e.target.value)}
      {...extra}
    />
  );
  return (
    <div className="condition" role="group" aria-label={label}>
      <select className="field__input" aria-label={`${label}: kind`} value={kindValue(value)} onChange={(e) => onChange(fromKindValue(e.target.value, value))}>
        {KINDS.map((k) => <option key={k.value} value={k.value}>{k.label}</option>)}
      </select>
      {value.kind === 'text' && (
        <>
          {input(value.op === 'regex' ? 'pattern' : 'text', value.value, (s) => onChange({ ...value, value: s }), { maxLength: 200, spellCheck: false })}
          <select className="field__input" aria-label={`${label}: where`} value={value.field} onChange={(e) => onChange({ ...value, field: e.target.value as TextField })}>
            {FIELDS.map((f) => <option key={f.value} value={f.value}>{f.label}</option>)}
          </select>
        </>
      )}
      {value.kind === 'amount' && (
        <>
          {input('lowest amount', value.min, (s) => onChange({ ...value, min: s }), { inputMode: 'decimal', placeholder: 'e.g. -50.00' })}
          <span className="condition__and">and</span>
          {input('highest amount', value.max, (s) => onChange({ ...value, max: s }), { inputMode: 'decimal', placeholder: 'e.g. -10.00' })}
        </>
      )}
      {value.kind === 'sign' && (
        <select className="field__input" aria-label={`${label}: direction`} value={value.sign} onChange={(e) => onChange({ ...value, sign: e.target.value as 'debit' | 'credit' })}>
          <option value="debit">Money out</option>
          <option value="credit">Money in</option>
        </select>
      )}
      {value.kind === 'account' && (
        <>
          {input('account', value.account, (s) => onChange({ ...value, account: s }), { list: `rule-accounts-${n}`, maxLength: 120 })}
          <datalist id={`rule-accounts-${n}`}>{accounts.map((a) => <option key={a} value={a} />)}</datalist>
        </>
      )}
      {value.kind === 'date' && (
        <>
          {input('first date', value.from, (s) => onChange({ ...value, from: s }), { type: 'date' })}
          <span className="condition__and">and</span>
          {input('last date', value.to, (s) => onChange({ ...value, to: s }), { type: 'date' })}
        </>
      )}
      {onRemove && (
        <button type="button" className="button button--small button--quiet-danger" aria-label={`Remove condition ${n}`} onClick={onRemove}>Remove</button>
      )}
      {value.kind === 'amount' && <p className="field__hint condition__full">Money out is negative: −50.00 to −10.00 matches spending between 10 and 50.</p>}
      {error && <p id={errorId} className="field__error condition__full">{error}</p>}
    </div>
  );
}
