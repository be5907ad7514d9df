import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../src-shared/contract/errors';
import { firstMatchingRule } from '../../../src-shared/domain/rules/match-rule';
import type { RegexTest, Rule } from '../../../src-shared/domain/rules/rule';
import { categoryIdByName } from '../categories/categories.queries';
import { recordGroup, type RowChange } from '../history/change-log';

/** Rows a rule may change: visible, and not categorized by the user or an imported history. */
const CANDIDATES = `SELECT t.id, t.payee, t.description, t.memo, t.amount_minor AS amountMinor, a.name AS account, t.date,
    t.category_id AS categoryId, t.tags
  FROM visible_transactions t JOIN accounts a ON a.id = t.account_id
  WHERE t.id > ? AND coalesce(t.category_source, '') NOT IN ('user', 'imported')
  ORDER BY t.id LIMIT 5000`;

interface Candidate { id: number; payee: string; description: string; memo: string; amountMinor: number; account: string; date: string; categoryId: number | null; tags: string | null }

export interface RuleHit { row: Candidate; rule: Rule; reason: string; categoryId: number | null }

/**
 * Walks every candidate row in slices (yielding to the event loop between them) and returns
 * the rows the rules would change, with the rule that wins for each.
 */
export async function findRuleHits(sqlite: Database.Database, rules: Rule[], regex: RegexTest): Promise<{ matches: number; hits: RuleHit[] }> {
  const page = sqlite.prepare(CANDIDATES);
  const categoryOf = new Map<string, number | null>();
  for (const r of rules) {
    const name = r.actions.category;
    if (name && !categoryOf.has(name)) categoryOf.set(name, categoryIdByName(sqlite, name));
  }
  let after = 0;
  let matches = 0;
  const hits: RuleHit[] = [];
  for (;;) {
    const rows = page.all(after) as Candidate[];
    if (rows.length === 0) break;
    for (const row of rows) {
      const m = firstMatchingRule(rules, row, regex);
      if (!m) continue;
      matches++;
      const categoryId = m.rule.actions.category ? categoryOf.get(m.rule.actions.category) ?? null : null;
      const changesCategory = categoryId !== null && categoryId !== row.categoryId;
      const changesPayee = !!m.rule.actions.payee && m.rule.actions.payee !== row.payee;
      const changesTags = !!m.rule.actions.tags?.length && JSON.stringify(m.rule.actions.tags) !== row.tags;
      if (changesCategory || changesPayee || changesTags) hits.push({ row, rule: m.rule, reason: m.reason, categoryId });
    }
    after = rows[rows.length - 1]!.id;
    await new Promise((r) => setImmediate(r));
  }
  return { matches, hits };
}

/** Writes the hits as one undoable change. */
export function applyRuleHits(sqlite: Database.Database, hits: RuleHit[], label: string): number {
  for (const h of hits) {
    if (h.rule.actions.category && h.categoryId === null) {
      throw new AppError('NOT_FOUND', `Rule "${h.rule.name}" files rows under "${h.rule.actions.category}", which is not a category. Add it or change the rule.`);
    }
  }
  return sqlite.transaction(() => {
    const update = sqlite.prepare(`UPDATE transactions SET category_id = ?, category_source = ?, confidence = ?, payee = ?, tags = ?, needs_review = 0 WHERE id = ?`);
    const before = sqlite.prepare('SELECT category_id, category_source, confidence, payee, tags, needs_review FROM transactions WHERE id = ?');
    const changes: RowChange[] = [];
    for (const h of hits) {
      const old = before.get(h.row.id) as Record<string, unknown>;
      const next = {
        category_id: h.categoryId ?? old.category_id, category_source: h.categoryId !== null ? 'rule' : old.category_source,
        confidence: h.categoryId !== null ? 1 : old.confidence, payee: h.rule.actions.payee ?? old.payee,
        tags: h.rule.actions.tags ? JSON.stringify(h.rule.actions.tags) : old.tags, needs_review: 0,
      };
      update.run(next.category_id, next.category_source, next.confidence, next.payee, next.tags, h.row.id);
      changes.push({ op: 'update', table: 'transactions', rowId: String(h.row.id), before: old, after: next });
    }
    if (changes.length) recordGroup(sqlite, label, changes);
    return changes.length;
  })();
}
