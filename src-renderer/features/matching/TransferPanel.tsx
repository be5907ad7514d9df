import { useId, useRef } from 'react';
import type { TransactionView } from '../../../src-shared/contract/views';
import { useApi } from '../../api/api-context';
import { Alert } from '../../components/Alert';
import { formatAmount, isNegative, plural } from '../../components/format';
import { rowText, scoreText, type TransferPair, type TransferProposal } from './match-pairs';
import { UndoNotice } from './UndoNotice';
import { useFocusAfterRemoval } from './use-focus-after-removal';
import { useTransfers } from './use-matching';
import { useRowAction } from './use-row-action';

/**
 * Money moved between the user's own accounts: proposed pairs of opposite amounts to link
 * (a linked transfer counts neither as income nor as expense), and the linked ones to unlink.
 */
export function TransferPanel() {
  const api = useApi();
  const q = useTransfers();
  const action = useRowAction();
  const list = useRef<HTMLOListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const proposals = q.data?.proposals;
  const focusNext = useFocusAfterRemoval(list, proposals?.map((p) => p.out.id), () => (undo.current ?? heading.current)?.focus());

  const link = (p: TransferProposal, index: number) =>
    action.run(p.out.id, () => api.call('transactions.linkTransfer', { a: p.out.id, b: p.in.id }), () => focusNext(p.out.id, index));
  const unlink = (p: TransferPair) => action.run(p.out.id, () => api.call('transactions.unlinkTransfer', { id: p.out.id }));

  return (
    <section className="matching__section" aria-labelledby="transfer-heading">
      <header className="matching__head">
        <h2 id="transfer-heading" ref={heading} tabIndex={-1}>Transfers between your accounts</h2>
      </header>
      <p className="view__hint">
        Money out of one of your accounts and the same amount into another a few days apart is likely one transfer. Linked, the two
        rows count neither as income nor as expense.
      </p>
      <UndoNotice label={action.done} onDismiss={action.dismiss} undoRef={undo} />
      {action.error && <Alert title="Not done">{action.error}</Alert>}
      {q.error && <Alert title="Could not load the transfers">{q.error}</Alert>}
      {!q.data && !q.error && <p className="empty">Loading…</p>}
      {q.data && (
        <>
          <h3 className="matching__sub">Proposed</h3>
          {proposals && proposals.length === 0 && <p className="empty">No pairs to propose.</p>}
          {proposals && proposals.length > 0 && (
            <ol ref={list} className="transfer-list" aria-label="Proposed transfers">
              {proposals.map((p, i) => (
                <Proposal key={`${p.out.id}-${p.in.id}`} p={p} busy={action.busyId === p.out.id} onLink={() => link(p, i)} />
              ))}
            </ol>
          )}
          <h3 className="matching__sub">Linked</h3>
          {q.data.linked.length === 0 ? <p className="empty">No linked transfers yet.</p> : (
            <div className="table-scroll">
              <table className="table linked" aria-label="Linked transfers">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">From</th>
                    <th scope="col">To</th>
                    <th scope="col" className="num">Amount</th>
                    <th scope="col">Description</th>
                    <th scope="col"><span className="visually-hidden">Actions</span></th>
                  </tr>
                </thead>
                <tbody>
                  {q.data.linked.map((p) => (
                    <tr key={`${p.out.id}-${p.in.id}`} data-testid="linked-transfer">
                      <td className="table__nowrap">{p.out.date}{p.in.date !== p.out.date ? ` / ${p.in.date}` : ''}</td>
                      <td>{p.out.account}</td>
                      <td>{p.in.account}</td>
                      <td className="num table__nowrap">{formatAmount(p.in.amount)} {p.in.currency}</td>
                      <td className="truncate" title={`${rowText(p.out)} / ${rowText(p.in)}`}>{rowText(p.out)}</td>
                      <td className="table__actions">
                        <button
                          type="button"
                          className="button button--small button--quiet-danger"
                          disabled={action.busyId === p.out.id}
                          onClick={() => unlink(p)}
                          aria-label={`Unlink transfer ${rowText(p.out)}, ${p.out.account} to ${p.in.account}`}
                        >
                          Unlink
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {q.data.linkedLegs > q.data.linked.length * 2 && (
            <p className="view__hint">Showing the latest {plural(q.data.linked.length, 'transfer')}.</p>
          )}
        </>
      )}
    </section>
  );
}

function Proposal({ p, busy, onLink }: { p: TransferProposal; busy: boolean; onLink(): void }) {
  const id = useId();
  return (
    <li className="transfer" data-testid="transfer-candidate" aria-labelledby={`${id}-title`}>
      <div className="transfer__head">
        <h4 id={`${id}-title`} className="transfer__title">{p.out.account} → {p.in.account}</h4>
        <span className="badge badge--running">{scoreText(p.score, 'sure')}</span>
      </div>
      <div className="transfer__legs">
        <Leg label="Money out" t={p.out} />
        <Leg label="Money in" t={p.in} />
      </div>
      {p.reasons.length > 0 && (
        <ul className="reasons" aria-label="Why they look like one transfer">
          {p.reasons.map((r) => <li key={r}>{r}</li>)}
        </ul>
      )}
      <div className="dup__actions">
        <button type="button" className="button button--small button--primary" data-focus-target disabled={busy} onClick={onLink} aria-describedby={`${id}-title`}>
          Link
        </button>
      </div>
    </li>
  );
}

function Leg({ label, t }: { label: string; t: TransactionView }) {
  return (
    <dl className="leg">
      <dt className="leg__label">{label}</dt>
      <dd className="leg__account">{t.account}</dd>
      <dd className="leg__text" title={t.description}>{rowText(t)}</dd>
      <dd className="leg__meta">
        <span>{t.date}</span>
        <span className={`num${isNegative(t.amount) ? ' negative' : ''}`}>{formatAmount(t.amount)} {t.currency}</span>
      </dd>
    </dl>
  );
}
