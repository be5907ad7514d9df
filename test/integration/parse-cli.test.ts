import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../support/run-cli';
import { tempDir } from '../support/temp-ledger';

/** `fingood parse` needs no ledger and prints the shape firms' scripts rely on. */
describe('fingood parse', () => {
  const t = tempDir('fingood-parse-');
  afterAll(() => t.cleanup());

  it('prints format, statement with balances and transactions with decimal amounts', () => {
    const r = runCli(['parse', join(REPO, 'test/fixtures/mt940-js/abn-amro-1.STA'), '--json'], { FINGOOD_KEY: undefined });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.format).toBe('mt940');
    expect(Object.keys(r.json.statement).sort()).toEqual(['accountId', 'closingBalance', 'closingDate', 'currency', 'openingBalance', 'openingDate']);
    expect(r.json.statement.currency).toBe('EUR');
    expect(r.json.statement.openingBalance).toMatch(/^-?\d+\.\d{2}$/);
    expect(r.json.transactions.length).toBeGreaterThan(0);
    for (const tx of r.json.transactions) {
      expect(Object.keys(tx).sort()).toEqual(['amount', 'balance', 'currency', 'date', 'description', 'memo', 'payee', 'reference']);
      expect(tx.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(tx.amount).toMatch(/^-?\d+\.\d{2}$/);
    }
    expect(r.json.errors).toEqual([]);
  });

  it('takes hints on the command line: date order and decimal separator', () => {
    const csv = join(t.dir, 'ambiguous.csv');
    writeFileSync(csv, 'Date;Text;Amount\n01/02/2024;Shop;-1,50\n03/04/2024;Pay;2,00\n');
    const dmy = runCli(['parse', csv, '--date-order', 'dmy', '--json']);
    expect(dmy.code, dmy.stdout).toBe(0);
    expect(dmy.json.transactions.map((x: { date: string }) => x.date)).toEqual(['2024-02-01', '2024-04-03']);
    const mdy = runCli(['parse', csv, '--date-order', 'mdy', '--decimal', ',', '--json']);
    expect(mdy.json.transactions.map((x: { date: string; amount: string }) => [x.date, x.amount])).toEqual([['2024-01-02', '-1.50'], ['2024-03-04', '2.00']]);
  });

  it('exits 4 with a JSON error naming what was tried for a file that is no statement', () => {
    const junk = join(t.dir, 'poem.txt');
    writeFileSync(junk, 'Roses are red,\nviolets are blue.\n');
    const r = runCli(['parse', junk, '--json']);
    expect(r.code).toBe(4);
    expect(r.json.error.code).toBe('UNSUPPORTED_FORMAT');
    expect(r.json.error.message).toMatch(/tried .*CSV.*OFX.*MT940/);
    expect(runCli(['parse', junk, '--date-order', 'yyy', '--json']).code).toBe(2);
  });
});
