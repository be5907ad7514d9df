import type { TransferCandidate } from '../../../src-shared/contract/transactions-api';
import type { BatchView, TransactionView } from '../../../src-shared/contract/views';
import { formatAmount } from '../../components/format';

/**
 * The pairs the Duplicates & transfers view shows, built from contract values only: no
 * arithmetic on money here, amounts stay the contract's decimal strings.
 */

export interface DuplicatePair {
  /** The row the import flagged. */
  row: TransactionView;
  /** The row it resembles; null when that row is no longer in the ledger. */
  original: TransactionView | null;
  score: number;
  reasons: string[];
}

/** Flagged rows beside their matches, in the order listed; rows without a `duplicate` are left out. */
export function duplicatePairs(flagged: readonly TransactionView[], originals: readonly TransactionView[]): DuplicatePair[] {
  const byId = new Map(originals.map((o) => [o.id, o]));
  return flagged.flatMap((row) => (row.duplicate
    ? [{ row, original: byId.get(row.duplicate.of) ?? null, score: row.duplicate.score, reasons: row.duplicate.reasons.filter((r) => r.trim() !== '') }]
    : []));
}

/** The ids of the rows that flagged rows resemble, once each, at most `max` (transactions.get's limit). */
export function originalIds(flagged: readonly TransactionView[], max = 500): number[] {
  return [...new Set(flagged.flatMap((r) => (r.duplicate ? [r.duplicate.of] : [])))].slice(0, max);
}

export interface CompareLine {
  label: string;
  row: string;
  original: string;
  /** The two differ: the cell is highlighted so the eye finds what is not the same. */
  differs: boolean;
}

/** A batch id -> "file.csv" lookup, from imports.batches. */
export function batchNames(batches: readonly BatchView[]): Map<string, string> {
  return new Map(batches.map((b) => [b.id, b.fileName]));
}

/** The fields compared side by side: date, amount, payee, description, account, the file each came from. */
export function compareLines(row: TransactionView, original: TransactionView, files: ReadonlyMap<string, string>): CompareLine[] {
  const file = (t: TransactionView) => (t.batchId ? files.get(t.batchId) ?? 'an earlier import' : 'entered by hand');
  const line = (label: string, get: (t: TransactionView) => string, same = (a: string, b: string) => a === b): CompareLine => {
    const a = get(row);
    const b = get(original);
    return { label, row: a, original: b, differs: !same(a, b) };
  };
  const loose = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  return [
    line('Date', (t) => t.date),
    line('Amount', (t) => `${formatAmount(t.amount)} ${t.currency}`),
    line('Payee', (t) => t.payee, loose),
    line('Description', (t) => t.description, loose),
    line('Account', (t) => t.account),
    line('File', file),
  ];
}

/** 0.873 -> "87 % alike": rounded down, so an unsure match never reads as certain. */
export function scoreText(score: number, noun = 'alike'): string {
  if (!Number.isFinite(score)) return '';
  const pct = Math.floor(Math.min(1, Math.max(0, score)) * 100 + 1e-9);
  return `${pct} % ${noun}`;
}

export interface TransferPair {
  /** Money out. */
  out: TransactionView;
  /** Money in. */
  in: TransactionView;
}

export interface TransferProposal extends TransferPair {
  score: number;
  reasons: string[];
}

/** Candidates with both rows at hand; a candidate whose rows are gone is left out. Money out first. */
export function transferProposals(candidates: readonly TransferCandidate[], rows: readonly TransactionView[]): TransferProposal[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return candidates.flatMap((c) => {
    const a = byId.get(c.a);
    const b = byId.get(c.b);
    if (!a || !b) return [];
    return [{ ...orient(a, b), score: c.score, reasons: c.reasons }];
  });
}

/** The ids of every leg of the candidates, once each. */
export function candidateIds(candidates: readonly TransferCandidate[]): number[] {
  return [...new Set(candidates.flatMap((c) => [c.a, c.b]))];
}

/**
 * Linked transfers from a listing of transfer legs: each pair once (its legs met in any
 * order), in the order its first leg was listed. A leg whose partner is not in the listing
 * (past the page) is left out rather than shown half.
 */
export function linkedPairs(legs: readonly TransactionView[]): TransferPair[] {
  const byId = new Map(legs.map((l) => [l.id, l]));
  const seen = new Set<number>();
  const out: TransferPair[] = [];
  for (const leg of legs) {
    if (leg.transferOf === undefined || seen.has(leg.id)) continue;
    const other = byId.get(leg.transferOf);
    if (!other) continue;
    seen.add(leg.id);
    seen.add(other.id);
    out.push(orient(leg, other));
  }
  return out;
}

function orient(a: TransactionView, b: TransactionView): TransferPair {
  return a.amountMinor < 0 || (a.amountMinor === 0 && b.amountMinor > 0) ? { out: a, in: b } : { out: b, in: a };
}

/** "ONLINE TRANSFER TO SAVINGS" or, when the payee is empty, the description. */
export function rowText(t: TransactionView): string {
  return t.payee || t.description || `transaction ${t.id}`;
}
