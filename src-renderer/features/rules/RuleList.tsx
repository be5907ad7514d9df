import { useState } from 'react';
import type { RuleView } from '../../../src-shared/contract/views';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/client';
import { Alert } from '../../components/Alert';
import { plural } from '../../components/format';
import { actionText, appliedText } from './rule-text';

/**
 * The rules in the order they run (the first that matches a row files it). Each can be
 * applied to the rows already in the ledger (undoable) or deleted (after asking).
 */
export function RuleList({ rules, justSaved, onMessage }: {
  rules: readonly RuleView[];
  /** The rule saved a moment ago: its Apply button is offered first. */
  justSaved: number | null;
  onMessage(text: string): void;
}) {
  const api = useApi();
  const [busy, setBusy] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (id: number, fn: () => Promise<string>) => {
    setBusy(id);
    setError(null);
    fn().then(onMessage, (err: unknown) => setError(errorMessage(err))).finally(() => { setBusy(null); setConfirming(null); });
  };
  const apply = (r: RuleView) => run(r.id, async () => `“${r.name}”: ${appliedText((await api.call('rules.apply', { id: r.id })).changed)}`);
  const remove = (r: RuleView) => run(r.id, async () => { await api.call('rules.delete', { id: r.id }); return `Deleted the rule “${r.name}”.`; });

  return (
    <section className="panel" aria-labelledby="rules-title">
      <div className="panel__head">
        <h2 id="rules-title">Your rules</h2>
        <span className="panel__meta">{plural(rules.length, 'rule')}</span>
      </div>
      {error && <Alert title="Could not change the rule">{error}</Alert>}
      {rules.length === 0 ? (
        <p className="empty">No rules yet. A rule files every row that matches it, before FinGood’s own suggestions; add one below.</p>
      ) : (
        <ol className="rules" aria-label="Rules, in the order they run">
          {rules.map((r) => (
            <li key={r.id} className={`rule${r.id === justSaved ? ' rule--new' : ''}`} aria-label={r.name}>
              <span className="rule__position" aria-hidden="true">{r.position}</span>
              <div className="rule__text">
                <span className="rule__name">{r.name}{!r.enabled && <span className="badge">off</span>}</span>
                <span className="rule__summary">When {r.summary} → <strong>{actionText(r.actions)}</strong></span>
              </div>
              {confirming === r.id ? (
                <span className="confirm" role="group" aria-label={`Delete the rule ${r.name}?`}
                  onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); setConfirming(null); } }}>
                  <span className="confirm__question">Delete this rule?</span>
                  <button type="button" className="button button--small button--danger" disabled={busy === r.id} onClick={() => remove(r)}>Yes</button>
                  {/* Focus lands on No, so a second Enter cannot delete by accident. */}
                  <button type="button" className="button button--small" autoFocus onClick={() => setConfirming(null)}>No</button>
                </span>
              ) : (
                <span className="rule__actions">
                  <button type="button" className={`button button--small${r.id === justSaved ? ' button--primary' : ''}`} disabled={busy === r.id}
                    onClick={() => apply(r)} aria-label={`Apply “${r.name}” to existing rows`}>
                    {busy === r.id ? 'Applying…' : 'Apply to existing rows'}
                  </button>
                  <button type="button" className="button button--small button--quiet-danger" onClick={() => setConfirming(r.id)}
                    aria-label={`Delete the rule ${r.name}`}>Delete</button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
