import { daysBetween } from '../dates/iso-date';
import { textSimilarity } from './similarity';

export interface ExistingRow {
  id: number;
  date: string;
  amountMinor: number;
  text: string;
  reference: string | null;
  fingerprint: string | null;
}

export interface IncomingRow {
  date: string;
  amountMinor: number;
  text: string;
  reference: string | null;
  fingerprint: string;
}

export type DuplicateVerdict =
  | { kind: 'new' }
  | { kind: 'exact'; rule: 'bank-id' | 'fingerprint'; existingId: number }
  | { kind: 'possible'; existingId: number; score: number; reasons: string[] };

/** How far apart (days) the same bank line may be dated in two exports. */
export const FUZZY_DAYS = 3;
const MIN_TEXT_SIMILARITY = 0.5;

/**
 * Classifies incoming rows against the account's existing rows (one-to-one: an existing row
 * answers for at most one incoming row). Exact matches (same bank id; same fingerprint) are
 * skipped by the caller; a possible duplicate (same amount, close date, similar text) is
 * imported and flagged with its score and reasons, never dropped.
 */
export function classifyDuplicates(
  incoming: readonly IncomingRow[], existing: readonly ExistingRow[],
  /** Existing rows already matched by earlier chunks of the same file; updated in place. */
  used: Set<number> = new Set(),
): DuplicateVerdict[] {
  const byRef = new Map<string, ExistingRow>();
  const byFp = new Map<string, ExistingRow>();
  const byAmount = new Map<number, ExistingRow[]>();
  for (const e of existing) {
    if (e.reference) byRef.set(e.reference, e);
    if (e.fingerprint) byFp.set(e.fingerprint, e);
    byAmount.set(e.amountMinor, [...(byAmount.get(e.amountMinor) ?? []), e]);
  }
  const verdicts: DuplicateVerdict[] = incoming.map(() => ({ kind: 'new' }));

  incoming.forEach((r, i) => {
    const ref = r.reference ? byRef.get(r.reference) : undefined;
    if (ref && !used.has(ref.id) && ref.amountMinor === r.amountMinor) {
      used.add(ref.id);
      verdicts[i] = { kind: 'exact', rule: 'bank-id', existingId: ref.id };
      return;
    }
    const fp = byFp.get(r.fingerprint);
    const distinctIds = !!(fp && r.reference && fp.reference && fp.reference !== r.reference);
    if (fp && !used.has(fp.id) && !distinctIds) {
      used.add(fp.id);
      verdicts[i] = { kind: 'exact', rule: 'fingerprint', existingId: fp.id };
    }
  });

  incoming.forEach((r, i) => {
    if (verdicts[i]!.kind !== 'new') return;
    let best: { e: ExistingRow; score: number; days: number; sim: number } | null = null;
    for (const e of byAmount.get(r.amountMinor) ?? []) {
      if (used.has(e.id)) continue;
      // Two different bank ids are two different bank lines, however alike they look.
      if (r.reference && e.reference && r.reference !== e.reference) continue;
      const days = Math.abs(daysBetween(e.date, r.date));
      if (days > FUZZY_DAYS) continue;
      const sim = textSimilarity(e.text, r.text);
      if (sim < MIN_TEXT_SIMILARITY) continue;
      const score = Math.round((0.6 * sim + 0.4 * (1 - days / (FUZZY_DAYS + 1))) * 100) / 100;
      if (!best || score > best.score) best = { e, score, days, sim };
    }
    if (best) {
      used.add(best.e.id);
      verdicts[i] = {
        kind: 'possible', existingId: best.e.id, score: best.score,
        reasons: [
          'same amount',
          best.days === 0 ? 'same date' : `${best.days} day${best.days > 1 ? 's' : ''} apart`,
          `description ${Math.round(best.sim * 100)} % similar`,
        ],
      };
    }
  });
  return verdicts;
}
