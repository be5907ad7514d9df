import type { RulePreview } from '../../../src-shared/contract/views';
import { formatAmount, isNegative } from '../../components/format';
import { previewText } from './rule-text';

const SAMPLE_ROWS = 5;

/** How many existing rows a rule would change, with a few of them to check it by. */
export function RulePreviewResult({ preview }: { preview: RulePreview }) {
  const sample = preview.sample.slice(0, SAMPLE_ROWS);
  return (
    <div className="preview" role="status" aria-label="Preview">
      <p className="preview__count">{previewText(preview)}</p>
      {sample.length > 0 && (
        <table className="table table--compact" aria-label="Rows the rule would change">
          <thead>
            <tr><th scope="col">Date</th><th scope="col">Payee / description</th><th scope="col" className="num">Amount</th><th scope="col">Category now</th></tr>
          </thead>
          <tbody>
            {sample.map((t) => (
              <tr key={t.id}>
                <td className="table__nowrap">{t.date}</td>
                <td className="truncate">{t.payee || t.description}</td>
                <td className={`num${isNegative(t.amount) ? ' negative' : ''}`}>{formatAmount(t.amount)}</td>
                <td className="muted">{t.category ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
