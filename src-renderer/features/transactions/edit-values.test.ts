import { describe, expect, it } from 'vitest';
import type { TransactionView } from '../../../src-shared/contract/views';
import { fieldSet, fieldText, parseTags } from './edit-values';

const tx = { payee: 'Starbucks', memo: 'team coffee', tags: ['client a', 'travel'] } as TransactionView;

describe('parseTags', () => {
  it('splits on commas, trims, drops empty ones and repeats', () => {
    expect(parseTags('travel, client a,, Travel ,  ')).toEqual(['travel', 'client a']);
    expect(parseTags('')).toEqual([]);
    expect(parseTags('  two   words ')).toEqual(['two words']);
  });
});

describe('inline edits', () => {
  it('starts from the row’s value', () => {
    expect(fieldText(tx, 'payee')).toBe('Starbucks');
    expect(fieldText(tx, 'tags')).toBe('client a, travel');
  });

  it('sends only a change', () => {
    expect(fieldSet(tx, 'payee', ' Starbucks ')).toBeNull();
    expect(fieldSet(tx, 'payee', 'Starbucks Coffee')).toEqual({ payee: 'Starbucks Coffee' });
    expect(fieldSet(tx, 'memo', '')).toEqual({ memo: '' });
    expect(fieldSet(tx, 'tags', 'client a,travel')).toBeNull();
    expect(fieldSet(tx, 'tags', 'travel')).toEqual({ tags: ['travel'] });
    expect(fieldSet(tx, 'tags', ' , ')).toEqual({ tags: [] });
  });
});
