import type { ColumnRole, ParseHints } from '../types';
import {
  isAccountColumn, isCurrencyColumn, isDateColumn, isIndicatorColumn, isMoneyColumn, share, type ColumnProfile,
} from './column-profile';
import { emptyColumnMap, type ColumnMap, type SingleRole } from './column-map';
import { readHeader, type HeaderInfo, type HeaderRole } from './header-vocabulary';
import { inferBalanceColumn, inferMoneyColumns } from './money-columns';
import { parseAmount } from './amount-parse';
import { normalizeLabel } from './label';

/**
 * Assigns column roles: first the caller's hints, then the header's words (validated against
 * the content, so "Valuta" holding dates is a value date and holding "EUR" a currency), then
 * the content alone for whatever is still missing. A file without a header goes straight to
 * the content step.
 */
export interface RoleAssignment {
  map: ColumnMap;
  /** A currency named by the amount header ("Betrag (EUR)"). */
  headerCurrency: string | null;
  /** Whether the header's known words are English (a US/UK file). */
  englishHeader: boolean;
}

type Rows = readonly (readonly string[])[];

/** Share of cells that must fit a role the header names (see isDateColumn). */
const NAMED = 0.5;

interface Candidate {
  column: number;
  role: HeaderRole;
  score: number;
}

export function assignRoles(header: readonly string[] | null, profiles: readonly ColumnProfile[], rows: Rows,
  hints: ParseHints['columns'] = {}): RoleAssignment | null {
  const map = emptyColumnMap();
  const taken = new Set<number>();
  applyHints(map, taken, header, profiles.length, hints);
  let headerCurrency: string | null = null;
  let englishHeader = false;
  if (header) {
    const infos = header.map((h) => readHeader(h));
    englishHeader = infos.some((i) => i.english && i.matches.length > 0);
    assignFromHeader(map, taken, infos, profiles);
    const moneyCol = map.amount ?? map.debit ?? map.credit;
    headerCurrency = (moneyCol !== null ? infos[moneyCol]?.currency : null) ?? null;
  }
  assignFromContent(map, taken, profiles, rows, header !== null);
  if (map.date < 0 || (map.amount === null && map.debit === null && map.credit === null)) return null;
  return { map, headerCurrency, englishHeader };
}

function applyHints(map: ColumnMap, taken: Set<number>, header: readonly string[] | null, width: number,
  hints: NonNullable<ParseHints['columns']>): void {
  for (const [role, ref] of Object.entries(hints) as [ColumnRole, string | number][]) {
    const col = resolveHintColumn(ref, header, width);
    if (col === null) continue;
    setRole(map, role, col);
    taken.add(col);
  }
}

function resolveHintColumn(ref: string | number, header: readonly string[] | null, width: number): number | null {
  if (typeof ref === 'number') return Number.isInteger(ref) && ref >= 0 && ref < Math.max(width, 1) ? ref : null;
  if (!header) return /^\d+$/.test(ref) ? resolveHintColumn(Number(ref), header, width) : null;
  const exact = header.findIndex((h) => h.trim() === ref.trim());
  if (exact !== -1) return exact;
  const label = normalizeLabel(ref);
  const loose = header.findIndex((h) => normalizeLabel(h) === label);
  return loose === -1 ? null : loose;
}

function setRole(map: ColumnMap, role: HeaderRole, col: number): void {
  if (role === 'description' || role === 'memo') map[role].push(col);
  else if (role !== 'skip') (map as unknown as Record<SingleRole, number | null>)[role] = col;
}

