import { useState } from 'react';
import type { ApiOutput } from '../../../src-shared/contract/api';
import type { RulePreview } from '../../../src-shared/contract/views';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/client';
import { Alert } from '../../components/Alert';
import { formatCount, plural } from '../../components/format';
import { useFlash } from '../../components/use-flash';
import { useLiveQuery } from '../../api/use-live-query';
import { merchantLabel } from '../categories/filed-text';
import { appliedText, openOffers, previewText, ruleFromOffer } from '../rules/rule-text';

type Offer = ApiOutput<'categorization.status'>['ruleOffers'][number];

/** Merchants the user keeps filing the same way, offered as rules: preview first, then save. */
export function RuleOffers({ offers }: { offers: readonly Offer[] }) {
  const rules = useLiveQuery((api) => api.call('rules.list', {}));
  const [flash, showFlash] = useFlash(15_000);
  const open = rules.data ? openOffers(offers, rules.data) : [];
  return (
    <section className="panel side-panel" aria-labelledby="offers-title">
      <h2 id="offers-title">Rules to make</h2>
      {open.length === 0
        ? <p className="muted">When you file a merchant the same way three times, FinGood offers a rule for it here.</p>
        : <ul className="offers">{open.map((o) => <OfferItem key={`${o.merchant}\u0000${o.category}`} offer={o} onSaved={showFlash} />)}</ul>}
      <p className="flash" role="status">{flash ?? ''}</p>
    </section>
  );
}

function OfferItem({ offer, onSaved }: { offer: Offer; onSaved(text: string): void }) {
  const api = useApi();
  const [preview, setPreview] = useState<RulePreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rule = ruleFromOffer(offer);
  const act = (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    fn().catch((err: unknown) => setError(errorMessage(err))).finally(() => setBusy(false));
  };
  const makeRule = () => act(async () => setPreview(await api.call('rules.preview', { rule })));
  const save = () => act(async () => {
    const saved = await api.call('rules.add', rule);
    const applied = preview && preview.changes > 0 ? await api.call('rules.apply', { id: saved.id }) : null;
    onSaved(`Saved the rule “${saved.name}”.${applied ? ` ${appliedText(applied.changed)}` : ''}`);
  });
  return (
    <li className="offer" aria-label={`${merchantLabel(offer.merchant)} under ${offer.category}`}>
      <p>
        <strong>{merchantLabel(offer.merchant)}</strong> → {offer.category}
        <span className="muted"> · filed so {formatCount(offer.corrections)} times</span>
      </p>
      {!preview && <button type="button" className="button button--small" disabled={busy} onClick={makeRule}>Make a rule</button>}
      {preview && (
        <>
          <p className="offer__preview">{previewText(preview)}</p>
          <div className="offer__actions">
            <button type="button" className="button button--small button--primary" disabled={busy} onClick={save}>
              {preview.changes > 0 ? `Save and file ${plural(preview.changes, 'row')}` : 'Save rule'}
            </button>
            <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => setPreview(null)}>Cancel</button>
          </div>
        </>
      )}
      {error && <Alert>{error}</Alert>}
    </li>
  );
}
