import { describe, expect, it } from 'vitest';
import { PageCache } from './page-cache';

const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => `r${from + i}`);

describe('PageCache', () => {
  it('asks for the pages covering the rows in view, once', () => {
    const c = new PageCache<string>(100);
    expect(c.needed(0, 30)).toEqual([0]);
    expect(c.needed(150, 320)).toEqual([1, 2, 3]);
    const t = c.begin(0);
    expect(c.needed(0, 30)).toEqual([]); // already on the way
    c.receive(0, t, rows(0, 100), 1000);
    expect(c.needed(0, 99)).toEqual([]);
    expect(c.row(42)).toBe('r42');
    expect(c.row(142)).toBeUndefined();
    expect(c.total).toBe(1000);
  });

  it('never asks for pages past the known end', () => {
    const c = new PageCache<string>(100);
    c.receive(0, c.begin(0), rows(0, 100), 230);
    expect(c.needed(150, 900)).toEqual([1, 2]);
  });

  it('keeps stale rows on screen after invalidate, refetches them, and ignores older answers', () => {
    const c = new PageCache<string>(10);
    const old = c.begin(0);
    c.invalidate();
    expect(c.receive(0, old, rows(0, 10), 10)).toBe(false); // asked before the ledger changed
    expect(c.row(0)).toBeUndefined();

    c.receive(0, c.begin(0), rows(0, 10), 10);
    expect(c.freshRow(3)).toBe('r3');
    c.invalidate();
    expect(c.row(3)).toBe('r3'); // still shown while the fresh page loads
    expect(c.freshRow(3)).toBeUndefined(); // but not taken into a selection
    expect(c.needed(0, 9)).toEqual([0]);
    const fresh = c.begin(0);
    expect(c.receive(0, fresh, ['new', ...rows(0, 9)], 11)).toBe(true);
    expect(c.row(0)).toBe('new');
    expect(c.total).toBe(11);
  });

  it('asks again for the first page of an empty listing after a change, to learn the new total', () => {
    const c = new PageCache<string>(100);
    c.receive(0, c.begin(0), [], 0);
    expect(c.needed(0, 99)).toEqual([]);
    c.invalidate();
    expect(c.needed(0, 99)).toEqual([0]);
  });

  it('drops pages past a shrunken total', () => {
    const c = new PageCache<string>(10);
    c.receive(3, c.begin(3), rows(30, 10), 40);
    c.invalidate();
    c.receive(0, c.begin(0), rows(0, 10), 25);
    expect(c.row(35)).toBeUndefined();
  });

  it('lets a failed page be asked for again', () => {
    const c = new PageCache<string>(10);
    const t = c.begin(2);
    expect(c.needed(20, 29)).toEqual([]);
    c.fail(2, t);
    expect(c.needed(20, 29)).toEqual([2]);
  });

  it('keeps at most maxPages, dropping those farthest from view', () => {
    const c = new PageCache<string>(10, 3);
    for (const p of [0, 1, 2, 3, 4]) c.receive(p, c.begin(p), rows(p * 10, 10), 1000);
    c.trim(30, 45);
    expect([0, 1, 2, 3, 4].filter((p) => c.row(p * 10) !== undefined)).toEqual([2, 3, 4]);
  });

  it('refuses a page size that cannot page', () => {
    expect(() => new PageCache(0)).toThrow(/positive integer/);
  });
});
