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
  const fold = new BalanceFold();
  for (const t of txs) fold.add(t);
  return fold.result();
}

/** deriveBalances, one transaction at a time, for a file read in pieces. */
export class BalanceFold {
  private forward = 0;
  private backward = 0;
  private pairs = 0;
  private count = 0;
  private first: ParsedTransaction | null = null;
  private last: ParsedTransaction | null = null;

  reset(): void {
    this.forward = this.backward = this.pairs = this.count = 0;
    this.first = this.last = null;
  }

  add(cur: ParsedTransaction): void {
    const prev = this.last;
    this.count++;
    this.first ??= cur;
    this.last = cur;
    if (prev === null || prev.balanceMinor === null || cur.balanceMinor === null) return;
    this.pairs++;
    if (cur.balanceMinor - prev.balanceMinor === cur.amountMinor) this.forward++;
    if (prev.balanceMinor - cur.balanceMinor === prev.amountMinor) this.backward++;
  }

  result(): DerivedBalances | null {
    const { first, last, pairs, forward, backward } = this;
    if (first === null || last === null) return null;
    if (first.balanceMinor === null || last.balanceMinor === null) return null;
    const oldestFirst = pairs === 0 ? first.date <= last.date : forward >= backward;
    if (pairs > 0 && Math.max(forward, backward) < pairs * 0.9) return null;
    if (pairs === 0 && this.count > 1) return null;
    const oldest = oldestFirst ? first : last;
    const newest = oldestFirst ? last : first;
    return {
      openingBalanceMinor: oldest.balanceMinor! - oldest.amountMinor,
      openingDate: oldest.date,
      closingBalanceMinor: newest.balanceMinor!,
      closingDate: newest.date,
    };
  }
}
