import { useLiveQuery } from '../../api/use-live-query';
import { Alert } from '../../components/Alert';
import { plural } from '../../components/format';
import { BatchRow } from './BatchRow';
import { DeletedNotice } from './DeletedNotice';
import { useBatchDeletion } from './use-batch-deletion';

/** Every file imported into the ledger, newest first; refreshed whenever the ledger changes. */
export function BatchList() {
  const batches = useLiveQuery((api) => api.call('imports.batches', {}));
  const deletion = useBatchDeletion();
  const rows = batches.data ?? [];
  return (
    <section className="panel" aria-labelledby="imported-files">
      <div className="panel__head">
        <h2 id="imported-files">Imported files</h2>
        {batches.data && <span className="panel__meta">{plural(rows.length, 'file')}</span>}
      </div>
      {deletion.notice && <DeletedNotice notice={deletion.notice} onDismiss={deletion.dismissNotice} />}
      {deletion.error && <Alert title={`Could not delete the import of ${deletion.error.fileName}`}>{deletion.error.message}</Alert>}
      {batches.error && <Alert title="Could not load the imported files">{batches.error}</Alert>}
      {batches.data && rows.length === 0 && <p className="empty">No files imported yet.</p>}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="table" aria-labelledby="imported-files">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Account</th>
                <th scope="col" className="num">Rows</th>
                <th scope="col">Notes</th>
                <th scope="col">Format</th>
                <th scope="col">Imported</th>
                <th scope="col" className="table__actions"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => (
                <BatchRow
                  key={b.id}
                  batch={b}
                  confirming={deletion.confirming === b.id}
                  deleting={deletion.deleting === b.id}
                  onAsk={() => deletion.ask(b.id)}
                  onCancel={deletion.cancel}
                  onConfirm={() => void deletion.confirm(b)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
