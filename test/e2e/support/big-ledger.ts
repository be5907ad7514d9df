import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateBankCsv } from '../../../bench/generate-csv';
import { CLI, REPO_ROOT } from './paths';
import { KEY, type ServeHost } from './serve-host';

const run = promisify(execFile);

export interface BigStatement {
  path: string;
  /** The CSV's data lines, oldest first: [date, description, amount, balance]. */
  rows: [date: string, description: string, amount: string, balance: string][];
}

/**
 * A realistic bank CSV of `count` rows (the bench generator: merchants, store numbers, cities,
 * card suffixes, payroll), imported into the serve host's ledger with the real CLI — the
 * whole pipeline (parse, dedupe, categorize, write, FTS) — while serve has it open.
 */
export async function importBigStatement(host: ServeHost, count: number, account = 'Checking'): Promise<BigStatement> {
  const csv = generateBankCsv(count);
  const path = join(host.dir, `statement-${count}.csv`);
  await writeFile(path, csv);
  const { stdout } = await run(process.execPath, [CLI, '--ledger', join(host.dir, 'books.fingood'), '--json', 'import', path, '--account', account], {
    cwd: REPO_ROOT, env: { ...process.env, FINGOOD_KEY: KEY }, timeout: 120_000, maxBuffer: 16 * 1024 * 1024,
  });
  const result = JSON.parse(stdout) as { state?: string; rows?: number; error?: unknown };
  if (result.state !== 'succeeded' || result.rows !== count) throw new Error(`The import of ${count} rows did not succeed: ${stdout}`);
  const rows = csv.trim().split('\n').slice(1).map((line) => {
    const m = /^([^,]+),"([^"]*)",([^,]+),([^,]+)$/.exec(line);
    if (!m) throw new Error(`Unexpected CSV line: ${line}`);
    return [m[1]!, m[2]!, m[3]!, m[4]!] as BigStatement['rows'][number];
  });
  return { path, rows };
}
