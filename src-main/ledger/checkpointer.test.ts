import { statSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { TEST_KEY, tempDir } from '../../test/support/temp-ledger';
import { START_AT_BYTES } from './checkpointer';
import { openLedger } from './open-ledger';

let t: ReturnType<typeof tempDir>;
beforeEach(() => { t = tempDir(); });
afterEach(() => t.cleanup());

it('copies a long write-ahead log into the ledger on its own thread while main keeps the ledger open', async () => {
  const l = await openLedger({ path: t.ledgerPath, key: TEST_KEY, create: true });
  expect(l.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0); // never inside main's commits
  const before = statSync(t.ledgerPath).size;
  l.sqlite.prepare(`INSERT INTO accounts (name, kind, currency, created_at) VALUES ('Checking', 'asset', 'EUR', 'now')`).run();
  const insert = l.sqlite.prepare(`INSERT INTO transactions (account_id, date, amount_minor, currency, payee, description, created_at)
    VALUES (1, '2024-01-01', ?, 'EUR', 'Payee', ?, 'now')`);
  l.sqlite.transaction(() => { for (let i = 0; i < 20_000; i++) insert.run(-i, `line ${i} ${'x'.repeat(200)}`); })();
  expect(statSync(`${t.ledgerPath}-wal`).size).toBeGreaterThan(START_AT_BYTES);
  expect(statSync(t.ledgerPath).size).toBe(before); // everything is still in the log
  // The thread starts once the log is long, and copies it without any call from main.
  const deadline = Date.now() + 10_000;
  while (statSync(t.ledgerPath).size <= before + START_AT_BYTES && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  expect(statSync(t.ledgerPath).size).toBeGreaterThan(before + START_AT_BYTES);
  expect((l.sqlite.prepare('SELECT count(*) AS n FROM transactions').get() as { n: number }).n).toBe(20_000);
  await l.close();
  const again = await openLedger({ path: t.ledgerPath, key: TEST_KEY });
  expect(again.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  expect((again.sqlite.prepare('SELECT count(*) AS n FROM transactions').get() as { n: number }).n).toBe(20_000);
  await again.close();
}, 30_000);