function assignFromHeader(map: ColumnMap, taken: Set<number>, infos: readonly HeaderInfo[], profiles: readonly ColumnProfile[]): void {
  const candidates: Candidate[] = [];
  infos.forEach((info, column) => {
    if (taken.has(column)) return;
    const profile = profiles[column];
    for (const m of info.matches) {
      const role = profile ? validated(m.role, profile) : m.role;
      if (!role) continue;
      let score = role === m.role ? m.score : m.score * 0.9;
      // The statement's own account never changes; a counterparty account column does. The
      // same holds for names: a constant "Naam" is the account holder, not the counterparty.
      if (role === 'account' && profile?.constant != null) score += isAccountColumn(profile) ? 1.5 : 1;
      if ((role === 'payee' || role === 'payer') && profile?.constant != null && profile.rows > 2) score -= 0.5;
      candidates.push({ column, role, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const leftovers: Candidate[] = [];
  let descriptionScore = -1;
  const isFree = (role: SingleRole) => map[role] === null || map[role] === -1;
  for (const c of candidates) {
    if (taken.has(c.column)) continue;
    if (c.role === 'skip') { taken.add(c.column); continue; }
    if (c.role === 'description') {
      if (descriptionScore === -1 || c.score >= descriptionScore) {
        descriptionScore = Math.max(descriptionScore, c.score);
        map.description.push(c.column);
        taken.add(c.column);
      } else leftovers.push(c);
      continue;
    }
    if (c.role === 'memo') { map.memo.push(c.column); taken.add(c.column); continue; }
    if (!isFree(c.role)) { leftovers.push(c); continue; }
    setRole(map, c.role, c.column);
    taken.add(c.column);
  }
  // One amount column beats a debit/credit pair of no better name (Monzo has both).
  const amountScore = map.amount === null ? -1 : scoreOf(candidates, map.amount, 'amount');
  const pairScore = Math.max(scoreOf(candidates, map.debit, 'debit'), scoreOf(candidates, map.credit, 'credit'));
  if (map.amount !== null && (map.debit !== null || map.credit !== null)) {
    if (amountScore >= pairScore) { map.debit = null; map.credit = null; }
    else map.amount = null;
  }
  // Leftover text columns keep the bank's words in the memo (second account, lesser descriptions).
  for (const c of leftovers) {
    if (taken.has(c.column)) continue;
    if (c.role === 'payee' && c.score >= 1) map.morePayees.push(c.column);
    else if (c.role === 'description' || c.role === 'account' || (c.role === 'payer' && c.score >= 1)) map.memo.push(c.column);
    else continue;
    taken.add(c.column);
  }
  map.description.sort((a, b) => a - b);
  map.memo.sort((a, b) => a - b);
}

function scoreOf(candidates: readonly Candidate[], column: number | null, role: HeaderRole): number {
  if (column === null) return -1;
  return candidates.find((c) => c.column === column && c.role === role)?.score ?? 1;
}

/**
 * The role a header claims, checked against the cells: money columns must hold numbers, date
 * columns dates; a description column of only "DEBIT"/"CREDIT" is an indicator, a payee
 * column of IBANs an account column. null when the content contradicts the header.
 */
function validated(role: HeaderRole, p: ColumnProfile): HeaderRole | null {
  // An export of an empty period has a header and no rows: nothing contradicts the header.
  if (p.rows === 0) return role;
  switch (role) {
    case 'date':
    case 'valueDate':
      if (isDateColumn(p, NAMED) || (p.filled === 0 && role === 'valueDate')) return role;
      return isCurrencyColumn(p) ? 'currency' : null;
    case 'amount':
    case 'balance':
      return p.filled === 0 && role === 'amount' ? null : p.filled === 0 || isMoneyColumn(p, NAMED) ? role : null;
    case 'debit':
    case 'credit':
      return p.filled === 0 || isMoneyColumn(p, NAMED) ? role : null;
    case 'indicator':
      return isIndicatorColumn(p) ? role : null;
    case 'currency':
      if (p.filled === 0 || isCurrencyColumn(p)) return role;
      return isDateColumn(p) ? 'valueDate' : null;
    case 'payee':
    case 'payer':
    case 'description':
    case 'memo':
      if (isIndicatorColumn(p) && p.filled === p.rows) return 'indicator';
      if ((role === 'payee' || role === 'payer') && isAccountColumn(p)) return 'account';
      return role;
    case 'reference':
    case 'category':
    case 'account':
    case 'skip':
      return role;
    default: {
      const never: never = role;
      return never;
    }
  }
}

function assignFromContent(map: ColumnMap, taken: Set<number>, profiles: readonly ColumnProfile[], rows: Rows, hasHeader: boolean): void {
  const free = () => new Set(profiles.map((p) => p.index).filter((i) => !taken.has(i)));
  const take = (role: HeaderRole, col: number) => { setRole(map, role, col); taken.add(col); };
  if (map.date < 0) {
    const dates = profiles.filter((p) => !taken.has(p.index) && isDateColumn(p) && p.filled >= p.rows * 0.5);
    if (dates[0]) take('date', dates[0].index);
    else if (map.valueDate !== null) { map.date = map.valueDate; map.valueDate = null; }
    if (!hasHeader && map.valueDate === null && dates[1]) take('valueDate', dates[1].index);
  }
  if (map.date < 0) return;
  if (map.amount === null && map.debit === null && map.credit === null) {
    const money = inferMoneyColumns(profiles, free(), rows);
    if (!money) return;
    if (money.kind === 'amount') take('amount', money.amount);
    else { take('debit', money.debit); take('credit', money.credit); }
  }
  for (const p of profiles) {
    if (taken.has(p.index)) continue;
    if (map.indicator === null && isIndicatorColumn(p)) take('indicator', p.index);
    else if (map.currency === null && isCurrencyColumn(p)) take('currency', p.index);
  }
  if (hasHeader) {
    if (map.description.length === 0 && map.payee === null) {
      // Barclays' "Memo" is its description: the wordiest memo column takes that role.
      const memo = bestTextColumn(profiles, new Set(profiles.map((p) => p.index).filter((i) => !map.memo.includes(i))));
      if (memo !== null) {
        map.memo = map.memo.filter((c) => c !== memo);
        map.description.push(memo);
      } else {
        const text = bestTextColumn(profiles, taken);
        if (text !== null) take('description', text);
      }
    }
    return;
  }
  if (map.balance === null) {
    const balance = inferBalanceColumn(profiles, free(), rows, (row, decimal) => rowAmount(map, row, decimal));
    if (balance !== null) take('balance', balance);
  }
  for (const p of profiles) {
    if (!taken.has(p.index) && p.constant !== null && isAccountColumn(p)) { take('account', p.index); break; }
  }
  if (map.description.length === 0) {
    const description = bestTextColumn(profiles, taken);
    if (description !== null) take('description', description);
  }
  // Without a header every other column with words is kept, in order, as memo.
  for (const p of profiles) {
    if (!taken.has(p.index) && p.letters > 0) take('memo', p.index);
  }
}

/** The column with the most words: letters in most cells, longest text. */
function bestTextColumn(profiles: readonly ColumnProfile[], taken: ReadonlySet<number>): number | null {
  let best: ColumnProfile | null = null;
  let bestScore = 0;
  for (const p of profiles) {
    if (taken.has(p.index) || p.filled === 0 || p.letters < p.filled * 0.5 || share(p.accounts, p) >= 0.5) continue;
    const score = (p.totalLength / p.filled) * (p.filled / p.rows);
    if (score > bestScore) { best = p; bestScore = score; }
  }
  return best ? best.index : null;
}

function rowAmount(map: ColumnMap, row: readonly string[], decimal: ',' | '.'): number | null {
  if (map.amount !== null) return parseAmount(row[map.amount] ?? '', decimal, 2);
  const debit = map.debit !== null ? parseAmount(row[map.debit] ?? '', decimal, 2) : null;
  const credit = map.credit !== null ? parseAmount(row[map.credit] ?? '', decimal, 2) : null;
  if (debit === null && credit === null) return null;
  return (credit ?? 0) - Math.abs(debit ?? 0);
}
