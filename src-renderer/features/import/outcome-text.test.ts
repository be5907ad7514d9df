import { describe, expect, it } from 'vitest';
import { batchNotes, failureTitle, outcomeText, readOutcome } from './outcome-text';

describe('import outcome text', () => {
  it('reads the counts of a finished import job', () => {
    expect(readOutcome({
      rows: 40, duplicatesSkipped: 40, possibleDuplicates: 1, errors: 2, rowsRead: 83, account: 'Checking', format: 'csv', batchId: 'b',
    })).toEqual({ rows: 40, account: 'Checking', skipped: 40, flagged: 1, unreadable: 2 });
  });

  it('counts what is missing or malformed in a result as zero', () => {
    expect(readOutcome({ rows: '12', duplicatesSkipped: -1, possibleDuplicates: Number.NaN, account: 7 }))
      .toEqual({ rows: 0, account: null, skipped: 0, flagged: 0, unreadable: 0 });
    expect(readOutcome({ rows: 3, account: '' }).account).toBeNull();
  });

  it('says how many rows went where, and what was skipped or flagged', () => {
    expect(outcomeText({ rows: 40, account: 'Checking', skipped: 40, flagged: 1, unreadable: 0 }))
      .toBe('Imported 40 rows into Checking · 40 already in the ledger skipped · 1 possible duplicate');
    expect(outcomeText({ rows: 1, account: null, skipped: 0, flagged: 2, unreadable: 1 }))
      .toBe('Imported 1 row · 2 possible duplicates · 1 row could not be read');
  });

  it('leaves out counts that are zero', () => {
    expect(outcomeText({ rows: 30, account: 'Checking', skipped: 0, flagged: 0, unreadable: 0 })).toBe('Imported 30 rows into Checking');
    expect(outcomeText({ rows: 0, account: 'Savings', skipped: 1250, flagged: 0, unreadable: 3 }))
      .toBe('Imported 0 rows into Savings · 1,250 already in the ledger skipped · 3 rows could not be read');
  });

  it('notes skipped, flagged and unreadable rows of an imported file', () => {
    expect(batchNotes({ skippedCount: 10, flaggedCount: 1, errorCount: 0 })).toBe('10 already in the ledger · 1 possible duplicate');
    expect(batchNotes({ skippedCount: 0, flaggedCount: 0, errorCount: 4 })).toBe('4 unreadable');
    expect(batchNotes({ skippedCount: 0, flaggedCount: 0, errorCount: 0 })).toBe('');
  });

  it('titles failures by their code', () => {
    expect(failureTitle('ALREADY_IMPORTED')).toBe('Already imported');
    expect(failureTitle('VALIDATION')).toBe('Needs your input');
    expect(failureTitle('INTERNAL')).toBe('Import failed');
  });
});
