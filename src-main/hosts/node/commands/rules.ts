import type { RuleCondition, RuleInput } from '../../../../src-shared/domain/rules/rule';
import { parseDecimalToMinor } from '../../../../src-shared/domain/money/decimal';
import type { ParsedCommand } from '../cli-args';
import { UsageError, type Output } from '../cli-output';
import { openCore } from './open-core';

const USAGE = `Usage: fingood rules list
       fingood rules add --name NAME [--payee-contains T] [--description-contains T] [--contains T] [--starts-with T]
                         [--regex PATTERN] [--min-amount D] [--max-amount D] [--sign debit|credit] [--rule-account NAME]
                         (--category NAME | --set-payee NAME | --tags a,b) [--position N] [--preview]
       fingood rules apply [ID]
       fingood rules delete ID`;

/** User rules from scripts: list, add (or preview), apply to existing rows (undoable), delete. */
export async function rulesCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  const [sub = 'list', arg] = cmd.positionals;
  if (!['list', 'add', 'apply', 'delete'].includes(sub)) throw new UsageError(`Unknown "rules ${sub}".\n${USAGE}`);
  const rule = sub === 'add' ? ruleFromOptions(cmd.values) : null;
  const id = arg === undefined ? undefined : Number(arg);
  if (id !== undefined && (!Number.isInteger(id) || id <= 0)) throw new UsageError(`ID must be a rule id (see "fingood rules list").\n${USAGE}`);
  if (sub === 'delete' && id === undefined) throw new UsageError(USAGE);
  const core = await openCore(cmd.global);
  try {
    if (sub === 'list') {
      const rules = await core.call('rules.list', {});
      out.result({ rules }, () => rules.length === 0 ? 'No rules yet.' : rules.map((r) =>
        `${String(r.id).padStart(4)}  #${r.position}  ${r.name}: if ${r.summary} → ${describeActions(r.actions)}`).join('\n'));
    } else if (sub === 'add' && cmd.values.preview) {
      const p = await core.call('rules.preview', { rule: rule! });
      out.result({ preview: p }, () => `This rule matches ${p.matches} transactions and would change ${p.changes}.`);
    } else if (sub === 'add') {
      const position = cmd.values.position === undefined ? undefined : Number(cmd.values.position);
      const saved = await core.call('rules.add', { ...rule!, ...(position ? { position } : {}) });
      out.result({ rule: saved }, () => `Added rule ${saved.id} (#${saved.position}): if ${saved.summary} → ${describeActions(saved.actions)}. Apply it to existing rows with "fingood rules apply ${saved.id}".`);
    } else if (sub === 'apply') {
      const r = await core.call('rules.apply', id ? { id } : {});
      out.result(r, () => `${r.changed} transactions changed. "fingood undo" reverts this.`);
    } else {
      const r = await core.call('rules.delete', { id: id! });
      out.result(r, () => `Deleted rule ${r.id}.`);
    }
    return 0;
  } finally {
    await core.close();
  }
}

function ruleFromOptions(v: Record<string, unknown>): RuleInput {
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const money = (k: string) => {
    const s = str(k);
    if (s === undefined) return undefined;
    const m = parseDecimalToMinor(s, { decimal: '.' });
    if (m === null) throw new UsageError(`--${k} must be an amount like -12.50.`);
    return m;
  };
  const conditions: RuleCondition[] = [];
  const text = (k: string, kind: 'contains' | 'startsWith', field: 'payee' | 'description' | 'text') => {
    const s = str(k);
    if (s) conditions.push({ kind, field, value: s });
  };
  text('payee-contains', 'contains', 'payee');
  text('description-contains', 'contains', 'description');
  text('contains', 'contains', 'text');
  text('starts-with', 'startsWith', 'text');
  if (str('regex')) conditions.push({ kind: 'regex', field: 'text', pattern: str('regex')! });
  const min = money('min-amount');
  const max = money('max-amount');
  if (min !== undefined || max !== undefined) conditions.push({ kind: 'amount', ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
  const sign = str('sign');
  if (sign) {
    if (sign !== 'debit' && sign !== 'credit') throw new UsageError('--sign must be debit or credit.');
    conditions.push({ kind: 'sign', sign });
  }
  if (str('rule-account')) conditions.push({ kind: 'account', account: str('rule-account')! });
  if (conditions.length === 0) throw new UsageError(`A rule needs at least one condition.\n${USAGE}`);
  const name = str('name') ?? conditions.map((c) => ('value' in c ? c.value : c.kind)).join(' ');
  const tags = str('tags')?.split(',').map((t) => t.trim()).filter(Boolean);
  const actions = { ...(str('category') ? { category: str('category') } : {}), ...(str('set-payee') ? { payee: str('set-payee') } : {}), ...(tags?.length ? { tags } : {}) };
  if (!actions.category && !actions.payee && !actions.tags) throw new UsageError(`A rule must set --category, --set-payee or --tags.\n${USAGE}`);
  return { name, conditions, actions };
}

function describeActions(a: { category?: string; payee?: string; tags?: string[] }): string {
  return [a.category && `category ${a.category}`, a.payee && `payee ${a.payee}`, a.tags?.length && `tags ${a.tags.join(', ')}`].filter(Boolean).join(', ');
}
