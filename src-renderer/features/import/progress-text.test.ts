import { describe, expect, it } from 'vitest';
import { failureTitle, successText } from './outcome-text';
import { percentOf, phaseLabel, progressLine, rowsText, timeLeft } from './progress-text';

describe('progress text', () => {
  it('never shows 100 % before the job is complete', () => {
    expect(percentOf(0)).toBe(0);
    expect(percentOf(0.426)).toBe(42);
    expect(percentOf(0.999)).toBe(99);
    expect(percentOf(1)).toBe(100);
    expect(percentOf(Number.NaN)).toBe(0);
  });

  it('says how long is left in words', () => {
    expect(timeLeft(null)).toBeNull();
    expect(timeLeft(300)).toBe('less than a second left');
    expect(timeLeft(1000)).toBe('about 1 second left');
    expect(timeLeft(42_000)).toBe('about 42 seconds left');
    expect(timeLeft(150_000)).toBe('about 3 minutes left');
    expect(timeLeft(65 * 60_000)).toBe('about 1 h 5 min left');
  });

  it('names phases in plain words, and keeps unknown ones readable', () => {
    expect(phaseLabel('writing')).toBe('Saving rows');
    expect(phaseLabel('hashing')).toBe('Checking the file');
    expect(phaseLabel('training')).toBe('Training');
  });

  it('counts rows with or without a known total', () => {
    expect(rowsText(1200, 25_000)).toBe('1,200 of 25,000 rows');
    expect(rowsText(1, null)).toBe('1 row');
  });

  it('puts phase, rows, percent and time left on one line', () => {
    expect(progressLine({ phase: 'writing', done: 12, total: 30, fraction: 0.58, etaMs: 2000 }))
      .toBe('Saving rows · 12 of 30 rows · 58 % · about 2 seconds left');
    expect(progressLine({ phase: 'parsing', done: 0, total: null, fraction: 0.05, etaMs: null }))
      .toBe('Reading the statement · 5 %');
  });

  it('describes outcomes', () => {
    expect(successText({ rows: 30, account: 'Checking' })).toBe('Imported 30 rows into Checking.');
    expect(successText({ rows: 1, account: null })).toBe('Imported 1 row.');
    expect(failureTitle('ALREADY_IMPORTED')).toBe('Already imported');
    expect(failureTitle('INTERNAL')).toBe('Import failed');
  });
});
