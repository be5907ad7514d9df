import { describe, expect, it } from 'vitest';
import { firstMatchingRule } from './match-rule';
import { RuleInputSchema, type Rule, type RuleSubject } from './rule';

const tx = (over: Partial<RuleSubject> = {}): RuleSubject => ({
  payee: 'STARBUCKS STORE 0412', description: 'CARD PURCHASE', memo: '', amountMinor: -450, account: 'Checking', date: '2024-05-02', ...over,
});
let nextId = 1;
const rule = (input: unknown, over: Partial<Rule> = {}): Rule => ({ ...RuleInputSchema.parse(input), id: nextId, position: nextId++, enabled: true, ...over });

describe('firstMatchingRule', () => {
  const coffee = rule({ name: 'Coffee', conditions: [{ kind: 'contains', field: 'payee', value: 'starbucks' }, { kind: 'sign', sign: 'debit' }], actions: { category: 'Dining' } });
  const big = rule({ name: 'Big spend', conditions: [{ kind: 'amount', max: -100000 }], actions: { tags: ['review'] } });
  const fuel = rule({ name: 'Fuel', conditions: [{ kind: 'regex', field: 'text', pattern: '^shell\\b' }], actions: { category: 'Car & Travel' } });

  it('matches case- and accent-insensitively, all conditions together, first by position', () => {
    expect(firstMatchingRule([coffee, big], tx())?.rule.name).toBe('Coffee');
    expect(firstMatchingRule([coffee, big], tx({ amountMinor: 450 }))).toBeNull();
    expect(firstMatchingRule([big, coffee], tx({ amountMinor: -250000 }))?.rule.name).toBe('Big spend');
    expect(firstMatchingRule([fuel], tx({ payee: 'Shell Oil 5561' }))?.reason).toBe('Rule "Fuel": text matches /^shell\\b/');
  });

  it('skips disabled rules and treats a timed-out regex as no match', () => {
    expect(firstMatchingRule([{ ...coffee, enabled: false }], tx())).toBeNull();
    expect(firstMatchingRule([fuel], tx({ payee: 'Shell' }), () => null)).toBeNull();
  });

  it('refuses rules that set nothing or have no conditions', () => {
    expect(RuleInputSchema.safeParse({ name: 'x', conditions: [], actions: { category: 'A' } }).success).toBe(false);
    expect(RuleInputSchema.safeParse({ name: 'x', conditions: [{ kind: 'sign', sign: 'debit' }], actions: {} }).success).toBe(false);
  });
});
