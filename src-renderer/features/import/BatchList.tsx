import { useLiveQuery } from '../../api/use-live-query';
import { Alert } from '../../components/Alert';
import { formatCount, formatName, formatTimestamp } from '../../components/format';

/** Every statement in the ledger, newest first; refreshed whenever the ledger changes. */
export function BatchList() {
  const batches = useLiveQuery((api) => api.call('imports.batches', {}));
  const rows = batches.data ?? [];
  return (
    <section className="panel" aria-labelledby="imported-statements">
      <div className="panel__head">
        <h2 id="imported-statements">Imported statements</h2>
        {batches.data && <span className="panel__meta">{rows.length === 1 ? '1 statement' : `${formatCount(rows.length)} statements`}</span>}
      </div>
      {batches.error && <Alert title="Could not load the imported statements">{batches.error}</Alert>}
      {batches.data && rows.length === 0 && <p className="empty">No statements imported yet.</p>}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="table" aria-labelledby="imported-statements">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Account</th>
                <th scope="col" className="num">Rows</th>
                <th scope="col">Format</th>
                <th scope="col">Imported</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => (
                <tr key={b.id}>
                  <td className="truncate" title={b.fileName}>{b.fileName}</td>
                  <td>{b.account}</td>
                  <td className="num">{formatCount(b.rowCount)}</td>
                  <td>{formatName(b.format)}</td>
                  <td><time dateTime={b.importedAt}>{formatTimestamp(b.importedAt)}</time></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
