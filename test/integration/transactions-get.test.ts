import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../src-main/app-core';
import { createForkPool } from '../../src-main/hosts/node/fork-pool';
import type { TransactionView } from '../../src-shared/contract/views';
import { TEST_KEY, tempDir } from '../support/temp-ledger';

/** transactions.get: rows by id (e.g. the row a possible duplicate resembles), against the real core and an encrypted ledger. */
describe('transactions.get', () => {
  const t = tempDir('fingood-get-');
  let core: AppCore;
  let rows: TransactionView[];

  const importFile = async (name: string, lines: string[]) => {
    const path = join(t.dir, name);
    writeFileSync(path, `Date,Description,Amount\n${lines.join('\n')}\n`);
    const { jobs } = await core.call('imports.start', { files: [{ name, path }], account: 'Checking' });
    const job = await core.scheduler.whenFinished(jobs[0]!.jobId);
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    return job;
  };

  beforeAll(async () => {
    core = await createAppCore({ ledgerPath: t.ledgerPath, key: TEST_KEY, pool: createForkPool(), create: true });
    await importFile('jan.csv', ['2024-01-05,ACME SUPPLIES,-40.00', '2024-01-06,VENDOR F5 STORE,-15.25', '2024-01-09,CLIENT PAYMENT,1200.00', '2024-01-11,CITY WATER,-61.10']);
    rows = (await core.call('transactions.list', { limit: 100 })).transactions;
    expect(rows).toHaveLength(4);
  });
  afterAll(async () => { await core.close(); t.cleanup(); });

  it('returns the rows asked for, in the order asked, the same as the listing shows them', async () => {
    const ids = [rows[2]!.id, rows[0]!.id, rows[3]!.id];
    const got = await core.call('transactions.get', { ids });
    expect(got.map((r) => r.id)).toEqual(ids);
    expect(got).toEqual(ids.map((id) => rows.find((r) => r.id === id)));
  });

  it('leaves out ids that do not exist and rows that were deleted; undo brings a row back', async () => {
    const [a, b] = rows;
    expect(await core.call('transactions.get', { ids: [a!.id, 999_999] })).toEqual([a]);
    await core.call('transactions.bulkDelete', { ids: [b!.id] });
    expect((await core.call('transactions.get', { ids: [a!.id, b!.id] })).map((r) => r.id)).toEqual([a!.id]);
    await core.call('ledger.undo', {});
    expect((await core.call('transactions.get', { ids: [a!.id, b!.id] })).map((r) => r.id)).toEqual([a!.id, b!.id]);
  });

  it('shows the split parts and the duplicate of a flagged row, whose match it can then fetch', async () => {
    const r = await importFile('lookalike.csv', ['2024-01-07,VENDOR F5 STORES INC,-15.25']);
    expect(r.result).toMatchObject({ possibleDuplicates: 1 });
    const [flagged] = (await core.call('transactions.list', { possibleDuplicates: true, limit: 5 })).transactions;
    const [match] = await core.call('transactions.get', { ids: [flagged!.duplicate!.of] });
    expect(match).toMatchObject({ date: '2024-01-06', amount: '-15.25', description: 'VENDOR F5 STORE' });

    const water = rows.find((x) => x.description === 'CITY WATER')!;
    const categories = (await core.call('categories.list', {})).map((c) => c.name);
    await core.call('transactions.split', { id: water.id, parts: [{ category: categories[0]!, amount: -6000 }, { category: categories[1]!, amount: -110, memo: 'fee' }] });
    const [split] = await core.call('transactions.get', { ids: [water.id] });
    expect(split).toMatchObject({ category: null, flags: expect.arrayContaining(['split']),
      splits: [{ category: categories[0], amountMinor: -6000, amount: '-60.00' }, { category: categories[1], amountMinor: -110, memo: 'fee' }] });
  });

  it('refuses no ids, more than 500, non-ids and unknown keys', async () => {
    for (const input of [{ ids: [] }, { ids: Array.from({ length: 501 }, (_, i) => i + 1) }, { ids: [0] }, { ids: [1.5] }, { ids: ['1'] }, { ids: [1], limit: 3 }, {}]) {
      expect(await core.dispatch('transactions.get', input)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await core.dispatch('transactions.get', { ids: Array.from({ length: 500 }, (_, i) => i + 1) })).toMatchObject({ ok: true });
  });
});
