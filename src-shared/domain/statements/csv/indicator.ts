import { normalizeLabel } from './label';

/**
 * Debit/credit indicator cells ("D"/"C", "Af"/"Bij", "S"/"H", "Debit"/"Credit", "DR"/"CR",
 * "-"/"+"): -1 for money out, +1 for money in, 0 for anything else. Used only when the amount
 * column itself carries no sign (see table.parser.ts).
 */
const DEBIT = new Set(['d', 'dr', 'db', 'debit', 'debet', 'af', 's', 'soll', 'debito', 'cargo', 'belastung', 'withdrawal', 'out', 'sortie']);
const CREDIT = new Set(['c', 'cr', 'credit', 'bij', 'h', 'haben', 'credito', 'abono', 'gutschrift', 'deposit', 'in', 'entree']);

export function indicatorSign(text: string): -1 | 0 | 1 {
  const t = text.trim();
  if (t === '-') return -1;
  if (t === '+') return 1;
  if (t.length > 12) return 0;
  const label = normalizeLabel(t);
  if (DEBIT.has(label)) return -1;
  if (CREDIT.has(label)) return 1;
  return 0;
}
