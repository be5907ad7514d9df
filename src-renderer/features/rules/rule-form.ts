import type { CategoryView } from '../../../src-shared/contract/views';
import { parseDecimalToMinor } from '../../../src-shared/domain/money/decimal';
import type { RuleCondition, RuleInput } from '../../../src-shared/domain/rules/rule';
import { findCategory } from '../categories/category-filter';

export type TextOp = 'contains' | 'startsWith' | 'equals' | 'regex';
export type TextField = 'text' | 'payee' | 'description' | 'memo';

/** One condition as typed in the form: amounts and dates are still text. */
export type ConditionDraft =
  | { kind: 'text'; op: TextOp; field: TextField; value: string }
  | { kind: 'amount'; min: string; max: string }
  | { kind: 'sign'; sign: 'debit' | 'credit' }
  | { kind: 'account'; account: string }
  | { kind: 'date'; from: string; to: string };

export interface RuleDraft {
  name: string;
  conditions: ConditionDraft[];
  category: string;
  payee: string;
  /** Comma-separated. */
  tags: string;
}

export interface RuleFormErrors {
  /** One entry per condition, undefined where it is fine. */
  conditions: (string | undefined)[];
  category?: string;
  payee?: string;
  tags?: string;
  /** The rule would set nothing. */
  action?: string;
}

export function blankCondition(kind: ConditionDraft['kind']): ConditionDraft {
  switch (kind) {
    case 'text': return { kind, op: 'contains', field: 'text', value: '' };
    case 'amount': return { kind, min: '', max: '' };
    case 'sign': return { kind, sign: 'debit' };
    case 'account': return { kind, account: '' };
    case 'date': return { kind, from: '', to: '' };
    default: {
      const never: never = kind;
      return never;
    }
  }
}

export function emptyDraft(): RuleDraft {
  return { name: '', conditions: [blankCondition('text')], category: '', payee: '', tags: '' };
}

/** Amount conditions are in minor units of a two-decimal currency, as the rule engine reads them. */
const SCALE = 2;
const MAX_TEXT = 200;
const MAX_TAGS = 10;
const MAX_TAG = 40;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The form as a rule the core accepts (rules.add / rules.preview), or what to fix. Amounts
 * typed as decimals ("-12.50", "1,234.56", "(40)") become integer minor units through the
 * shared decimal parser: never through a float, so "0.29" is 29 and not 28.999….
 * `categories` is the chart: the category typed must be one of them (its own spelling is kept).
 */
export function toRuleInput(d: RuleDraft, categories: readonly CategoryView[]): { rule: RuleInput } | { errors: RuleFormErrors } {
  const errors: RuleFormErrors = { conditions: [] };
  const conditions: RuleCondition[] = [];
  d.conditions.forEach((c, i) => {
    const r = toCondition(c);
    if (typeof r === 'string') errors.conditions[i] = r;
    else conditions.push(r);
  });

  const actions: RuleInput['actions'] = {};
  const categoryText = d.category.trim();
  if (categoryText) {
    const found = findCategory(categories, categoryText);
    if (!found || found.archived) errors.category = `There is no category “${categoryText}”. Pick one from the list.`;
    else actions.category = found.name;
  }
  const payee = d.payee.trim();
  if (payee.length > MAX_TEXT) errors.payee = `A payee can be at most ${MAX_TEXT} characters long.`;
  else if (payee) actions.payee = payee;
  const tags = splitTags(d.tags);
  if (tags.some((t) => t.length > MAX_TAG)) errors.tags = `A tag can be at most ${MAX_TAG} characters long.`;
  else if (tags.length > MAX_TAGS) errors.tags = `A rule can set at most ${MAX_TAGS} tags.`;
  else if (tags.length) actions.tags = tags;
  if (!categoryText && !payee && tags.length === 0) errors.action = 'Choose what the rule sets: a category, a payee or tags.';
  if (d.conditions.length === 0) errors.conditions[0] = 'Add at least one condition.';

  const failed = errors.conditions.some(Boolean) || errors.category || errors.payee || errors.tags || errors.action;
  if (failed) return { errors };
  const name = (d.name.trim() || suggestedName(conditions[0]!, actions)).slice(0, 120);
  return { rule: { name, conditions, actions } };
}

