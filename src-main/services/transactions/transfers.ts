import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../src-shared/contract/errors';
import type { TransferCandidate } from '../../../src-shared/contract/transactions-api';
import { recordGroup, type RowChange } from '../history/change-log';

export interface TransferLeg { id: number; date: string; amountMinor: number; accountId: number; currency: string; text: string }
export interface OwnAccount { id: number; name: string; number: string | null }

/** How many days apart two legs of one transfer may be booked (banks settle on different days). */
export const TRANSFER_DAYS = 4;

function days(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** Whether `text` names `account`: its name as words, or the last 4 digits of its number. */
export function mentions(text: string, account: OwnAccount): boolean {
  const t = text.toLowerCase();
  const name = account.name.toLowerCase().trim();
  if (name.length >= 3 && new RegExp(`(^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(t)) return true;
  const digits = (account.number ?? '').replace(/\D/g, '');
  return digits.length >= 4 && t.replace(/\D/g, ' ').split(/\s+/).some((d) => d.length >= 4 && d.endsWith(digits.slice(-4)));
}

/**
 * A pair's score (0..1) with its reasons, or null when it cannot be one transfer: opposite
 * non-zero amounts in one currency, different accounts, at most TRANSFER_DAYS apart.
 */
export function scoreTransfer(a: TransferLeg, b: TransferLeg, accounts: ReadonlyMap<number, OwnAccount>): { score: number; reasons: string[] } | null {
  if (a.amountMinor === 0 || a.amountMinor !== -b.amountMinor || a.currency !== b.currency || a.accountId === b.accountId) return null;
  const apart = days(a.date, b.date);
  if (!(apart <= TRANSFER_DAYS)) return null;
  const reasons = ['opposite amounts', apart === 0 ? 'same day' : `${apart} day${apart === 1 ? '' : 's'} apart`];
  let score = 0.5 + 0.2 * (1 - apart / TRANSFER_DAYS);
  const accA = accounts.get(a.accountId);
  const accB = accounts.get(b.accountId);
  if (accB && mentions(a.text, accB)) { score += 0.15; reasons.push(`"${a.text}" names ${accB.name}`); }
  if (accA && mentions(b.text, accA)) { score += 0.15; reasons.push(`"${b.text}" names ${accA.name}`); }
  if (/\b(transfer|xfer|trf|überweisung|virement)\b/i.test(`${a.text} ${b.text}`)) { score += 0.05; reasons.push('says transfer'); }
  return { score: Math.min(1, Math.round(score * 100) / 100), reasons };
}

/** Best pairs first, each row in at most one proposal (greedy on score, then on closeness of ids). */
export function pickProposals(pairs: TransferCandidate[], limit: number): TransferCandidate[] {
  const used = new Set<number>();
  const out: TransferCandidate[] = [];
  for (const p of [...pairs].sort((x, y) => y.score - x.score || Math.abs(x.a - x.b) - Math.abs(y.a - y.b))) {
    if (used.has(p.a) || used.has(p.b)) continue;
    used.add(p.a); used.add(p.b);
    out.push(p);
    if (out.length >= limit) break;
  }
  return out;
}

type CandidateRow = Omit<TransferLeg, 'text'> & { payee: string; description: string; memo: string };
/** A leg's text: its payee, description and memo, each once (banks often repeat the payee as the description). */
function toLeg({ payee, description, memo, ...rest }: CandidateRow): TransferLeg {
  return { ...rest, text: [...new Set([payee, description, memo].map((x) => x.trim()).filter(Boolean))].join(' ') };
}

/** How many recent money-out rows are looked at: proposals are for what was imported lately, and the work stays bounded at a million rows. */
export const CANDIDATE_WINDOW = 20_000;

export function transferCandidates(sqlite: Database.Database, limit: number): TransferCandidate[] {
  const accounts = new Map((sqlite.prepare(`SELECT id, name, number FROM accounts WHERE kind IN ('asset','liability')`).all() as OwnAccount[]).map((a) => [a.id, a]));
  const outs = (sqlite.prepare(`SELECT id, date, amount_minor AS amountMinor, account_id AS accountId, currency, payee, description, memo
    FROM visible_transactions WHERE amount_minor < 0 AND transfer_id IS NULL AND coalesce(category_source, '') <> 'user'
    ORDER BY date DESC LIMIT ?`).all(CANDIDATE_WINDOW) as CandidateRow[]).map(toLeg);
  // Each money-out row looks up rows of the opposite amount by index (deleted, amount_minor).
  const ins = sqlite.prepare(`SELECT id, date, amount_minor AS amountMinor, account_id AS accountId, currency, payee, description, memo
    FROM visible_transactions WHERE deleted = 0 AND amount_minor = ? AND transfer_id IS NULL AND account_id <> ? AND date BETWEEN date(?, '-${TRANSFER_DAYS} days') AND date(?, '+${TRANSFER_DAYS} days')
    AND coalesce(category_source, '') <> 'user'`);
  const pairs: TransferCandidate[] = [];
  for (const a of outs) {
    for (const b of (ins.all(-a.amountMinor, a.accountId, a.date, a.date) as CandidateRow[]).map(toLeg)) {
      const s = scoreTransfer(a, b, accounts);
      if (s) pairs.push({ a: a.id, b: b.id, ...s });
    }
  }
  return pickProposals(pairs, limit);
}

const LEG = 'SELECT id, account_id, amount_minor, currency, payee, description, category_id, category_source, confidence, needs_review, transfer_id FROM visible_transactions WHERE id = ?';
interface LegRow { id: number; account_id: number; amount_minor: number; currency: string; payee: string; description: string; category_id: number | null; category_source: string | null; confidence: number | null; needs_review: number; transfer_id: number | null }

/** Links two rows as the two legs of one transfer: no longer income or expense. Undoable (undo restores their categories). */
export function linkTransfer(sqlite: Database.Database, a: number, b: number): { a: number; b: number; label: string } {
  return sqlite.transaction(() => {
    const [ra, rb] = [a, b].map((id) => {
      const r = sqlite.prepare(LEG).get(id) as LegRow | undefined;
      if (!r) throw new AppError('NOT_FOUND', `There is no transaction ${id}.`);
      if (r.transfer_id !== null) throw new AppError('CONFLICT', `Transaction ${id} is already linked to ${r.transfer_id}; unlink it first.`);
      if (sqlite.prepare('SELECT 1 FROM splits WHERE transaction_id = ?').get(id)) throw new AppError('CONFLICT', `Transaction ${id} is split; unsplit it first.`);
      return r;
    }) as [LegRow, LegRow];
    if (a === b || ra.account_id === rb.account_id) throw new AppError('VALIDATION', 'A transfer links two rows of two different accounts.');
    if (ra.amount_minor !== -rb.amount_minor || ra.currency !== rb.currency) throw new AppError('VALIDATION', 'The two legs of a transfer must have opposite amounts in the same currency.');
    const set = sqlite.prepare(`UPDATE transactions SET transfer_id = ?, category_id = NULL, category_source = 'transfer', confidence = NULL, needs_review = 0 WHERE id = ?`);
    const changes: RowChange[] = [[ra, b], [rb, a]].map(([r, other]) => {
      const leg = r as LegRow;
      set.run(other, leg.id);
      return { op: 'update', table: 'transactions', rowId: String(leg.id),
        before: { transfer_id: null, category_id: leg.category_id, category_source: leg.category_source, confidence: leg.confidence, needs_review: leg.needs_review },
        after: { transfer_id: other, category_id: null, category_source: 'transfer', confidence: null, needs_review: 0 } };
    });
    const label = `Link transfer: ${ra.payee || ra.description} ↔ ${rb.payee || rb.description}`;
    recordGroup(sqlite, label, changes);
    return { a, b, label };
  })();
}

/**
 * Unlinks a transfer: both legs become ordinary rows again, uncategorized (their categories
 * before the link are in the history: undoing the link restores them). Undoable.
 */
export function unlinkTransfer(sqlite: Database.Database, id: number): { a: number; b: number; label: string } {
  return sqlite.transaction(() => {
    const r = sqlite.prepare(LEG).get(id) as LegRow | undefined;
    if (!r) throw new AppError('NOT_FOUND', `There is no transaction ${id}.`);
    if (r.transfer_id === null) throw new AppError('CONFLICT', `Transaction ${id} is not a transfer.`);
    const other = r.transfer_id;
    const clear = sqlite.prepare(`UPDATE transactions SET transfer_id = NULL, category_id = NULL, category_source = NULL, confidence = NULL WHERE id = ? AND transfer_id = ?`);
    const changes: RowChange[] = [];
    for (const [leg, to] of [[id, other], [other, id]] as const) {
      const before = sqlite.prepare('SELECT transfer_id, category_id, category_source, confidence FROM transactions WHERE id = ?').get(leg) as Record<string, unknown> | undefined;
      if (!before || clear.run(leg, to).changes !== 1) continue; // the other leg was deleted for good: unlink this one alone
      changes.push({ op: 'update', table: 'transactions', rowId: String(leg), before, after: { transfer_id: null, category_id: null, category_source: null, confidence: null } });
    }
    const label = `Unlink transfer: ${r.payee || r.description}`;
    recordGroup(sqlite, label, changes);
    return { a: id, b: other, label };
  })();
}
