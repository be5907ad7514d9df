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

/** The account's existing rows, indexed once per import; remembers which rows already answered. */
export interface DuplicateIndex {
  byRef: Map<string, ExistingRow>;
  byFp: Map<string, ExistingRow>;
  byAmount: Map<number, ExistingRow[]>;
  used: Set<number>;
  size: number;
}

export function createDuplicateIndex(): DuplicateIndex {
  return { byRef: new Map(), byFp: new Map(), byAmount: new Map(), used: new Set(), size: 0 };
}

export function addExisting(index: DuplicateIndex, rows: readonly ExistingRow[]): void {
  for (const e of rows) {
    if (e.reference) index.byRef.set(e.reference, e);
    if (e.fingerprint) index.byFp.set(e.fingerprint, e);
    const same = index.byAmount.get(e.amountMinor);
    if (same) same.push(e);
    else index.byAmount.set(e.amountMinor, [e]);
  }
  index.size += rows.length;
}

/**
 * Classifies incoming rows against the account's existing rows (one-to-one: an existing row
 * answers for at most one incoming row, across every chunk of a file). Exact matches (same
 * bank id; same fingerprint) are skipped by the caller; a possible duplicate (same amount,
 * close date, similar text) is imported and flagged with its score and reasons, never dropped.
 */
export function classifyDuplicates(incoming: readonly IncomingRow[], index: DuplicateIndex): DuplicateVerdict[] {
  const { byRef, byFp, byAmount, used } = index;
  const verdicts: DuplicateVerdict[] = incoming.map(() => ({ kind: 'new' }));
  if (index.size === 0) return verdicts;
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
