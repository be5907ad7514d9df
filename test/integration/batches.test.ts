import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';
import { simpleCsv } from '../support/statement-csv';
import { tempDir } from '../support/temp-ledger';

describe('batches: list, delete, undo, redo, import again (CLI on a real ledger)', () => {
  const t = tempDir('fingood-batches-');
  afterAll(() => t.cleanup());
  const L = ['--ledger', t.ledgerPath];
  const total = () => runCli([...L, 'transactions', '--json', '--limit', '1']).json.total as number;

  it('walks a batch through its life as the refusal message tells the user', () => {
    const csv = join(t.dir, 'feb.csv');
    writeFileSync(csv, simpleCsv(120, 77));
    expect(runCli([...L, 'init', '--json']).code).toBe(0);
    const first = runCli([...L, 'import', csv, '--account', 'Checking', '--json']);
    expect(first.code, first.stdout).toBe(0);

    const listed = runCli([...L, 'batches', '--json']).json.batches;
    expect(listed).toEqual([expect.objectContaining({ id: first.json.batchId, fileName: 'feb.csv', rowCount: 120, account: 'Checking', format: 'csv' })]);

    const refused = runCli([...L, 'import', csv, '--json']);
    expect(refused.code).toBe(3);
    expect(refused.json.error.message).toContain(`fingood batches delete ${first.json.batchId}`);

    const del = runCli([...L, 'batches', 'delete', first.json.batchId, '--json']);
    expect(del.code, del.stdout).toBe(0);
    expect(del.json.deleted).toMatchObject({ fileName: 'feb.csv', rows: 120 });
    expect(total()).toBe(0);
    expect(runCli([...L, 'batches', '--json']).json.batches).toEqual([]);

    expect(runCli([...L, 'undo', '--json']).json).toEqual({ undone: 'Delete the import of feb.csv' });
    expect(total()).toBe(120);
    expect(runCli([...L, 'redo', '--json']).json).toEqual({ redone: 'Delete the import of feb.csv' });
    expect(total()).toBe(0);
    expect(runCli([...L, 'history', '--json']).json.history).toEqual([expect.objectContaining({ label: 'Delete the import of feb.csv', undone: false })]);

    // After the deletion the same file imports again, and its rows appear once.
    const again = runCli([...L, 'import', csv, '--account', 'Checking', '--json']);
    expect(again.code, again.stdout).toBe(0);
    expect(total()).toBe(120);
    expect(runCli([...L, 'undo', '--json']).json).toEqual({ undone: null });
  });

  it('names an unknown batch id clearly', () => {
    const r = runCli([...L, 'batches', 'delete', 'f'.repeat(64), '--json']);
    expect(r.code).toBe(2);
    expect(r.json.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('fingood batches') });
    expect(runCli([...L, 'batches', 'delete', 'nope', '--json']).code).toBe(4);
  });
});
