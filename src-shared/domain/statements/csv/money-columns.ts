import { parseAmount } from './amount-parse';
import { DecimalEvidence } from './amount-inference';
import { isMoneyColumn, looksLikeIds, share, type ColumnProfile } from './column-profile';

/**
 * Finds the money columns from their content alone (files without a header, or a header
 * FinGood does not know): one signed amount column, or a debit/credit pair whose cells never
 * both hold a value; then a running-balance column that the amounts add up to.
 */
export type MoneyColumns =
  | { kind: 'amount'; amount: number }
  | { kind: 'pair'; debit: number; credit: number };

type Rows = readonly (readonly string[])[];

export function inferMoneyColumns(profiles: readonly ColumnProfile[], free: ReadonlySet<number>, rows: Rows): MoneyColumns | null {
  const candidates = profiles.filter((p) => free.has(p.index) && isMoneyColumn(p));
  if (candidates.length === 0) return null;
  // The surest sign of the amount: a balance column that it adds up to.
  const balanced = amountByBalance(candidates.filter((p) => !looksLikeIds(p)), rows);
  if (balanced !== null) return { kind: 'amount', amount: balanced };
  const ranked = [...candidates].sort((a, b) => amountScore(b) - amountScore(a) || a.index - b.index);
  const best = ranked[0]!;
  const bestFill = best.filled / best.rows;
  if (best.negatives > 0 && bestFill >= 0.9) return { kind: 'amount', amount: best.index };
  const pair = findPair(candidates, rows);
  if (pair) return pair;
  return { kind: 'amount', amount: best.index };
}

/**
 * Signed, filled, two-decimal columns look most like the amount; whole numbers that never go
 * negative (ids, quantities, check numbers) least.
 */
function amountScore(p: ColumnProfile): number {
  let score = p.filled / p.rows;
  if (p.negatives > 0) score += 1;
  score += 0.5 * share(p.decimals, p);
  if (p.decimals === 0) score -= 0.3;
  if (looksLikeIds(p)) score -= 1.5;
  return score;
}

function findPair(candidates: readonly ColumnProfile[], rows: Rows): MoneyColumns | null {
  const money = candidates.filter((p) => !looksLikeIds(p) && share(p.decimals, p) >= 0.5);
  for (let i = 0; i < money.length; i++) {
    for (let j = i + 1; j < money.length; j++) {
      const a = money[i]!;
      const b = money[j]!;
      let either = 0;
      let both = 0;
      for (const row of rows) {
        const ha = hasValue(row[a.index]);
        const hb = hasValue(row[b.index]);
        if (ha || hb) either++;
        if (ha && hb) both++;
      }
      if (either < rows.length * 0.8 || both > either * 0.05 || a.filled === 0 || b.filled === 0) continue;
      // Signed cells name the debit column; otherwise banks put debit first (Debit/Credit, Af/Bij, Soll/Haben).
      if (b.negatives > 0 && a.negatives === 0) return { kind: 'pair', debit: b.index, credit: a.index };
      return { kind: 'pair', debit: a.index, credit: b.index };
    }
  }
  return null;
}

function hasValue(cell: string | undefined): boolean {
  if (cell === undefined || cell === '') return false;
  const v = parseAmount(cell, '.', 2) ?? parseAmount(cell, ',', 2);
  return v !== null && v !== 0;
}

/**
 * The candidate that another candidate's running balance follows, or null. Row after row
 * first; else within the row (after = before + amount), where "before" is the column that
 * chains with the previous row's "after", or failing that the one with the larger figures.
 */
