import type { ColumnRole } from '../types';

/**
 * Which column (0-based) plays which role. `date` and one of amount / debit / credit are
 * always set in a usable layout; description and memo may join several columns.
 */
export interface ColumnMap {
  date: number;
  valueDate: number | null;
  amount: number | null;
  debit: number | null;
  credit: number | null;
  indicator: number | null;
  balance: number | null;
  currency: number | null;
  reference: number | null;
  category: number | null;
  /** An account number column: the statement's own when constant, else shown in the memo. */
  account: number | null;
  payee: number | null;
  /** Further payee columns, read in order where the payee cell is empty (Wise: payee name, then merchant). */
  morePayees: number[];
  /** The counterparty of incoming money, where payer and payee are separate columns. */
  payer: number | null;
  description: number[];
  memo: number[];
}

export function emptyColumnMap(): ColumnMap {
  return {
    date: -1, valueDate: null, amount: null, debit: null, credit: null, indicator: null, balance: null,
    currency: null, reference: null, category: null, account: null, payee: null, morePayees: [], payer: null,
    description: [], memo: [],
  };
}

export type SingleRole = Exclude<keyof ColumnMap, 'description' | 'memo' | 'morePayees'>;

/** The public, single-column view of the map, for `layout.hints.columns`. */
export function toHintColumns(map: ColumnMap): Partial<Record<ColumnRole, number>> {
  const out: Partial<Record<ColumnRole, number>> = { date: map.date };
  const single: [ColumnRole, number | null][] = [
    ['valueDate', map.valueDate], ['amount', map.amount], ['debit', map.debit], ['credit', map.credit],
    ['indicator', map.indicator], ['balance', map.balance], ['currency', map.currency],
    ['reference', map.reference], ['category', map.category], ['payee', map.payee],
    ['description', map.description[0] ?? null], ['memo', map.memo[0] ?? null],
  ];
  for (const [role, col] of single) if (col !== null) out[role] = col;
  return out;
}
