import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../src-shared/contract/errors';
import type { RuleView } from '../../../src-shared/contract/views';
import { describeCondition } from '../../../src-shared/domain/rules/match-rule';
import type { Rule, RuleActions, RuleCondition, RuleInput } from '../../../src-shared/domain/rules/rule';

interface Row { id: number; position: number; name: string; conditions: string; actions: string; enabled: number }

export function toRule(r: Row): Rule {
  return { id: r.id, position: r.position, name: r.name, enabled: r.enabled === 1,
    conditions: JSON.parse(r.conditions) as RuleCondition[], actions: JSON.parse(r.actions) as RuleActions };
}

export function toRuleView(rule: Rule): RuleView {
  return { ...rule, summary: rule.conditions.map(describeCondition).join(' and ') };
}

export function loadRules(sqlite: Database.Database): Rule[] {
  return (sqlite.prepare('SELECT * FROM rules ORDER BY position, id').all() as Row[]).map(toRule);
}

export function getRule(sqlite: Database.Database, id: number): Rule {
  const row = sqlite.prepare('SELECT * FROM rules WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no rule ${id}. List them with "fingood rules list".`);
  return toRule(row);
}

/** Inserts at `position` (1 = first; default last), shifting the rules after it. */
export function insertRule(sqlite: Database.Database, input: RuleInput, position?: number): number {
  return sqlite.transaction(() => {
    const count = (sqlite.prepare('SELECT count(*) AS n FROM rules').get() as { n: number }).n;
    const pos = Math.min(position ?? count + 1, count + 1);
    sqlite.prepare('UPDATE rules SET position = position + 1 WHERE position >= ?').run(pos);
    return Number(sqlite.prepare('INSERT INTO rules (position, name, conditions, actions, enabled, created_at) VALUES (?, ?, ?, ?, 1, ?)')
      .run(pos, input.name, JSON.stringify(input.conditions), JSON.stringify(input.actions), new Date().toISOString()).lastInsertRowid);
  })();
}

export function deleteRule(sqlite: Database.Database, id: number): void {
  const rule = getRule(sqlite, id);
  sqlite.transaction(() => {
    sqlite.prepare('DELETE FROM rules WHERE id = ?').run(id);
    sqlite.prepare('UPDATE rules SET position = position - 1 WHERE position > ?').run(rule.position);
  })();
}
