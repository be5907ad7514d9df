import { normalizeText } from './normalize-text';

export interface FingerprintInput {
  date: string;
  amountMinor: number;
  description: string;
  payee: string;
}

/**
 * Fingerprints of a file's rows: date, amount, normalized text, and the row's rank among
 * identical rows of that day, so two real identical coffees on one day stay two. Returned in
 * input order.
 */
export function fingerprints(rows: readonly FingerprintInput[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const base = `${r.date}|${r.amountMinor}|${normalizeText(`${r.payee} ${r.description}`)}`;
    const rank = (seen.get(base) ?? 0) + 1;
    seen.set(base, rank);
    return `${base}|${rank}`;
  });
}
