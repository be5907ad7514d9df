import { describe, expect, it } from 'vitest';
import type { HistoryEntryView } from '../../../src-shared/contract/views';
import { historyResultText, historyTargets, historyTooltip } from './history-state';

const entry = (label: string, undone: boolean): HistoryEntryView => ({
  groupId: `g-${label}`, label, at: '2025-03-01T10:00:00Z', changes: 1, undone,
});

describe('historyTargets', () => {
  it('has nothing to undo or redo in an empty history', () => {
    expect(historyTargets([])).toEqual({ undo: null, redo: null });
  });

  it('undoes the newest action when nothing was undone', () => {
    const t = historyTargets([entry('Delete b.csv', false), entry('Delete a.csv', false)]);
    expect(t.undo?.label).toBe('Delete b.csv');
    expect(t.redo).toBeNull();
  });

  it('redoes the oldest undone action and undoes the newest one still done', () => {
    const t = historyTargets([entry('Delete c.csv', true), entry('Delete b.csv', true), entry('Delete a.csv', false)]);
    expect(t.redo?.label).toBe('Delete b.csv');
    expect(t.undo?.label).toBe('Delete a.csv');
  });

  it('has only redo left once everything was undone', () => {
    expect(historyTargets([entry('Delete a.csv', true)])).toMatchObject({ undo: null, redo: { label: 'Delete a.csv' } });
  });
});

describe('history texts', () => {
  it('names the action and its shortcut in the tooltip', () => {
    expect(historyTooltip('undo', entry('Delete the import of a.csv', false), 'Ctrl+Z')).toBe('Undo: Delete the import of a.csv (Ctrl+Z)');
    expect(historyTooltip('redo', entry('Delete the import of a.csv', true), '⇧⌘Z')).toBe('Redo: Delete the import of a.csv (⇧⌘Z)');
    expect(historyTooltip('undo', null, 'Ctrl+Z')).toBe('Nothing to undo');
    expect(historyTooltip('redo', null, 'Ctrl+Shift+Z')).toBe('Nothing to redo');
  });

  it('says what was undone or redone, or that there was nothing', () => {
    expect(historyResultText('undo', 'Delete the import of a.csv')).toBe('Undone: Delete the import of a.csv');
    expect(historyResultText('redo', 'Delete the import of a.csv')).toBe('Redone: Delete the import of a.csv');
    expect(historyResultText('undo', null)).toBe('Nothing to undo.');
    expect(historyResultText('redo', null)).toBe('Nothing to redo.');
  });
});
