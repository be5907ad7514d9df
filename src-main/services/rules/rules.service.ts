import type { ApiHandlers } from '../../../src-shared/contract/api';
import { AppError } from '../../../src-shared/contract/errors';
import type { RuleInput } from '../../../src-shared/domain/rules/rule';
import { categoryIdByName } from '../categories/categories.queries';
import { recordGroup, type RowChange } from '../history/change-log';
import type { ServiceDeps } from '../service-deps';
import { listTransactionsByIds } from '../transactions/transactions.queries';
import { applyRuleHits, findRuleHits } from './rule-application';
import { checkPattern, createRegexSandbox } from './regex-sandbox';
import { deleteRule, getRule, insertRule, loadRules, toRuleView } from './rules.queries';

type RulesApi = Pick<ApiHandlers, 'rules.list' | 'rules.add' | 'rules.delete' | 'rules.preview' | 'rules.apply'>;

/** Ordered user rules: the first layer of categorization. */
export function createRulesService(deps: ServiceDeps): RulesApi {
  const { sqlite } = deps.ledger;
  const validate = (input: RuleInput) => {
    for (const c of input.conditions) {
      if (c.kind === 'regex') {
        const problem = checkPattern(c.pattern);
        if (problem) throw new AppError('VALIDATION', `The pattern /${c.pattern}/ is not a valid regular expression: ${problem}.`);
      }
    }
    if (input.actions.category && !categoryIdByName(sqlite, input.actions.category)) {
      throw new AppError('NOT_FOUND', `There is no category "${input.actions.category}". Add it first (fingood categories add) or pick another.`);
    }
  };
  // The other rules' positions shift when one is added or deleted: undo must put them back too.
  const positions = () => new Map((sqlite.prepare('SELECT id, position FROM rules').all() as { id: number; position: number }[]).map((r) => [r.id, r.position]));
  const moves = (before: Map<number, number>): RowChange[] => [...positions()].flatMap(([rid, pos]) => {
    const old = before.get(rid);
    return old === undefined || old === pos ? [] : [{ op: 'update' as const, table: 'rules', rowId: String(rid), before: { position: old }, after: { position: pos } }];
  });
  return {
    'rules.list': () => loadRules(sqlite).map(toRuleView),
    'rules.add'(input) {
      const { position, ...rule } = input;
      validate(rule);
      const id = sqlite.transaction(() => {
        const before = positions();
        const newId = insertRule(sqlite, rule, position);
        const image = sqlite.prepare('SELECT * FROM rules WHERE id = ?').get(newId) as Record<string, unknown>;
        recordGroup(sqlite, `Add rule "${rule.name}"`, [...moves(before), { op: 'insert', table: 'rules', rowId: String(newId), before: null, after: image }]);
        return newId;
      })();
      deps.changed(['rules']);
      return toRuleView(getRule(sqlite, id));
    },
    'rules.delete'({ id }) {
      sqlite.transaction(() => {
        const image = sqlite.prepare('SELECT * FROM rules WHERE id = ?').get(id) as Record<string, unknown> | undefined;
        const before = positions();
        deleteRule(sqlite, id);
        if (image) recordGroup(sqlite, `Delete rule "${String(image.name)}"`, [{ op: 'delete', table: 'rules', rowId: String(id), before: image, after: null }, ...moves(before)]);
      })();
      deps.changed(['rules']);
      return { id };
    },
    async 'rules.preview'({ rule }) {
      validate(rule);
      const draft = { ...rule, id: 0, position: 0, enabled: true };
      const { matches, hits } = await findRuleHits(sqlite, [draft], createRegexSandbox());
      const sample = listTransactionsByIds(sqlite, hits.slice(0, 20).map((h) => h.row.id));
      return { matches, changes: hits.length, sample };
    },
    async 'rules.apply'({ id }) {
      const rules = id ? [getRule(sqlite, id)] : loadRules(sqlite);
      const { hits } = await findRuleHits(sqlite, rules, createRegexSandbox());
      const label = id ? `Apply rule "${rules[0]!.name}"` : 'Apply all rules';
      const changed = applyRuleHits(sqlite, hits, label);
      if (changed) deps.changed(['transactions']);
      return { changed };
    },
  };
}
