import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../src-main/app-core';
import { createForkPool } from '../../src-main/hosts/node/fork-pool';
import { TEST_KEY, tempDir } from '../support/temp-ledger';

/** Categorization end to end: real workers (import, train), the real encrypted ledger. */
describe('categorization layers on import', () => {
  const t = tempDir('fingood-cat-');
  let core: AppCore;
  beforeAll(async () => { core = await createAppCore({ ledgerPath: t.ledgerPath, key: TEST_KEY, pool: createForkPool(), create: true }); });
  afterAll(async () => { await core.close(); t.cleanup(); });

  const importCsv = async (name: string, lines: string[], header = 'Date,Description,Amount') => {
    const p = join(t.dir, name);
    writeFileSync(p, `${header}\n${lines.join('\n')}\n`);
    const { jobs } = await core.call('imports.start', { files: [{ name, path: p }], account: 'Checking' });
    const job = await core.scheduler.whenFinished(jobs[0]!.jobId);
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    return job;
  };
  const rows = async () => (await core.call('transactions.list', { limit: 1000 })).transactions;
  const day = (i: number) => `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;

  it('imports a history export: its Category column becomes confirmed labels, categories created when missing', async () => {
    const merchants: [string, string, number][] = [
      ['WHOLEFDS MKT 10233', 'Groceries', -8423], ['STARBUCKS STORE 0412', 'Dining', -545], ['ADOBE CREATIVE CLOUD', 'Software & Subscriptions', -5499],
      ['CLIENT PAYMENT INV', 'Sales', 250000], ['PET SUPPLIES PLUS 88', 'Pet Care', -3120],
    ];
    const lines = Array.from({ length: 60 }, (_, i) => {
      const [d, c, a] = merchants[i % merchants.length]!;
      return `${day(i)},${d} ${String.fromCharCode(65 + (i % 26))},${(a / 100).toFixed(2)},${c}`;
    });
    await importCsv('history.csv', lines, 'Date,Description,Amount,Category');
    const all = await rows();
    expect(all).toHaveLength(60);
    expect(all.every((r) => r.categorySource === 'imported')).toBe(true);
    expect(all.find((r) => r.description.startsWith('PET SUPPLIES'))?.category).toBe('Pet Care');
    expect((await core.call('categories.list', {})).map((c) => c.name)).toContain('Pet Care');
  });

  it('suggests for a merchant never seen, from the shipped keyword map, with a reason', async () => {
    const s = await core.call('categorization.suggest', { description: 'SHELL OIL 57442', amountMinor: -4500 });
    expect(s.length).toBeGreaterThan(0);
    expect(s[0]!.reason.length).toBeGreaterThan(5);
  });

  it('a correction is remembered: the merchant\'s next rows are filed at once', async () => {
    await importCsv('may.csv', ['2024-05-03,BLUE BOTTLE COFFEE 0031,-6.25', '2024-05-04,HARDWARE HUT 12,-45.10']);
    const coffee = (await rows()).find((r) => r.description.startsWith('BLUE BOTTLE'))!;
    const r = await core.call('categorization.categorize', { ids: [coffee.id], category: 'Dining' });
    expect(r.changed).toBe(1);
    expect((await rows()).find((x) => x.id === coffee.id)).toMatchObject({ category: 'Dining', categorySource: 'user' });

    await importCsv('june.csv', ['2024-06-11,BLUE BOTTLE COFFEE 0877,-7.40']);
    const next = (await rows()).find((x) => x.description === 'BLUE BOTTLE COFFEE 0877')!;
    expect(next).toMatchObject({ category: 'Dining', categorySource: 'memory' });
    expect(next.flags).not.toContain('needs-review');
  });

  it('rules: preview counts, apply changes rows (undoable), and the next import applies them first', async () => {
    const rule = { name: 'Hardware', conditions: [{ kind: 'contains' as const, field: 'text' as const, value: 'hardware hut' }], actions: { category: 'Repairs & Maintenance' } };
    const preview = await core.call('rules.preview', { rule });
    expect(preview).toMatchObject({ matches: 1, changes: 1 });
    const saved = await core.call('rules.add', rule);
    expect(saved.summary).toBe('text contains "hardware hut"');
    expect(await core.call('rules.apply', { id: saved.id })).toEqual({ changed: 1 });
    expect((await rows()).find((r) => r.description.startsWith('HARDWARE HUT'))).toMatchObject({ category: 'Repairs & Maintenance', categorySource: 'rule' });
    expect((await core.call('ledger.undo', {})).undone).toBe('Apply rule "Hardware"');
    expect((await rows()).find((r) => r.description.startsWith('HARDWARE HUT'))?.categorySource).not.toBe('rule');

    const first = await core.call('rules.add', { name: 'Big spend', position: 1, conditions: [{ kind: 'amount', max: -100000 }], actions: { tags: ['large'] } });
    expect(first).toMatchObject({ position: 1, summary: 'amount ≤ -1000.00' });
    expect((await core.call('rules.list', {})).map((r) => r.name)).toEqual(['Big spend', 'Hardware']);
    await core.call('rules.delete', { id: first.id });
    expect((await core.call('ledger.undo', {})).undone).toBe('Delete rule "Big spend"');
    expect((await core.call('rules.list', {})).map((r) => r.name)).toEqual(['Big spend', 'Hardware']);

    await importCsv('july.csv', ['2024-07-02,HARDWARE HUT 99,-12.00']);
    expect((await rows()).find((r) => r.description === 'HARDWARE HUT 99')).toMatchObject({ category: 'Repairs & Maintenance', categorySource: 'rule', confidence: 1 });
  });

  it('categories: add, rename, merge (rows move, undoable), archive', async () => {
    const added = await core.call('categories.add', { name: 'Coffee', kind: 'expense', parent: 'Personal & Other' });
    expect(added).toMatchObject({ name: 'Coffee', parent: 'Personal & Other', archived: false });
    const renamed = await core.call('categories.rename', { id: added.id, name: 'Coffee Shops' });
    expect(renamed.name).toBe('Coffee Shops');
    const dining = (await core.call('categories.list', {})).find((c) => c.name === 'Dining')!;
    const merged = await core.call('categories.merge', { from: dining.id, into: added.id });
    expect(merged.moved).toBeGreaterThan(0);
    expect((await rows()).filter((r) => r.category === 'Dining')).toEqual([]);
    await core.call('ledger.undo', {});
    expect((await rows()).filter((r) => r.category === 'Dining').length).toBe(merged.moved);
    expect((await core.call('categories.archive', { id: added.id, archived: true })).archived).toBe(true);
    expect((await core.call('categories.list', {})).map((c) => c.name)).not.toContain('Coffee Shops');
    await expect(core.call('categories.add', { name: 'groceries', kind: 'expense' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('trains a model in a worker on the labelled history and keeps its metrics', async () => {
    const job = await core.call('categorization.train', {});
    const done = await core.scheduler.whenFinished(job.id);
    expect(done.state, JSON.stringify(done.error)).toBe('succeeded');
    expect(done.result).toMatchObject({ activated: true, examples: expect.any(Number) });
    const status = await core.call('categorization.status', {});
    expect(status.activeModel).not.toBeNull();
    expect(status.activeModel!.metrics).toHaveProperty('top1');
    expect(status.autoApplyThreshold).not.toBeNull();
  });
});
