import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../src-main/app-core';
import { createForkPool } from '../../src-main/hosts/node/fork-pool';
import { TEST_KEY, tempDir } from '../support/temp-ledger';

/** Overlapping exports of one account: each real bank line ends up once; look-alikes are flagged, not dropped. */
describe('row deduplication on import', () => {
  const t = tempDir('fingood-dedupe-');
  let core: AppCore;
  beforeAll(async () => { core = await createAppCore({ ledgerPath: t.ledgerPath, key: TEST_KEY, pool: createForkPool(), create: true }); });
  afterAll(async () => { await core.close(); t.cleanup(); });

  const day = (i: number) => `2024-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const line = (i: number) => `${day(i)},VENDOR ${String.fromCharCode(65 + (i % 26))}${i} STORE,-${10 + i}.25`;
  const write = (name: string, lines: string[]) => {
    const p = join(t.dir, name);
    writeFileSync(p, `Date,Description,Amount\n${lines.join('\n')}\n`);
    return p;
  };
  const importFile = async (path: string) => {
    const { jobs } = await core.call('imports.start', { files: [{ name: path.split('/').pop()!, path }], account: 'Checking' });
    return core.scheduler.whenFinished(jobs[0]!.jobId);
  };
  const total = async () => (await core.call('transactions.list', { limit: 1 })).total;

  it('skips the overlap of two exports of the same account and counts it', async () => {
    const a = await importFile(write('jan-mar.csv', Array.from({ length: 80 }, (_, i) => line(i))));
    expect(a.result).toMatchObject({ rows: 80, duplicatesSkipped: 0 });
    const b = await importFile(write('feb-apr.csv', Array.from({ length: 80 }, (_, i) => line(i + 40))));
    expect(b.state).toBe('succeeded');
    expect(b.result).toMatchObject({ rows: 40, duplicatesSkipped: 40, possibleDuplicates: 0 });
    expect(await total()).toBe(120);
    const batches = await core.call('imports.batches', {});
    expect(batches.find((x) => x.fileName === 'feb-apr.csv')).toMatchObject({ rowCount: 40, skippedCount: 40 });
  });

  it('keeps a second identical coffee on the same day', async () => {
    await importFile(write('coffee-1.csv', ['2024-06-03,BEAN THERE CAFE,-3.50']));
    const r = await importFile(write('coffee-2.csv', ['2024-06-03,BEAN THERE CAFE,-3.50', '2024-06-03,BEAN THERE CAFE,-3.50']));
    expect(r.result).toMatchObject({ rows: 1, duplicatesSkipped: 1 });
    expect(await total()).toBe(122);
  });

  it('imports a look-alike (same amount, a day later, similar text) flagged with score and reasons', async () => {
    const r = await importFile(write('lookalike.csv', ['2024-01-07,VENDOR F5 STORES INC,-15.25']));
    expect(r.result).toMatchObject({ rows: 1, possibleDuplicates: 1 });
    const page = await core.call('transactions.list', { limit: 500 });
    const flagged = page.transactions.filter((x) => x.flags.includes('possible-duplicate'));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.duplicate).toMatchObject({ score: expect.any(Number), reasons: expect.arrayContaining(['same amount', '1 day apart']) });
    const original = page.transactions.find((x) => x.id === flagged[0]!.duplicate!.of)!;
    expect(original).toMatchObject({ date: '2024-01-06', amount: '-15.25' });
  });

  it('resolves a possible duplicate by merging (undoable) or keeping both', async () => {
    const flagged = async () => (await core.call('transactions.list', { limit: 50, possibleDuplicates: true })).transactions;
    const [row] = await flagged();
    expect(row).toBeDefined();
    const before = await total();

    expect(await core.call('transactions.resolveDuplicate', { id: row!.id, action: 'merge' })).toEqual({ label: expect.stringContaining('Merge duplicate') });
    expect(await total()).toBe(before - 1);
    expect(await flagged()).toEqual([]);

    expect((await core.call('ledger.undo', {})).undone).toContain('Merge duplicate');
    expect(await total()).toBe(before);
    expect((await flagged()).map((r) => r.id)).toEqual([row!.id]);

    await core.call('transactions.resolveDuplicate', { id: row!.id, action: 'keep' });
    expect(await total()).toBe(before);
    expect(await flagged()).toEqual([]);
    await expect(core.call('transactions.resolveDuplicate', { id: row!.id, action: 'keep' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