function amountByBalance(candidates: readonly ColumnProfile[], rows: Rows): number | null {
  if (candidates.length < 2 || rows.length < 2) return null;
  const values = parseColumns(candidates, rows);
  const n = rows.length;
  for (const a of candidates) {
    const amounts = values.get(a.index)!;
    for (const b of candidates) {
      if (b === a) continue;
      const bal = values.get(b.index)!;
      if (fits(n - 1, (i) => delta(bal[i + 1], bal[i], amounts[i + 1])) ||
        fits(n - 1, (i) => delta(bal[i], bal[i + 1], amounts[i]))) return a.index;
    }
  }
  for (const b of candidates) {
    const after = values.get(b.index)!;
    for (const a of candidates) {
      for (const p of candidates) {
        if (a.index >= p.index || a === b || p === b) continue;
        const x = values.get(a.index)!;
        const y = values.get(p.index)!;
        if (!fits(n, (i) => delta(after[i], x[i], y[i]))) continue;
        const chainX = chains(x, after);
        const chainY = chains(y, after);
        if (chainX !== chainY) return chainX > chainY ? p.index : a.index;
        return meanAbs(x) <= meanAbs(y) ? a.index : p.index;
      }
    }
  }
  return null;
}

/** How often a "before" value equals the neighbouring row's "after" value. */
function chains(before: Values, after: Values): number {
  let n = 0;
  for (let i = 0; i + 1 < before.length; i++) {
    if (before[i] != null && before[i] === after[i + 1]) n++;
    if (before[i + 1] != null && before[i + 1] === after[i]) n++;
  }
  return n;
}

function meanAbs(values: Values): number {
  let sum = 0;
  let count = 0;
  for (const v of values) if (v != null) { sum += Math.abs(v); count++; }
  return count === 0 ? 0 : sum / count;
}

/**
 * A column the amounts add up to, row after row (oldest or newest first), or within the row
 * (ABN AMRO's start and end balance columns). Returns the balance after each row.
 */
export function inferBalanceColumn(profiles: readonly ColumnProfile[], free: ReadonlySet<number>, rows: Rows,
  amountOf: (row: readonly string[], decimal: ',' | '.') => number | null): number | null {
  const candidates = profiles.filter((p) => free.has(p.index) && isMoneyColumn(p) && !looksLikeIds(p));
  if (candidates.length === 0) return null;
  const values = parseColumns(candidates, rows);
  const decimal = guessDecimal(candidates, rows);
  const amounts = rows.map((r) => amountOf(r, decimal));
  for (const p of candidates) {
    if (followsAmounts(values.get(p.index)!, amounts, candidates, values, p.index, -1)) return p.index;
  }
  return null;
}

type Values = readonly (number | null)[];

function followsAmounts(bal: Values, amounts: Values, candidates: readonly ColumnProfile[],
  values: ReadonlyMap<number, Values>, balanceCol: number, amountCol: number): boolean {
  const n = bal.length;
  if (fits(n - 1, (i) => delta(bal[i + 1], bal[i], amounts[i + 1])) ||
    fits(n - 1, (i) => delta(bal[i], bal[i + 1], amounts[i]))) return true;
  for (const q of candidates) {
    if (q.index === balanceCol || q.index === amountCol) continue;
    const before = values.get(q.index)!;
    if (fits(n, (i) => delta(bal[i], before[i], amounts[i]))) return true;
  }
  return false;
}

function guessDecimal(candidates: readonly ColumnProfile[], rows: Rows): ',' | '.' {
  const evidence = new DecimalEvidence();
  for (const row of rows) for (const p of candidates) evidence.add(row[p.index] ?? '');
  return evidence.decide('.');
}

function parseColumns(candidates: readonly ColumnProfile[], rows: Rows): Map<number, Values> {
  const decimal = guessDecimal(candidates, rows);
  return new Map(candidates.map((p) => [p.index, rows.map((r) => parseAmount(r[p.index] ?? '', decimal, 2))]));
}

/** after - before === amount, or null when a value is missing. */
function delta(after: number | null | undefined, before: number | null | undefined, amount: number | null | undefined): boolean | null {
  if (after == null || before == null || amount == null) return null;
  return after - before === amount;
}

function fits(n: number, test: (i: number) => boolean | null): boolean {
  let checked = 0;
  let ok = 0;
  for (let i = 0; i < n; i++) {
    const r = test(i);
    if (r === null) continue;
    checked++;
    if (r) ok++;
  }
  return checked >= 2 && ok >= checked * 0.8;
}
