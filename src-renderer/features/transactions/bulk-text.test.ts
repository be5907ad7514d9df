import { describe, expect, it } from 'vitest';
import { bulkResultText, deleteQuestion, selectionText } from './bulk-text';

describe('bulk texts', () => {
  it('says what the change did, in the history’s words', () => {
    expect(bulkResultText({ matched: 12345, changed: 12345, label: 'Set category of 12,345 transactions to Dining' }))
      .toBe('Set category of 12,345 transactions to Dining');
    expect(bulkResultText({ matched: 10, changed: 7, label: 'Set category of 7 transactions to Dining' }))
      .toBe('Set category of 7 transactions to Dining (3 others already so)');
    expect(bulkResultText({ matched: 2, changed: 1, label: 'Mark 1 transaction reviewed' })).toBe('Mark 1 transaction reviewed (1 other already so)');
  });

  it('says when nothing changed', () => {
    expect(bulkResultText({ matched: 4, changed: 0, label: null })).toBe('Nothing to change: all 4 selected transactions already have that.');
    expect(bulkResultText({ matched: 1, changed: 0, label: null })).toBe('Nothing to change: the selected transaction already has that.');
    expect(bulkResultText({ matched: 0, changed: 0, label: null })).toMatch(/^No transactions match/);
  });

  it('asks before deleting and counts the selection', () => {
    expect(deleteQuestion(1200)).toBe('Delete 1,200 transactions? Undo brings them back.');
    expect(deleteQuestion(1)).toBe('Delete 1 transaction? Undo brings it back.');
    expect(selectionText(3, false)).toBe('3 transactions selected');
    expect(selectionText(12345, true)).toBe('All 12,345 matching transactions selected');
    expect(selectionText(12343, true, 12345)).toBe('12,343 of 12,345 matching transactions selected');
  });
});
