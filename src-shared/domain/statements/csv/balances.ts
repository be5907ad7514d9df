import type { ParsedTransaction } from '../types';

/**
 * Opening and closing balance from a running-balance column, where the file is clear about
 * it: the balances must follow the amounts row after row (oldest-first or newest-first files)
 * for nearly every pair. Then opening = balance before the oldest row, closing = balance after
 * the newest. A column that does not add up (pending rows, several accounts) gives nothing.
 */
export interface DerivedBalances {
  openingBalanceMinor: number;
  openingDate: string;
  closingBalanceMinor: number;
  closingDate: string;
}

export function deriveBalances(txs: readonly ParsedTransaction[]): DerivedBalances | null {
  if (txs.length === 0) return null;
  let forward = 0;
  let backward = 0;
  let pairs = 0;
  for (let i = 1; i < txs.length; i++) {
    const prev = txs[i - 1]!;
    const cur = txs[i]!;
    if (prev.balanceMinor === null || cur.balanceMinor === null) continue;
    pairs++;
    if (cur.balanceMinor - prev.balanceMinor === cur.amountMinor) forward++;
    if (prev.balanceMinor - cur.balanceMinor === prev.amountMinor) backward++;
  }
  const first = txs[0]!;
  const last = txs[txs.length - 1]!;
  if (first.balanceMinor === null || last.balanceMinor === null) return null;
  const oldestFirst = pairs === 0 ? first.date <= last.date : forward >= backward;
  if (pairs > 0 && Math.max(forward, backward) < pairs * 0.9) return null;
  if (pairs === 0 && txs.length > 1) return null;
  const oldest = oldestFirst ? first : last;
  const newest = oldestFirst ? last : first;
  return {
    openingBalanceMinor: oldest.balanceMinor! - oldest.amountMinor,
    openingDate: oldest.date,
    closingBalanceMinor: newest.balanceMinor!,
    closingDate: newest.date,
  };
}
