import { describe, expect, it } from 'vitest';
import type { RuleView } from '../../../src-shared/contract/views';
import { actionText, appliedText, openOffers, previewText, ruleFromOffer } from './rule-text';

const rule = (conditions: unknown[], category: string): RuleView => ({
  id: 1, position: 1, name: 'r', enabled: true, conditions, actions: { category }, summary: '',
});

describe('rule texts', () => {
  it('says what a rule sets', () => {
    expect(actionText({ category: 'Dining', payee: 'Starbucks', tags: ['coffee', 'team'] })).toBe('Dining · payee “Starbucks” · tags coffee, team');
    expect(actionText({ tags: ['coffee'] })).toBe('tag coffee');
  });

  it('says how many rows a preview would change', () => {
    expect(previewText({ matches: 0, changes: 0 })).toBe('It would change no existing row (a rule never changes rows you filed, or categories that came with an imported file).');
    expect(previewText({ matches: 14, changes: 12 })).toBe('Would change 12 of the 14 matching rows.');
    expect(previewText({ matches: 3, changes: 3 })).toBe('Would change all 3 matching rows.');
    expect(previewText({ matches: 1, changes: 1 })).toBe('Would change the 1 matching row.');
    expect(previewText({ matches: 2, changes: 0 })).toBe('2 rows match, but they are filed so already.');
    expect(previewText({ matches: 1, changes: 0 })).toBe('1 row matches, but it is filed so already.');
    expect(appliedText(0)).toBe('No row needed changing.');
    expect(appliedText(1200)).toBe('Changed 1,200 rows.');
  });
});

describe('rule offers', () => {
  it('becomes a rule filing any text containing the merchant under its category', () => {
    expect(ruleFromOffer({ merchant: 'shell oil', category: 'Car & Travel' })).toEqual({
      name: 'Shell Oil → Car & Travel',
      conditions: [{ kind: 'contains', field: 'text', value: 'shell oil' }],
      actions: { category: 'Car & Travel' },
    });
  });

  it('is no longer offered once such a rule exists', () => {
    const offers = [{ merchant: 'shell oil', category: 'Car & Travel', corrections: 3 }, { merchant: 'starbucks', category: 'Dining', corrections: 4 }];
    const rules = [
      rule([{ kind: 'contains', field: 'text', value: 'SHELL OIL' }], 'Car & Travel'),
      rule([{ kind: 'contains', field: 'payee', value: 'starbucks' }], 'Dining'),
    ];
    expect(openOffers(offers, rules).map((o) => o.merchant)).toEqual(['starbucks']);
    expect(openOffers(offers, [rule([{ kind: 'contains', field: 'text', value: 'starbucks' }], 'Meals')])).toHaveLength(2);
  });
});
