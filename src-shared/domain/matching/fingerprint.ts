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
export function fingerprints(rows: readonly FingerprintInput[], normalized?: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((r, i) => {
    const base = `${r.date}|${r.amountMinor}|${normalized?.[i] ?? rowText(r)}`;
    const rank = (seen.get(base) ?? 0) + 1;
    seen.set(base, rank);
    return `${base}|${rank}`;
  });
}

/** The normalized text a fingerprint is built from; callers that need it too compute it once. */
export function rowText(r: { payee: string; description: string }): string {
  return normalizeText(`${r.payee} ${r.description}`);
}
