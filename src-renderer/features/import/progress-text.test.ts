import { describe, expect, it } from 'vitest';
import { percentOf, phaseLabel, progressLine, rowsText, timeLeft } from './progress-text';

describe('progress text', () => {
  it('never shows 100 % while the job is still running', () => {
    expect(percentOf(0)).toBe(0);
    expect(percentOf(0.426)).toBe(42);
    expect(percentOf(0.999)).toBe(99);
    expect(percentOf(1)).toBe(99);
    expect(percentOf(1.2)).toBe(99);
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
    expect(['hashing', 'parsing', 'deduplicating', 'writing', 'done'].map(phaseLabel))
      .toEqual(['Reading file', 'Reading statement', 'Checking for duplicates', 'Saving rows', 'Done']);
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
      .toBe('Reading statement · 5 %');
    expect(progressLine({ phase: 'deduplicating', done: 0, total: 40, fraction: 0.25, etaMs: null }))
      .toBe('Checking for duplicates · 0 of 40 rows · 25 %');
  });

  it('adds what the core says about the rows so far', () => {
    expect(progressLine({ phase: 'writing', done: 2000, total: 4000, fraction: 0.65, etaMs: 1000, message: '40 already in the ledger' }))
      .toBe('Saving rows · 2,000 of 4,000 rows · 65 % · about 1 second left · 40 already in the ledger');
    expect(progressLine({ phase: 'writing', done: 1, total: 2, fraction: 0.65, etaMs: null, message: '  ' }))
      .toBe('Saving rows · 1 of 2 rows · 65 %');
  });
});
