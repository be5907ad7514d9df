import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface StatementRows {
  count: number;
  from: string;
  payee: string;
  /** Index of the first row: with the same `from` and payee, row i is the same line in every file. */
  offset?: number;
}

/**
 * The lines of a plain "Date,Description,Amount" CSV: rows offset … offset+count-1, ten rows a
 * day from `from`; row i is "<payee> <i+1>", so the first row is the oldest of the file.
 * Two files built with overlapping ranges repeat the same bank lines exactly.
 */
export function csvStatementLines(opts: StatementRows): string[] {
  const start = Date.parse(`${opts.from}T00:00:00Z`);
  const lines: string[] = [];
  const first = opts.offset ?? 0;
  for (let i = first; i < first + opts.count; i++) {
    const date = new Date(start + Math.floor(i / 10) * 86_400_000).toISOString().slice(0, 10);
    const cents = ((i * 7919) % 50_000) + 100;
    const sign = i % 5 === 0 ? '' : '-';
    lines.push(`${date},${opts.payee} ${i + 1},${sign}${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
  }
  return lines;
}

/** Writes a CSV statement of the given rows (and any extra lines after them). */
export async function writeCsvStatement(dir: string, name: string, opts: StatementRows, extraLines: string[] = []): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, `${['Date,Description,Amount', ...csvStatementLines(opts), ...extraLines].join('\n')}\n`);
  return path;
}

/** The cells of a simple CSV fixture (no quoted commas), header left out: row → cells. */
export async function csvRows(path: string): Promise<string[][]> {
  return (await readFile(path, 'utf8')).trim().split('\n').slice(1).map((l) => l.split(','));
}
