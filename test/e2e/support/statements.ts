import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes a plain "Date,Description,Amount" CSV of `count` rows starting on `from`, ten rows a
 * day; row i is "<payee> <i+1>", so the first row is the oldest of the file.
 */
export async function writeCsvStatement(dir: string, name: string, opts: { count: number; from: string; payee: string }): Promise<string> {
  const start = Date.parse(`${opts.from}T00:00:00Z`);
  const lines = ['Date,Description,Amount'];
  for (let i = 0; i < opts.count; i++) {
    const date = new Date(start + Math.floor(i / 10) * 86_400_000).toISOString().slice(0, 10);
    const cents = ((i * 7919) % 50_000) + 100;
    const sign = i % 5 === 0 ? '' : '-';
    lines.push(`${date},${opts.payee} ${i + 1},${sign}${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
  }
  const path = join(dir, name);
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}
