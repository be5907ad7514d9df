import { describe, expect, it } from 'vitest';
import { categoryTitle, sourceBadge } from './source-text';

const tx = { category: null, categorySource: null, confidence: null, suggestions: [], flags: [] };

describe('category source texts', () => {
  it('names who filed a row in a short badge', () => {
    expect(sourceBadge('user')).toBe('you');
    expect(sourceBadge('imported')).toBe('imported');
    expect(sourceBadge('rule')).toBe('rule');
    expect(sourceBadge('memory')).toBe('memory');
    expect(sourceBadge('model')).toBe('model');
    expect(sourceBadge(null)).toBeNull();
  });

  it('says on hover how sure FinGood was of what it filed', () => {
    expect(categoryTitle({ ...tx, category: 'Dining', categorySource: 'model', confidence: 0.874 }))
      .toBe('Dining — filed by FinGood’s model, 87 % confident. Click or press Enter to change.');
    expect(categoryTitle({ ...tx, category: 'Dining', categorySource: 'memory', confidence: 0.97 }))
      .toBe('Dining — filed because you filed this merchant so before, 97 % confident. Click or press Enter to change.');
  });

  it('leaves out a confidence for what the user or the file decided', () => {
    expect(categoryTitle({ ...tx, category: 'Rent & Lease', categorySource: 'imported', confidence: 1 }))
      .toBe('Rent & Lease — as the imported file says. Click or press Enter to change.');
    expect(categoryTitle({ ...tx, category: 'Dining', categorySource: 'user', confidence: 1 }))
      .toBe('Dining — filed by you. Click or press Enter to change.');
  });

  it('offers the best suggestion of a row waiting for review', () => {
    expect(categoryTitle({ ...tx, flags: ['needs-review'], suggestions: [{ category: 'Car & Travel', confidence: 0.62, source: 'keyword', reason: 'fuel' }] }))
      .toBe('Waiting for review — best suggestion: Car & Travel (62 %). Click or press Enter to file it.');
    expect(categoryTitle(tx)).toBe('Not categorized. Click or press Enter to file it.');
  });
});
