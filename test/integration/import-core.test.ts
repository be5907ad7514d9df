import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../src-main/app-core';
import { createForkPool } from '../../src-main/hosts/node/fork-pool';
import type { WorkerPool } from '../../src-main/jobs/worker-pool';
import type { JobView } from '../../src-shared/contract/views';
import { simpleCsv } from '../support/statement-csv';
import { DEFERRED_INDEX } from '../../src-main/ledger/deferred-index';
import { TEST_KEY, tempDir } from '../support/temp-ledger';

/** The real fork pool, remembering each worker's pid so a test can kill one. */
function recordingPool(): WorkerPool & { pids: number[] } {
  const inner = createForkPool();
  const pids: number[] = [];
  return {
    pids,
    spawn() { const h = inner.spawn(); if (h.pid) pids.push(h.pid); return h; },
    close: () => inner.close(),
  };
}

/** 0 → "a", 25 → "z", 26 → "ba": words without digits (the search index would split them). */
function letters(n: number): string {
  let s = '';
  do { s = String.fromCharCode(97 + (n % 26)) + s; n = Math.floor(n / 26); } while (n > 0);
  return s;
}

describe('import through the core with real forked workers and an encrypted ledger', () => {
  let t: ReturnType<typeof tempDir>;
  let core: AppCore;
  let pool: ReturnType<typeof recordingPool>;

  beforeEach(async () => {
    t = tempDir();
    pool = recordingPool();
    core = await createAppCore({ ledgerPath: t.ledgerPath, key: TEST_KEY, pool, create: true });
  });
  afterEach(async () => {
    await core.close();
    t.cleanup();
  });

  const file = (name: string, text: string) => {
    const p = join(t.dir, name);
    writeFileSync(p, text);
    return p;
  };
  const importOne = async (path: string, account = 'Checking'): Promise<JobView> => {
    const { jobs } = await core.call('imports.start', { files: [{ name: path.split('/').pop()!, path }], account });
    return core.scheduler.whenFinished(jobs[0]!.jobId);
  };

  it('imports a CSV in a worker, reports progress, and shows the rows', async () => {
    const progress: JobView[] = [];
    core.events.on('job.progress', (j) => progress.push(j));
    const changed: string[][] = [];
    core.events.on('ledger.changed', (c) => changed.push(c.tables));
    const path = file('march.csv', simpleCsv(5000));

    const job = await importOne(path);

    expect(job.state).toBe('succeeded');
    expect(job.result).toMatchObject({ rows: 5000, format: 'csv', account: 'Checking' });
    expect(job.progress).toMatchObject({ phase: 'done', fraction: 1 });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.some((p) => p.progress?.phase === 'writing')).toBe(true);
    expect(changed.flat()).toContain('transactions');
    const page = await core.call('transactions.list', { limit: 10 });
    expect(page.total).toBe(5000);
    expect(page.transactions[0]).toMatchObject({ account: 'Checking', currency: expect.any(String), batchId: job.result!.batchId });
    expect(page.transactions[0]!.amount).toMatch(/^-?\d+\.\d{2}$/);
    const batches = await core.call('imports.batches', {});
    expect(batches).toEqual([expect.objectContaining({ fileName: 'march.csv', rowCount: 5000, account: 'Checking' })]);
  });

  it('counts the rows it could not read and keeps the balances the rows state, read after the rows are written', async () => {
    const text = [
      'Date;Text;Amount;Balance',
      ';Opening balance;;1.000,00',
      '02.01.2024;Coffee;-3,50;996,50',
      '32.01.2024;Broken date;-1,00;995,50',
      '03.01.2024;Salary;2.000,00;2.995,50',
      'abc;Broken too;x;y',
      ';Closing balance;;2.995,50',
    ].join('\n');
    const job = await importOne(file('balances.csv', text));
    expect(job.state).toBe('succeeded');
    expect(job.result).toMatchObject({ rows: 2, errors: 2, rowsRead: 2 });
    expect(await core.call('imports.batches', {})).toEqual([expect.objectContaining({ fileName: 'balances.csv', rowCount: 2, errorCount: 2 })]);
    const stored = core.ledger.sqlite.prepare("SELECT statement FROM import_batches WHERE file_name = 'balances.csv'").pluck().get() as string;
    expect(JSON.parse(stored)).toMatchObject({ openingBalanceMinor: 100_000, closingBalanceMinor: 299_550, currency: expect.any(String) });
  });

  it('finds every imported row by a word of its own text, and no other row', async () => {
    // Words of one length: a search matches word prefixes, and none of these is another's prefix.
    const words = Array.from({ length: 45 }, (_, i) => `zq${letters(26 + i)}`);
    const lines = ['Date,Description,Amount', ...words.map((w, i) => `2023-04-${String(1 + (i % 28)).padStart(2, '0')},COFFEE ${w.toUpperCase()} 0412,-${i + 1}.50`)];
    expect((await importOne(file('words.csv', `${lines.join('\n')}\n`))).state).toBe('succeeded');
    for (const [i, w] of words.entries()) {
      const page = await core.call('transactions.list', { search: w, limit: 5 });
      expect(page.transactions.map((r) => [r.description, r.amountMinor]), w).toEqual([[`COFFEE ${w.toUpperCase()} 0412`, -(i + 1) * 100 - 50]]);
    }
    expect((await core.call('transactions.list', { search: 'coffee', limit: 1 })).total).toBe(45);
  });

  it('refuses the same file again by its SHA-256, naming the earlier batch, and writes nothing', async () => {
    const path = file('april.csv', simpleCsv(300, 7));
    const first = await importOne(path);
    const copy = file('april-copy.csv', simpleCsv(300, 7));

    const again = await importOne(copy);

    expect(again.state).toBe('failed');
    expect(again.error).toMatchObject({
      code: 'ALREADY_IMPORTED',
      message: expect.stringContaining('april.csv'),
      details: expect.objectContaining({ batchId: first.result!.batchId, rows: 300 }),
    });
    expect((await core.call('transactions.list', { limit: 1 })).total).toBe(300);
  });

  it('fails a job whose worker is killed, keeps none of its rows, and stays usable', async () => {
    const path = file('big.csv', simpleCsv(300_000, 3));
    let killed = false;
    core.events.on('job.progress', (j) => {
      if (!killed && j.progress?.phase === 'writing' && j.progress.done > 0) {
        killed = true;
        process.kill(pool.pids[pool.pids.length - 1]!, 'SIGKILL');
      }
    });

    const job = await importOne(path);

    expect(killed).toBe(true);
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'INTERNAL', details: expect.objectContaining({ reason: 'worker-crashed', signal: 'SIGKILL' }) });
    expect(job.error!.message).toContain('stopped unexpectedly');
    expect((await core.call('transactions.list', { limit: 1 })).total).toBe(0);
    expect(core.ledger.sqlite.prepare('SELECT count(*) AS n FROM transactions').get()).toEqual({ n: 0 });
    expect(await core.call('imports.batches', {})).toEqual([]);
    // The amount index, which an import this large builds at its end, is back.
    const byAmount = () => core.ledger.sqlite.prepare(`SELECT count(*) FROM transactions INDEXED BY ${DEFERRED_INDEX.name} WHERE deleted = 0 AND amount_minor > -1e12`).pluck().get();
    expect(byAmount()).toBe(0);
    // The same file imports fine afterwards: nothing of the failed attempt blocks it.
    expect((await importOne(path)).state).toBe('succeeded');
    expect(byAmount()).toBe(300_000);
  });

  it('cancels a running import and keeps nothing of it', async () => {
    const path = file('cancel.csv', simpleCsv(300_000, 5));
    const { jobs } = await core.call('imports.start', { files: [{ name: 'cancel.csv', path }], account: 'Checking' });
    const stop = core.events.on('job.progress', (j) => {
      if (j.progress?.phase === 'writing') { stop(); void core.call('jobs.cancel', { id: jobs[0]!.jobId }); }
    });
    const job = await core.scheduler.whenFinished(jobs[0]!.jobId);
    expect(job.state).toBe('cancelled');
    expect(job.error?.code).toBe('CANCELLED');
    expect((await core.call('transactions.list', { limit: 1 })).total).toBe(0);
  });

  it('says clearly when a file is no statement', async () => {
    const path = file('notes.txt', 'Dear diary,\nToday I went to the bank.\n');
    const job = await importOne(path);
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('notes.txt') });
  });

  it('asks for an account when the statement names none and none was chosen', async () => {
    const path = file('noacct.csv', simpleCsv(10, 9));
    const { jobs } = await core.call('imports.start', { files: [{ name: 'noacct.csv', path }] });
    const job = await core.scheduler.whenFinished(jobs[0]!.jobId);
    expect(job.error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('which account') });
    expect((await core.call('transactions.list', { limit: 1 })).total).toBe(0);
  });

  it('imports several files at once as separate jobs', async () => {
    const a = file('a.csv', simpleCsv(1000, 11));
    const b = file('b.csv', simpleCsv(2000, 12));
    const { jobs } = await core.call('imports.start', { files: [{ name: 'a.csv', path: a }, { name: 'b.csv', path: b }], account: 'Checking' });
    const done = await Promise.all(jobs.map((j) => core.scheduler.whenFinished(j.jobId)));
    expect(done.map((j) => j.state)).toEqual(['succeeded', 'succeeded']);
    expect((await core.call('transactions.list', { limit: 1 })).total).toBe(3000);
    expect((await core.call('jobs.list', {})).map((j) => j.label).sort()).toEqual(['a.csv', 'b.csv']);
  });
});