function toCondition(c: ConditionDraft): RuleCondition | string {
  switch (c.kind) {
    case 'text': {
      const value = c.value.trim();
      if (!value) return c.op === 'regex' ? 'Type the pattern to match.' : 'Type the text to look for.';
      if (value.length > MAX_TEXT) return `At most ${MAX_TEXT} characters.`;
      if (c.op === 'regex') {
        const problem = regexProblem(value);
        return problem ? `Not a pattern FinGood can use: ${problem}.` : { kind: 'regex', field: c.field, pattern: value };
      }
      return { kind: c.op, field: c.field, value };
    }
    case 'amount': {
      const min = c.min.trim() ? parseDecimalToMinor(c.min, { scale: SCALE }) : undefined;
      const max = c.max.trim() ? parseDecimalToMinor(c.max, { scale: SCALE }) : undefined;
      if (min === undefined && max === undefined) return 'Type a lowest amount, a highest amount, or both.';
      if (min === null) return `“${c.min.trim()}” is not an amount.`;
      if (max === null) return `“${c.max.trim()}” is not an amount.`;
      if (min !== undefined && max !== undefined && min > max) return 'The lowest amount is above the highest.';
      return { kind: 'amount', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
    }
    case 'sign':
      return { kind: 'sign', sign: c.sign };
    case 'account': {
      const account = c.account.trim();
      if (!account) return 'Type the account’s name.';
      return account.length > 120 ? 'At most 120 characters.' : { kind: 'account', account };
    }
    case 'date': {
      const from = c.from.trim();
      const to = c.to.trim();
      if (!from && !to) return 'Choose a first date, a last date, or both.';
      if ((from && !ISO_DATE.test(from)) || (to && !ISO_DATE.test(to))) return 'Write dates as YYYY-MM-DD.';
      if (from && to && from > to) return 'The first date is after the last.';
      return { kind: 'date', ...(from ? { from } : {}), ...(to ? { to } : {}) };
    }
    default: {
      const never: never = c;
      return never;
    }
  }
}

/** Tags from "coffee, team , Coffee": trimmed, empty ones and repeats (any case) dropped. */
export function splitTags(text: string): string[] {
  const out: string[] = [];
  for (const t of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!out.some((o) => o.toLowerCase() === t.toLowerCase())) out.push(t);
  }
  return out;
}

function regexProblem(pattern: string): string | null {
  try {
    new RegExp(pattern, 'i');
    return null;
  } catch (err) {
    return (err as Error).message.replace(/^Invalid regular expression: /, '');
  }
}

const OPS: Record<TextOp, string> = { contains: 'contains', startsWith: 'starts with', equals: 'is', regex: 'matches' };

/** A name for a rule left unnamed: 'Text contains "STARBUCKS" → Dining'. */
function suggestedName(c: RuleCondition, a: RuleInput['actions']): string {
  const what = (() => {
    switch (c.kind) {
      case 'contains': case 'startsWith': case 'equals': return `${capital(c.field)} ${OPS[c.kind]} "${c.value}"`;
      case 'regex': return `${capital(c.field)} ${OPS.regex} /${c.pattern}/`;
      case 'amount': return 'Amount range';
      case 'sign': return c.sign === 'debit' ? 'Money out' : 'Money in';
      case 'account': return `Account ${c.account}`;
      case 'date': return 'Date range';
      default: {
        const never: never = c;
        return never;
      }
    }
  })();
  const target = a.category ?? a.payee ?? a.tags?.join(', ') ?? '';
  return `${what} → ${target}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
