import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_KEY, tempDir } from '../../test/support/temp-ledger';
import { LATEST_VERSION, schemaVersion } from './migrate';
import { openLedger } from './open-ledger';

describe('openLedger', () => {
  let t = tempDir();
  afterEach(() => { t.cleanup(); t = tempDir(); });

  it('creates an encrypted ledger at the latest schema, in WAL mode with foreign keys on', async () => {
    const l = await openLedger({ path: t.ledgerPath, key: TEST_KEY, create: true });
    expect(await schemaVersion(l)).toBe(LATEST_VERSION);
    expect(l.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(l.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(l.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    await l.close();
  });

  it('refuses a wrong passphrase with WRONG_KEY and leaves the file unchanged', async () => {
    const l = await openLedger({ path: t.ledgerPath, key: TEST_KEY, create: true });
    await l.close();
    const before = readFileSync(t.ledgerPath);
    await expect(openLedger({ path: t.ledgerPath, key: { kind: 'passphrase', passphrase: 'wrong' } }))
      .rejects.toMatchObject({ code: 'WRONG_KEY', message: expect.stringContaining('passphrase') });
    expect(readFileSync(t.ledgerPath).equals(before)).toBe(true);
  });

  it('derives a passphrase\'s key once, as SQLCipher does: what is written with it opens with the passphrase alone', async () => {
    const passphrase = { kind: 'passphrase', passphrase: "it's a long & winding passphrase – ünïcode" } as const;
    await (await openLedger({ path: t.ledgerPath, key: passphrase, create: true })).close();
    const l = await openLedger({ path: t.ledgerPath, key: passphrase });
    // Other connections (checkpointer, import writers) get the raw key, not the passphrase.
    expect(l.connection.keyPragma).toMatch(/^"x'[0-9a-f]{64}'"$/);
    l.sqlite.prepare(`INSERT INTO settings (key, value) VALUES ('probe', '"derived"')`).run();
    await l.close();
    // SQLite3MultipleCiphers' own derivation from the passphrase reads it back.
    const plain = new Database(t.ledgerPath, { fileMustExist: true });
    try {
      plain.pragma("cipher='sqlcipher'");
      plain.pragma('legacy=4');
      plain.pragma(`key='${passphrase.passphrase.replace(/'/g, "''")}'`);
      expect(plain.prepare(`SELECT value FROM settings WHERE key = 'probe'`).pluck().get()).toBe('"derived"');
    } finally {
      plain.close();
    }
  });

  it('opens with a raw 256-bit key (the Electron host keeps one with safeStorage)', async () => {
    const key = { kind: 'raw', hex: 'a1'.repeat(32) } as const;
    await (await openLedger({ path: t.ledgerPath, key, create: true })).close();
    const again = await openLedger({ path: t.ledgerPath, key });
    expect(await schemaVersion(again)).toBe(LATEST_VERSION);
    await again.close();
    await expect(openLedger({ path: t.ledgerPath, key: { kind: 'raw', hex: 'b2'.repeat(32) } })).rejects.toMatchObject({ code: 'WRONG_KEY' });
  });

  it('stores no plaintext: a payee just written cannot be found in the file or its WAL', async () => {
    const l = await openLedger({ path: t.ledgerPath, key: TEST_KEY, create: true });
    const payee = 'ZEBRAFISH AQUARIUM SUPPLIES 4471';
    const acct = l.sqlite.prepare("SELECT id FROM accounts WHERE kind = 'income' LIMIT 1").get() as { id: number };
    l.sqlite.prepare(`INSERT INTO transactions (account_id, date, amount_minor, currency, payee, created_at)
      VALUES (?, '2024-01-02', -1234, 'EUR', ?, '2024-01-02')`).run(acct.id, payee);
    const files = [t.ledgerPath, `${t.ledgerPath}-wal`];
    for (const f of files) {
      let bytes: Buffer;
      try { bytes = readFileSync(f); } catch { continue; }
      expect(bytes.includes(Buffer.from(payee))).toBe(false);
      expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    }
    await l.close();
    const bytes = readFileSync(t.ledgerPath);
    expect(bytes.length).toBeGreaterThan(4096);
    expect(bytes.includes(Buffer.from(payee))).toBe(false);
    expect(bytes.includes(Buffer.from('Operating Expenses'))).toBe(false);
  });

  it('says NOT_FOUND with the init command when the ledger does not exist', async () => {
    await expect(openLedger({ path: t.ledgerPath, key: TEST_KEY })).rejects.toMatchObject({
      code: 'NOT_FOUND', message: expect.stringContaining('init'),
    });
  });

  it('calls a file that is not a ledger unreadable, never crashes', async () => {
    writeFileSync(t.ledgerPath, 'Date,Description,Amount\n2024-01-01,Coffee,-3.50\n'.repeat(200));
    await expect(openLedger({ path: t.ledgerPath, key: TEST_KEY })).rejects.toMatchObject({ code: 'WRONG_KEY' });
  });
});
