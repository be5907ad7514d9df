import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../src-main/ledger/open-ledger';
import { DEFERRED_INDEX, hasIndex } from '../../src-main/ledger/deferred-index';
import { LATEST_VERSION } from '../../src-main/ledger/migrate';
import { runCli, startCli } from '../support/run-cli';
import { simpleCsv } from '../support/statement-csv';
import { tempDir } from '../support/temp-ledger';

describe('fingood CLI', () => {
  const t = tempDir('fingood-cli-');
  const ledger = t.ledgerPath;
  const csv = join(t.dir, 'jan.csv');

  beforeAll(() => {
    writeFileSync(csv, simpleCsv(250, 21));
    const init = runCli(['--ledger', ledger, 'init', '--json']);
    expect(init.code, init.stderr).toBe(0);
    expect(init.json).toMatchObject({ ledger, schemaVersion: LATEST_VERSION, cipher: 'sqlcipher' });
  });
  afterAll(() => t.cleanup());

  it('imports a CSV and lists its rows as the contract says', () => {
    const r = runCli(['--ledger', ledger, 'import', csv, '--account', 'Business Checking', '--json']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.json).toMatchObject({ fileName: 'jan.csv', rows: 250, format: 'csv', account: 'Business Checking', batchId: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const list = runCli(['--ledger', ledger, 'transactions', '--json', '--limit', '5']);
    expect(list.code).toBe(0);
    expect(list.json.total).toBe(250);
    expect(list.json.transactions).toHaveLength(5);
    const row = list.json.transactions[0];
    for (const key of ['id', 'date', 'amount', 'currency', 'account', 'payee', 'description', 'memo', 'category', 'categorySource', 'confidence', 'suggestions', 'batchId', 'flags']) {
      expect(row).toHaveProperty(key);
    }
    expect(row.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row.amount).toMatch(/^-?\d+\.\d{2}$/);
  });

  it('refuses the same file again with exit 3 and the earlier batch in the JSON error', () => {
    const r = runCli(['--ledger', ledger, 'import', csv, '--json']);
    expect(r.code).toBe(3);
    expect(r.json.error).toMatchObject({ code: 'ALREADY_IMPORTED', batchId: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(r.json.error.message).toContain('jan.csv');
  });

  it('exits 5 with a readable sentence on a wrong passphrase', () => {
    // import forks its worker while the ledger opens: a refused key must not leave it holding the command.
    for (const args of [['transactions', '--json'], ['import', csv, '--json']]) {
      const r = runCli(['--ledger', ledger, ...args], { FINGOOD_KEY: 'not the passphrase' });
      expect(r.code, args[0]).toBe(5);
      expect(r.json.error).toMatchObject({ code: 'WRONG_KEY', message: expect.stringContaining('passphrase') });
    }
  });

  it('exits 4 for a file that is no statement, 2 for usage mistakes', () => {
    const junk = join(t.dir, 'junk.bin');
    writeFileSync(junk, Buffer.from([0, 1, 2, 3, 250, 251, 252, 0, 0, 7]));
    const r = runCli(['--ledger', ledger, 'import', junk, '--account', 'X', '--json']);
    expect(r.code).toBe(4);
    expect(r.json.error.code).toBe('UNSUPPORTED_FORMAT');
    expect(runCli(['--ledger', ledger, 'frobnicate']).code).toBe(2);
    expect(runCli(['transactions', '--json'], { FINGOOD_LEDGER: '' }).json.error.message).toContain('--ledger');
    expect(runCli(['--ledger', ledger, 'transactions', '--limit', 'many', '--json']).code).toBe(2);
  });

  it('takes the ledger from FINGOOD_LEDGER', () => {
    const r = runCli(['transactions', '--json', '--limit', '1'], { FINGOOD_LEDGER: ledger });
    expect(r.code).toBe(0);
    expect(r.json.total).toBe(250);
  });

  it('a CLI killed with SIGKILL mid-import leaves the batch out entirely and the ledger intact', async () => {
    const big = join(t.dir, 'big.csv');
    writeFileSync(big, simpleCsv(400_000, 33));
    const run = startCli(['--ledger', ledger, 'import', big, '--account', 'Savings'], /writing \d+\/400000/);
    await run.matched;
    run.child.kill('SIGKILL');
    await run.exited;

    // The next start recovers: the interrupted job says what happened, no row of it is visible.
    const list = runCli(['--ledger', ledger, 'transactions', '--json', '--limit', '1']);
    expect(list.json.total).toBe(250);
    const l = await openLedger({ path: ledger, key: { kind: 'passphrase', passphrase: 'test passphrase' } });
    try {
      expect(l.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(l.sqlite.prepare("SELECT count(*) AS n FROM import_batches WHERE state = 'pending'").get()).toEqual({ n: 0 });
      expect(l.sqlite.prepare('SELECT count(*) AS n FROM transactions').get()).toEqual({ n: 250 });
      // The amount index, which an import this large builds at its end, is there.
      expect(hasIndex(l.sqlite, DEFERRED_INDEX.name)).toBe(true);
      const job = l.sqlite.prepare("SELECT state, error FROM jobs WHERE label = 'big.csv'").get() as { state: string; error: string };
      expect(job.state).toBe('failed');
      expect(JSON.parse(job.error)).toMatchObject({ details: { reason: 'interrupted' }, message: expect.stringContaining('stopped while "big.csv" was running') });
    } finally {
      await l.close();
    }
    // And the file imports completely afterwards.
    const again = runCli(['--ledger', ledger, 'import', big, '--account', 'Savings', '--json']);
    expect(again.code, again.stdout).toBe(0);
    expect(again.json.rows).toBe(400_000);
  });
});
