import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';
import { tempDir } from '../support/temp-ledger';

/** A bank layout the user once read with hints is read the same way next time, without them. */
describe('saved statement layouts', () => {
  const t = tempDir('fingood-layouts-');
  afterAll(() => t.cleanup());
  const L = ['--ledger', t.ledgerPath];
  const csv = (name: string, rows: string[]) => {
    const p = join(t.dir, name);
    writeFileSync(p, `Date,Description,Amount\n${rows.join('\n')}\n`);
    return p;
  };
  const dates = () => runCli([...L, 'transactions', '--json']).json.transactions.map((r: { date: string; description: string }) => `${r.description}@${r.date}`).sort();

  it('remembers the date order given for a file and applies it to the next file of that layout', () => {
    expect(runCli([...L, 'init', '--json']).code).toBe(0);
    // Every day is 12 or less: the file alone cannot tell 03/04 from 04/03.
    const first = runCli([...L, 'import', csv('jan.csv', ['03/04/2024,Rent,-700.00', '05/06/2024,Power,-80.00']), '--account', 'Giro', '--date-order', 'dmy', '--json']);
    expect(first.code, first.stdout).toBe(0);
    const feb = csv('feb.csv', ['01/02/2024,Water,-30.00']);
    // Read on its own, an English-headed file with such dates is taken as month/day/year…
    expect(runCli(['parse', feb, '--json']).json.transactions[0].date).toBe('2024-01-02');
    // …but in this ledger the user said day/month/year for this layout.
    const second = runCli([...L, 'import', feb, '--account', 'Giro', '--json']);
    expect(second.code, second.stdout).toBe(0);
    expect(dates()).toEqual(['Power@2024-06-05', 'Rent@2024-04-03', 'Water@2024-02-01']);
  });
});
