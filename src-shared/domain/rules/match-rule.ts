import { formatMinor } from '../money/decimal';
import type { RegexTest, Rule, RuleCondition, RuleSubject } from './rule';

/** Plain evaluation, for tests and trusted patterns; hosts pass a sandboxed one. */
export const plainRegexTest: RegexTest = (pattern, text) => new RegExp(pattern, 'i').test(text);

export interface RuleMatch {
  rule: Rule;
  /** Why, in words: "payee contains STARBUCKS". */
  reason: string;
}

/** The first enabled rule (by position) whose every condition holds, or null. */
export function firstMatchingRule(rules: readonly Rule[], tx: RuleSubject, regex: RegexTest = plainRegexTest): RuleMatch | null {
  for (const rule of rules) {
    if (!rule.enabled) continue;
    if (rule.conditions.every((c) => conditionHolds(c, tx, regex))) {
      return { rule, reason: `Rule "${rule.name}": ${rule.conditions.map(describeCondition).join(' and ')}` };
    }
  }
  return null;
}

export function conditionHolds(c: RuleCondition, tx: RuleSubject, regex: RegexTest): boolean {
  switch (c.kind) {
    case 'contains': return fold(field(tx, c.field)).includes(fold(c.value));
    case 'startsWith': return fold(field(tx, c.field)).startsWith(fold(c.value));
    case 'equals': return fold(field(tx, c.field)).trim() === fold(c.value).trim();
    case 'regex': return regex(c.pattern, field(tx, c.field)) === true;
    case 'amount': return (c.min === undefined || tx.amountMinor >= c.min) && (c.max === undefined || tx.amountMinor <= c.max);
    case 'sign': return c.sign === 'debit' ? tx.amountMinor < 0 : tx.amountMinor > 0;
    case 'account': return fold(tx.account) === fold(c.account);
    case 'date': return (!c.from || tx.date >= c.from) && (!c.to || tx.date <= c.to);
    default: {
      const never: never = c;
      return never;
    }
  }
}

export function describeCondition(c: RuleCondition): string {
  switch (c.kind) {
    case 'contains': return `${c.field} contains "${c.value}"`;
    case 'startsWith': return `${c.field} starts with "${c.value}"`;
    case 'equals': return `${c.field} is "${c.value}"`;
    case 'regex': return `${c.field} matches /${c.pattern}/`;
    // Rules hold minor units without a currency: shown with two decimals, the common case.
    case 'amount': return `amount ${c.min !== undefined ? `≥ ${formatMinor(c.min)}` : ''}${c.min !== undefined && c.max !== undefined ? ' and ' : ''}${c.max !== undefined ? `≤ ${formatMinor(c.max)}` : ''}`;
    case 'sign': return c.sign === 'debit' ? 'money out' : 'money in';
    case 'account': return `account is ${c.account}`;
    case 'date': return `date ${c.from ? `from ${c.from}` : ''}${c.to ? ` to ${c.to}` : ''}`.trim();
    default: {
      const never: never = c;
      return never;
    }
  }
}

function field(tx: RuleSubject, f: 'payee' | 'description' | 'memo' | 'text'): string {
  return f === 'text' ? `${tx.payee} ${tx.description} ${tx.memo}` : tx[f];
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
