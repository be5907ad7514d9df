import { describe, expect, it } from 'vitest';
import type { Suggestion, TxInput } from '../categorize/types';
import { plainRegexTest } from '../rules/match-rule';
import { RuleInputSchema, type Rule } from '../rules/rule';
import { categorizeRow, type LayerContext } from './categorize-row';

const tx: TxInput = { payee: 'STARBUCKS 0412', description: 'CARD PURCHASE', amountMinor: -450, date: '2024-05-02', account: 'Checking' };
const fixed = (s: Suggestion[]) => ({ suggest: () => s });
const ctx = (over: Partial<LayerContext>): LayerContext => ({ rules: [], regex: plainRegexTest, categorizer: fixed([]), memory: {}, threshold: 0.9, ...over });
const rule: Rule = { ...RuleInputSchema.parse({ name: 'Coffee', conditions: [{ kind: 'contains', field: 'payee', value: 'starbucks' }], actions: { category: 'Dining', tags: ['coffee'] } }), id: 1, position: 1, enabled: true };

describe('categorizeRow', () => {
  it('lets the first matching rule win with full confidence, keeping other suggestions', () => {
    const r = categorizeRow(ctx({ rules: [rule], categorizer: fixed([{ category: 'Groceries', confidence: 0.95, source: 'model', reason: 'm' }]) }), tx);
    expect(r).toMatchObject({ category: 'Dining', source: 'rule', confidence: 1, needsReview: false, tags: ['coffee'] });
    expect(r.suggestions.map((s) => s.category)).toEqual(['Dining', 'Groceries']);
  });

  it('applies a suggestion at or above the threshold, and sends the rest to review', () => {
    const sure = categorizeRow(ctx({ categorizer: fixed([{ category: 'Dining', confidence: 0.93, source: 'model', reason: 'm' }]) }), tx);
    expect(sure).toMatchObject({ category: 'Dining', source: 'model', needsReview: false });
    const unsure = categorizeRow(ctx({ categorizer: fixed([{ category: 'Dining', confidence: 0.6, source: 'model', reason: 'm' }]) }), tx);
    expect(unsure).toMatchObject({ category: null, source: null, needsReview: true });
    expect(unsure.suggestions).toHaveLength(1);
  });

  it('applies the user\'s merchant memory even before any model can be trusted', () => {
    const r = categorizeRow(ctx({ threshold: 1.01, categorizer: fixed([{ category: 'Dining', confidence: 0.97, source: 'memory', reason: 'you filed it' }]) }), tx);
    expect(r).toMatchObject({ category: 'Dining', source: 'memory', needsReview: false });
  });

  it('never applies a cold-start keyword guess on its own', () => {
    const r = categorizeRow(ctx({ threshold: 0.5, categorizer: fixed([{ category: 'Dining', confidence: 0.8, source: 'keyword', reason: 'k' }]) }), tx);
    expect(r).toMatchObject({ category: null, needsReview: true });
  });

  it('leaves a row with no suggestion at all uncategorized and out of the queue', () => {
    expect(categorizeRow(ctx({}), tx)).toMatchObject({ category: null, needsReview: false, suggestions: [] });
  });
});
