import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../src-main/app-core';
import { createForkPool } from '../../src-main/hosts/node/fork-pool';
import type { ApiInput } from '../../src-shared/contract/api';
import type { TransactionView } from '../../src-shared/contract/views';
import { runCli } from '../support/run-cli';
import { TEST_KEY, tempDir } from '../support/temp-ledger';

/** The transactions workspace against the real core, real import jobs and an encrypted ledger. */
describe('transactions workspace', () => {
  const t = tempDir('fingood-workspace-');
  let core: AppCore;
  let checking: number;
  let savings: number;
  let checkingBatch: string;

  const payees = ['ACME SUPPLIES', 'CITY WATER', 'BLUE BOTTLE COFFEE', 'SHELL OIL 5561', 'CLIENT PAYMENT INV', 'OFFICE RENT', 'ZED HARDWARE'];
  const day = (i: number) => `2024-${String(1 + (i % 6)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
  // Distinct, deterministic rows; some share a date or an amount so that ties must break by id.
  const checkingLines = Array.from({ length: 70 }, (_, i) => `${day(i)},${payees[i % payees.length]} REF ${String.fromCharCode(97 + (i % 26))}${i},${i % 5 === 0 ? '' : '-'}${10 + (i % 13)}.${String((i * 7) % 100).padStart(2, '0')}`);
  const savingsLines = Array.from({ length: 12 }, (_, i) => `${day(i * 5)},INTEREST CREDIT ${i},${1 + i}.05`);

  const importFile = async (name: string, lines: string[], account: string) => {
    const path = join(t.dir, name);
    writeFileSync(path, `Date,Description,Amount\n${lines.join('\n')}\n`);
    const { jobs } = await core.call('imports.start', { files: [{ name, path }], account });
    const job = await core.scheduler.whenFinished(jobs[0]!.jobId);
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
  };
  type List = ApiInput<'transactions.list'>;
  const list = (input: List) => core.call('transactions.list', input);
  /** Every visible row, newest first: the reference the filtered and sorted listings are checked against. */
  const everything = async () => (await list({ limit: 1000 })).transactions;

  beforeAll(async () => {
    core = await createAppCore({ ledgerPath: t.ledgerPath, key: TEST_KEY, pool: createForkPool(), create: true });
    await importFile('checking.csv', checkingLines, 'Business Checking');
    await importFile('savings.csv', [...savingsLines, '2024-03-12,TRANSFER FROM BUSINESS CHECKING,250.00'], 'Savings');
    await importFile('checking-2.csv', ['2024-03-10,ONLINE TRANSFER TO SAVINGS,-250.00'], 'Business Checking');
    const accounts = await core.call('accounts.list', {});
    checking = accounts.find((a) => a.name === 'Business Checking')!.id;
    savings = accounts.find((a) => a.name === 'Savings')!.id;
    checkingBatch = (await core.call('imports.batches', {})).find((b) => b.fileName === 'checking.csv')!.id;
  });
  afterAll(async () => { await core.close(); t.cleanup(); });

  it('keeps the old listing inputs working and counts every matching row', async () => {
    const page = await list({ limit: 5, offset: 0 });
    expect(page.total).toBe(84);
    expect(page.transactions).toHaveLength(5);
    expect((await list({ accountId: savings, limit: 1 })).total).toBe(13);
    expect(page.transactions[0]).toMatchObject({ splits: [], flags: expect.any(Array) });
  });

  it('filters by account, date range, amount range, batch and source, each exactly', async () => {
    const all = await everything();
    const check = async (input: List, pred: (r: TransactionView) => boolean) => {
      const page = await list({ ...input, limit: 1000 });
      const want = all.filter(pred).map((r) => r.id);
      expect(want.length).toBeGreaterThan(0);
      expect(page.total).toBe(want.length);
      expect(page.transactions.map((r) => r.id)).toEqual(want);
    };
    await check({ accountId: checking }, (r) => r.accountId === checking);
    await check({ from: '2024-02-01', to: '2024-03-15' }, (r) => r.date >= '2024-02-01' && r.date <= '2024-03-15');
    await check({ minAmount: -1500, maxAmount: -1100 }, (r) => r.amountMinor >= -1500 && r.amountMinor <= -1100);
    await check({ minAmount: 0 }, (r) => r.amountMinor >= 0);
    await check({ batchId: checkingBatch }, (r) => r.batchId === checkingBatch);
    await check({ accountId: checking, from: '2024-04-01', maxAmount: -1000 }, (r) => r.accountId === checking && r.date >= '2024-04-01' && r.amountMinor <= -1000);
  });

  it('searches payee, description and memo by word prefixes (FTS)', async () => {
    const all = await everything();
    const text = (r: TransactionView) => `${r.payee} ${r.description} ${r.memo}`.toLowerCase();
    const blue = await list({ search: 'blue bott', limit: 1000 });
    expect(blue.total).toBe(all.filter((r) => text(r).includes('blue bottle')).length);
    expect(blue.total).toBe(10);
    expect((await list({ search: 'interest', accountId: savings, limit: 1 })).total).toBe(12);
    expect((await list({ search: 'coffee' + ' "; DROP TABLE', limit: 5 })).total).toBe(0);
    expect((await list({ search: 'ZZZNOTHING', limit: 5 })).total).toBe(0);
  });

  it('sorts by every column both ways, stable by id, and pages by offset and by cursor alike', async () => {
    const all = await everything();
    const key: Record<string, (r: TransactionView) => string | number> = {
      date: (r) => r.date, amount: (r) => r.amountMinor, payee: (r) => r.payee, description: (r) => r.description, account: (r) => r.account.toLowerCase(),
    };
    for (const field of ['date', 'amount', 'payee', 'description', 'account'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const sign = dir === 'asc' ? 1 : -1;
        const cmpDate = field === 'account' ? (a: TransactionView, b: TransactionView) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) : () => 0;
        const want = [...all].sort((a, b) => {
          const [x, y] = [key[field]!(a), key[field]!(b)];
          return sign * ((x < y ? -1 : x > y ? 1 : 0) || cmpDate(a, b) || a.id - b.id);
        }).map((r) => r.id);
        const full = await list({ sort: { field, dir }, limit: 1000 });
        expect(full.transactions.map((r) => r.id), `${field}:${dir}`).toEqual(want);
        const jump = await list({ sort: { field, dir }, limit: 9, offset: 40 });
        expect(jump.transactions.map((r) => r.id)).toEqual(want.slice(40, 49));
        const walked: number[] = [];
        let page = await list({ sort: { field, dir }, limit: 11 });
        walked.push(...page.transactions.map((r) => r.id));
        while (page.next) {
          page = await list({ sort: { field, dir }, limit: 11, after: page.next });
          walked.push(...page.transactions.map((r) => r.id));
        }
        expect(walked, `${field}:${dir} by cursor`).toEqual(want);
      }
    }
  });

  it('sets a category on every row a filter matches as one undoable change, and undo/redo restore it', async () => {
    const filter = { accountId: checking, search: 'acme' };
    const before = await list({ ...filter, limit: 1000 });
    expect(before.total).toBe(10);
    const r = await core.call('transactions.bulkUpdate', { filter, set: { category: 'Office Supplies' } });
    expect(r).toEqual({ matched: 10, changed: 10, label: 'Set category of 10 transactions to Office Supplies' });
    const after = await list({ ...filter, limit: 1000 });
    expect(after.transactions.every((x) => x.category === 'Office Supplies' && x.categorySource === 'user' && !x.flags.includes('needs-review'))).toBe(true);
    const officeId = (await core.call('categories.list', {})).find((c) => c.name === 'Office Supplies')!.id;
    expect((await list({ categoryId: officeId, limit: 1 })).total).toBeGreaterThanOrEqual(10);
    expect((await list({ categorySource: 'user', limit: 1 })).total).toBe(10);
    const feedback = core.ledger.sqlite.prepare('SELECT count(*) AS n FROM categorization_feedback').get() as { n: number };
    expect(feedback.n).toBe(10);
    // Again: nothing left to change, and no empty history entry.
    expect(await core.call('transactions.bulkUpdate', { filter, set: { category: 'Office Supplies' } })).toEqual({ matched: 10, changed: 0, label: null });

    const history = await core.call('ledger.history', { limit: 1 });
    expect(history[0]).toMatchObject({ label: 'Set category of 10 transactions to Office Supplies', changes: 10, undone: false });
    expect((await core.call('ledger.undo', {})).undone).toBe('Set category of 10 transactions to Office Supplies');
    const undone = await list({ ...filter, limit: 1000 });
    expect(undone.transactions.map((x) => [x.id, x.category, x.categorySource, x.confidence])).toEqual(before.transactions.map((x) => [x.id, x.category, x.categorySource, x.confidence]));
    expect((core.ledger.sqlite.prepare('SELECT count(*) AS n FROM categorization_feedback').get() as { n: number }).n).toBe(0);
    expect((await core.call('ledger.redo', {})).redone).toBe('Set category of 10 transactions to Office Supplies');
    expect((await list({ ...filter, limit: 1000 })).transactions.every((x) => x.category === 'Office Supplies')).toBe(true);
  });

  it('sets payee, memo, tags and account by ids, and finds the new text by search', async () => {
    const rows = (await list({ accountId: savings, search: 'interest', limit: 2 })).transactions;
    const ids = rows.map((r) => r.id);
    const r = await core.call('transactions.bulkUpdate', { ids, set: { payee: 'Bank Interest', memo: 'quarterly', tags: ['interest', 'tax'] } });
    expect(r).toMatchObject({ matched: 2, changed: 2 });
    const found = await list({ search: 'quarter', limit: 10 });
    expect(found.transactions.map((x) => x.id).sort()).toEqual([...ids].sort());
    expect(found.transactions[0]).toMatchObject({ payee: 'Bank Interest', memo: 'quarterly', tags: ['interest', 'tax'] });
    await core.call('ledger.undo', {});
    expect((await list({ search: 'quarter', limit: 10 })).total).toBe(0);
  });

  it('refuses an unknown category or account as a whole, with nothing changed', async () => {
    const before = await everything();
    const history = await core.call('ledger.history', { limit: 500 });
    await expect(core.call('transactions.bulkUpdate', { filter: { accountId: checking }, set: { payee: 'X', category: 'Nonexistent Things' } }))
      .rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Nonexistent Things') });
    await expect(core.call('transactions.bulkUpdate', { filter: {}, set: { account: 'Nowhere Bank' } }))
      .rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Nowhere Bank') });
    await expect(core.call('transactions.bulkUpdate', { ids: [before[0]!.id, 999_999], set: { payee: 'X' } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(core.call('transactions.bulkUpdate', { ids: [1], filter: {}, set: { payee: 'X' } } as never)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await everything()).toEqual(before);
    expect(await core.call('ledger.history', { limit: 500 })).toEqual(history);
  });

  it('deletes by filter (soft) and undo brings every row back', async () => {
    const total = (await list({ limit: 1 })).total;
    const r = await core.call('transactions.bulkDelete', { filter: { accountId: savings } });
    expect(r).toEqual({ matched: 13, changed: 13, label: 'Delete 13 transactions' });
    expect((await list({ limit: 1 })).total).toBe(total - 13);
    expect((await list({ accountId: savings, limit: 1 })).total).toBe(0);
    expect((await core.call('ledger.info', {})).transactionCount).toBe(total - 13);
    expect((await core.call('ledger.undo', {})).undone).toBe('Delete 13 transactions');
    expect((await list({ accountId: savings, limit: 1 })).total).toBe(13);
  });

  it('changes all rows matching a filter except the ones left out, and only with a filter', async () => {
    const filter = { accountId: savings };
    const rows = (await list({ ...filter, limit: 1000 })).transactions;
    const keep = [rows[0]!.id, rows[5]!.id];
    const outsider = (await list({ accountId: checking, limit: 1 })).transactions[0]!.id; // not matched anyway: not counted
    const r = await core.call('transactions.bulkUpdate', { filter, excludeIds: [...keep, outsider], set: { memo: 'checked' } });
    expect(r).toMatchObject({ matched: rows.length - 2, changed: rows.length - 2 });
    const after = new Map((await list({ ...filter, limit: 1000 })).transactions.map((x) => [x.id, x.memo]));
    expect(rows.filter((x) => after.get(x.id) === 'checked').map((x) => x.id)).toEqual(rows.map((x) => x.id).filter((id) => !keep.includes(id)));
    expect(keep.map((id) => after.get(id))).toEqual(keep.map((id) => rows.find((x) => x.id === id)!.memo));
    await core.call('ledger.undo', {});
    await expect(core.call('transactions.bulkDelete', { ids: keep, excludeIds: [keep[0]!] })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('splits a line only into parts that sum to it; the row shows its parts and matches their categories', async () => {
    const row = (await list({ accountId: checking, maxAmount: -1000, search: 'zed', limit: 1 })).transactions[0]!;
    const [a, b] = [Math.trunc(row.amountMinor / 3), row.amountMinor - Math.trunc(row.amountMinor / 3)];
    await expect(core.call('transactions.split', { id: row.id, parts: [{ category: 'Repairs', amount: a }, { category: 'Office Supplies', amount: b + 1 }] }))
      .rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('0.01') });
    const r = await core.call('transactions.split', { id: row.id, parts: [{ category: 'Office Supplies', amount: a, memo: 'paper' }, { category: 'Utilities', amount: b }] });
    expect(r).toMatchObject({ id: row.id, parts: 2 });
    const [shown] = await core.call('transactions.list', { search: 'zed', accountId: checking, maxAmount: -1000, limit: 1 }).then((p) => p.transactions);
    expect(shown).toMatchObject({ id: row.id, category: null, flags: expect.arrayContaining(['split']), splits: [
      { category: 'Office Supplies', amountMinor: a, memo: 'paper' }, { category: 'Utilities', amountMinor: b, memo: '' }] });
    const utilities = (await core.call('categories.list', {})).find((c) => c.name === 'Utilities')!.id;
    expect((await list({ categoryId: utilities, limit: 1000 })).transactions.map((x) => x.id)).toContain(row.id);
    expect((await list({ uncategorized: true, limit: 1000 })).transactions.map((x) => x.id)).not.toContain(row.id);
    await core.call('ledger.undo', {});
    const restored = (await list({ search: 'zed', accountId: checking, maxAmount: -1000, limit: 1 })).transactions[0]!;
    expect(restored).toMatchObject({ id: row.id, splits: [], category: row.category });
  });

  it('proposes the transfer between own accounts, links it (no income or expense) and unlinks it, undoably', async () => {
    const candidates = await core.call('transactions.transferCandidates', { limit: 10 });
    const out = (await list({ search: 'online transfer', limit: 1 })).transactions[0]!;
    const inn = (await list({ search: 'transfer from', limit: 1 })).transactions[0]!;
    const best = candidates[0]!;
    expect([best.a, best.b]).toEqual([out.id, inn.id]);
    expect(best.reasons).toEqual(expect.arrayContaining(['opposite amounts', '2 days apart', 'says transfer']));
    expect(new Set(candidates.flatMap((c) => [c.a, c.b])).size).toBe(candidates.length * 2);

    await core.call('transactions.linkTransfer', { a: out.id, b: inn.id });
    const legs = (await list({ search: 'transfer', limit: 10 })).transactions;
    expect(legs.map((l) => [l.id, l.transferOf, l.category, l.flags.includes('transfer')]).sort()).toEqual([[out.id, inn.id, null, true], [inn.id, out.id, null, true]].sort());
    expect((await list({ categorySource: 'transfer', limit: 1 })).total).toBe(2);
    expect((await core.call('transactions.transferCandidates', { limit: 10 })).some((c) => c.a === out.id || c.b === out.id)).toBe(false);
    await expect(core.call('transactions.linkTransfer', { a: out.id, b: inn.id })).rejects.toMatchObject({ code: 'CONFLICT' });

    await core.call('transactions.unlinkTransfer', { id: inn.id });
    expect((await list({ categorySource: 'transfer', limit: 1 })).total).toBe(0);
    await core.call('ledger.undo', {}); // the unlink
    expect((await list({ categorySource: 'transfer', limit: 1 })).total).toBe(2);
    await core.call('ledger.undo', {}); // the link: categories as they were
    const back = (await list({ search: 'online transfer', limit: 1 })).transactions[0]!;
    expect(back).toMatchObject({ id: out.id, category: out.category, categorySource: out.categorySource, flags: out.flags });
  });

  it('sorts by category name, uncategorized last ascending', async () => {
    const all = await everything();
    const rows = (await list({ sort: { field: 'category', dir: 'asc' }, limit: 1000 })).transactions;
    expect(rows.map((r) => r.id).sort()).toEqual(all.map((r) => r.id).sort());
    const names = rows.map((r) => r.category);
    const firstNull = names.indexOf(null);
    expect(firstNull).toBeGreaterThan(-1);
    expect(names.slice(firstNull).every((n) => n === null)).toBe(true);
    const named = names.slice(0, firstNull) as string[];
    expect(named).toEqual([...named].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const desc = (await list({ sort: { field: 'category', dir: 'desc' }, limit: 1000 })).transactions.map((r) => r.id);
    expect(desc).toEqual(rows.map((r) => r.id).reverse());
  });
});

describe('fingood transactions (CLI)', () => {
  const t = tempDir('fingood-workspace-cli-');
  const ledger = t.ledgerPath;
  const cli = (...args: string[]) => runCli(['--ledger', ledger, ...args]);

  beforeAll(() => {
    const csv = join(t.dir, 'jan.csv');
    writeFileSync(csv, `Date,Description,Amount\n${Array.from({ length: 30 }, (_, i) =>
      `2024-01-${String(1 + i).padStart(2, '0')},${i % 3 === 0 ? 'STARBUCKS' : 'ACME'} ORDER ${String.fromCharCode(97 + i)},-${5 + i}.00`).join('\n')}\n`);
    expect(cli('init', '--json').code).toBe(0);
    expect(cli('import', csv, '--account', 'Business Checking', '--json').code).toBe(0);
  });
  afterAll(() => t.cleanup());

  it('lists with filters, sort, limit and offset', () => {
    const r = cli('transactions', '--json', '--account', 'Business Checking', '--from', '2024-01-05', '--to', '2024-01-20', '--sort', 'amount:asc', '--limit', '3', '--offset', '1');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.json.total).toBe(16);
    expect(r.json.transactions.map((x: { amount: string }) => x.amount)).toEqual(['-23.00', '-22.00', '-21.00']);
    expect(cli('transactions', '--json', '--search', 'starb').json.total).toBe(10);
    expect(cli('transactions', '--json', '--uncategorized', '--limit', '1').json.total).toBe((cli('transactions', '--json', '--limit', '1').json.total as number) - cli('transactions', '--json', '--category', 'Dining', '--limit', '1').json.total);
  });

  it('updates every matching row, then undo / redo / history keep working', () => {
    const r = cli('transactions', 'update', '--search', 'starbucks', '--set', 'category=Dining', '--set', 'memo=coffee', '--json');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.json).toMatchObject({ matched: 10, changed: 10 });
    const dining = cli('transactions', '--json', '--category', 'Dining', '--limit', '100');
    expect(dining.json.transactions.filter((x: { memo: string }) => x.memo === 'coffee')).toHaveLength(10);
    expect(cli('history', '--json').json.history[0].label).toContain('10 transactions');
    expect(cli('undo', '--json').json.undone).toContain('10 transactions');
    expect(cli('transactions', '--json', '--search', 'coffee').json.total).toBe(0);
    expect(cli('redo', '--json').json.redone).toContain('10 transactions');
    expect(cli('transactions', '--json', '--search', 'coffee').json.total).toBe(10);
  });

  it('exits 2 on usage mistakes and 4 on an unknown category to set, changing nothing', () => {
    expect(cli('transactions', '--json', '--sort', 'colour').code).toBe(2);
    expect(cli('transactions', '--json', '--account', 'No Such Bank').code).toBe(2);
    expect(cli('transactions', '--json', '--from', '01/02/2024').code).toBe(2);
    expect(cli('transactions', 'update', '--set', 'category=Dining', '--json').code).toBe(2); // no filter: refused
    expect(cli('transactions', 'update', '--search', 'acme', '--set', 'colour=red', '--json').code).toBe(2);
    const bad = cli('transactions', 'update', '--search', 'acme', '--set', 'category=Nope', '--json');
    expect(bad.code).toBe(4);
    expect(bad.json.error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Nope') });
    expect(cli('transactions', '--json', '--search', 'acme', '--category', 'Dining').json.total).toBe(0);
  });
});
