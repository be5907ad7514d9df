import type { TransactionView } from '../../../src-shared/contract/views';

export const POSSIBLE_DUPLICATE = 'possible-duplicate';

/**
 * The tooltip of a row flagged as a possible duplicate: why, and how sure (score 0–1), e.g.
 * "Possible duplicate of an earlier row (score 0.90): same amount, 1 day apart, description
 * 100 % similar". null when the row is not flagged.
 */
export function duplicateTitle(tx: Pick<TransactionView, 'flags' | 'duplicate'>): string | null {
  if (!tx.flags.includes(POSSIBLE_DUPLICATE)) return null;
  const d = tx.duplicate;
  if (!d) return 'Possible duplicate of a row already in the ledger. Review it.';
  const score = Number.isFinite(d.score) ? ` (score ${d.score.toFixed(2)})` : '';
  const reasons = d.reasons.filter((r) => r.trim() !== '');
  return `Possible duplicate of an earlier row${score}${reasons.length ? `: ${reasons.join(', ')}` : ''}. Review it.`;
}
