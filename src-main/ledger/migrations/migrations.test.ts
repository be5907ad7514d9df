import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_KEY, tempDir } from '../../../test/support/temp-ledger';
import { migrate, schemaVersion } from '../migrate';
import { openLedger, type Ledger } from '../open-ledger';
import { LATEST_VERSION, MIGRATIONS } from './index';

/** Opens a ledger migrated only up to `version` (the real file, the real cipher). */
async function ledgerAt(path: string, version: number): Promise<Ledger> {
  const l = await openLedger({ path, key: TEST_KEY, create: true, migrations: MIGRATIONS.filter((m) => m.version <= version) });
  expect(await schemaVersion(l)).toBe(version);
  return l;
}

async function tables(l: Ledger): Promise<string[]> {
  const r = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type IN ('table','view') ORDER BY name`.execute(l.db);
  return r.rows.map((x) => x.name);
}

describe('migrations', () => {
  let t = tempDir();
  afterEach(() => { t.cleanup(); t = tempDir(); });

  it('are numbered in steps of 10 and strictly increasing', () => {
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe((i + 1) * 10));
  });

  it('0010 accounts: seeds the default chart of accounts with parents', async () => {
    const l = await ledgerAt(t.ledgerPath, 10);
    const rows = l.sqlite.prepare(`SELECT c.name, c.kind, p.name AS parent FROM accounts c LEFT JOIN accounts p ON p.id = c.parent_id`).all() as { name: string; kind: string; parent: string | null }[];
    expect(rows.find((r) => r.name === 'Bank Fees')).toMatchObject({ kind: 'expense', parent: 'Operating Expenses' });
    expect(rows.find((r) => r.name === 'Sales')).toMatchObject({ kind: 'income', parent: 'Income' });
    expect(() => l.sqlite.prepare(`INSERT INTO accounts (name, kind, created_at) VALUES ('X', 'bogus', 'now')`).run()).toThrow(/CHECK/);
    await l.close();
  });

  it('0020 transactions: refuses non-integer money', async () => {
    const l = await ledgerAt(t.ledgerPath, 20);
    const insert = l.sqlite.prepare(`INSERT INTO transactions (account_id, date, amount_minor, currency, created_at) VALUES (1, '2024-01-01', ?, 'EUR', 'now')`);
    expect(() => insert.run(12.5)).toThrow(/CHECK/);
    expect(insert.run(1250).changes).toBe(1);
    await l.close();
  });

  it('0030 import_batches: rows of a pending batch are invisible until it commits', async () => {
    const l = await ledgerAt(t.ledgerPath, 30);
    l.sqlite.prepare(`INSERT INTO import_batches (id, file_name, format, account_id, state, created_at) VALUES ('h1', 'a.csv', 'csv', 1, 'pending', 'now')`).run();
    l.sqlite.prepare(`INSERT INTO transactions (account_id, batch_id, date, amount_minor, currency, created_at) VALUES (1, 'h1', '2024-01-01', 100, 'EUR', 'now')`).run();
    const visible = () => (l.sqlite.prepare('SELECT count(*) AS n FROM visible_transactions').get() as { n: number }).n;
    expect(visible()).toBe(0);
    l.sqlite.prepare(`UPDATE import_batches SET state = 'committed' WHERE id = 'h1'`).run();
    expect(visible()).toBe(1);
    await l.close();
  });

  it('0040 jobs: job states are a closed set', async () => {
    const l = await ledgerAt(t.ledgerPath, 40);
    expect(await tables(l)).not.toContain('settings');
    expect(() => l.sqlite.prepare(`INSERT INTO jobs (id, kind, state, input, created_at) VALUES ('j', 'import', 'weird', '{}', 'now')`).run()).toThrow(/CHECK/);
    expect(l.sqlite.prepare(`INSERT INTO jobs (id, kind, state, input, created_at) VALUES ('j', 'import', 'queued', '{}', 'now')`).run().changes).toBe(1);
    await l.close();
  });

  it('0050 settings: one value per key', async () => {
    const l = await ledgerAt(t.ledgerPath, 50);
    expect(await tables(l)).not.toContain('change_log');
    l.sqlite.prepare(`INSERT INTO settings (key, value) VALUES ('k', '1')`).run();
    expect(() => l.sqlite.prepare(`INSERT INTO settings (key, value) VALUES ('k', '2')`).run()).toThrow(/UNIQUE/);
    await l.close();
  });

  it('0060 change_log: grouped before/after images', async () => {
    const l = await ledgerAt(t.ledgerPath, 60);
    l.sqlite.prepare(`INSERT INTO change_log (group_id, op, table_name, row_id, before, after, created_at) VALUES ('g', 'update', 'transactions', '1', '{}', '{}', 'now')`).run();
    expect((l.sqlite.prepare(`SELECT undone FROM change_log`).get() as { undone: number }).undone).toBe(0);
    await l.close();
  });

  it('0070 dedupe: fingerprints and duplicate flags on rows, counts on batches', async () => {
    const l = await ledgerAt(t.ledgerPath, 70);
    l.sqlite.prepare(`INSERT INTO transactions (account_id, date, amount_minor, currency, created_at, fingerprint, duplicate_of, duplicate_score, duplicate_reasons)
      VALUES (1, '2024-01-01', 100, 'EUR', 'now', 'f', NULL, 0.8, '["same amount"]')`).run();
    l.sqlite.prepare(`INSERT INTO import_batches (id, file_name, format, account_id, state, created_at, skipped_count, flagged_count) VALUES ('h', 'a', 'csv', 1, 'committed', 'now', 3, 1)`).run();
    expect(l.sqlite.prepare('SELECT duplicate_score FROM transactions').get()).toEqual({ duplicate_score: 0.8 });
    await l.close();
  });

  it('0080 categorization: rules, feedback, merchant memory, models; review state on rows', async () => {
    const l = await ledgerAt(t.ledgerPath, 80);
    expect(await tables(l)).toEqual(expect.arrayContaining(['rules', 'categorization_feedback', 'merchant_memory', 'models']));
    const dining = (l.sqlite.prepare(`SELECT id FROM accounts WHERE name = 'Dining'`).get() as { id: number }).id;
    l.sqlite.prepare(`INSERT INTO merchant_memory (merchant_key, category_id, updated_at) VALUES ('starbucks', ?, 'now')`).run(dining);
    expect(() => l.sqlite.prepare(`INSERT INTO merchant_memory (merchant_key, category_id, updated_at) VALUES ('starbucks', ?, 'now')`).run(dining)).toThrow(/UNIQUE/);
    expect(() => l.sqlite.prepare(`INSERT INTO categorization_feedback (transaction_id, category_id, kind, created_at) VALUES (1, ?, 'guess', 'now')`).run(dining)).toThrow(/CHECK/);
    l.sqlite.prepare(`INSERT INTO transactions (account_id, date, amount_minor, currency, created_at) VALUES (1, '2024-01-01', 100, 'EUR', 'now')`).run();
    expect(l.sqlite.prepare('SELECT needs_review, suggestions FROM transactions').get()).toEqual({ needs_review: 0, suggestions: null });
    await l.close();
  });

  it('0090 transactions workspace: soft delete, hidden batches, splits, FTS kept in step, compact bulk log', async () => {
    const old = await ledgerAt(t.ledgerPath, 80);
    old.sqlite.prepare(`INSERT INTO import_batches (id, file_name, format, account_id, state, created_at) VALUES ('gone', 'a.csv', 'csv', 1, 'deleted', 'now')`).run();
    old.sqlite.prepare(`INSERT INTO transactions (account_id, batch_id, date, amount_minor, currency, payee, created_at) VALUES (1, 'gone', '2024-01-01', -100, 'EUR', 'OLD BATCH', 'now')`).run();
    old.sqlite.prepare(`INSERT INTO transactions (account_id, date, amount_minor, currency, payee, description, created_at) VALUES (1, '2024-01-02', -350, 'EUR', 'Starbucks', 'CARD 4471', 'now')`).run();
    await old.close();
    const l = await openLedger({ path: t.ledgerPath, key: TEST_KEY, migrations: MIGRATIONS.filter((m) => m.version <= 90) });
    const q = (s: string, ...p: unknown[]) => l.sqlite.prepare(s).all(...p);
    // Rows of a batch deleted before the upgrade are marked; existing text is searchable at once.
    // (Prefix queries work without prefix indexes: FTS5 scans the term range.)
    expect(q('SELECT payee, deleted FROM transactions ORDER BY id')).toEqual([{ payee: 'OLD BATCH', deleted: 2 }, { payee: 'Starbucks', deleted: 0 }]);
    expect(q(`SELECT rowid FROM transactions_fts WHERE transactions_fts MATCH '"starb"*'`)).toEqual([{ rowid: 2 }]);
    // Restoring the batch clears only its bit; a user's own deletion hides a row from the view.
    l.sqlite.prepare(`UPDATE import_batches SET state = 'committed' WHERE id = 'gone'`).run();
    l.sqlite.prepare('UPDATE transactions SET deleted = deleted | 1 WHERE id = 2').run();
    expect(q('SELECT id FROM visible_transactions')).toEqual([{ id: 1 }]);
    // The FTS triggers follow edits and physical deletes.
    l.sqlite.prepare(`UPDATE transactions SET payee = 'Blue Bottle' WHERE id = 1`).run();
    expect(q(`SELECT rowid FROM transactions_fts WHERE transactions_fts MATCH '"blue"*'`)).toEqual([{ rowid: 1 }]);
    l.sqlite.prepare('DELETE FROM transactions WHERE id = 1').run();
    expect(q(`SELECT rowid FROM transactions_fts WHERE transactions_fts MATCH '"blue"*'`)).toEqual([]);
    // Rows written into a pending batch wait for the batch to be indexed; purging them is safe.
    l.sqlite.prepare(`INSERT INTO import_batches (id, file_name, format, account_id, state, created_at) VALUES ('p', 'b.csv', 'csv', 1, 'pending', 'now')`).run();
    l.sqlite.prepare(`INSERT INTO transactions (account_id, batch_id, date, amount_minor, currency, payee, created_at) VALUES (1, 'p', '2024-02-01', -5, 'EUR', 'Pendingcafe', 'now')`).run();
    expect(q(`SELECT rowid FROM transactions_fts WHERE transactions_fts MATCH 'pendingcafe'`)).toEqual([]);
    l.sqlite.prepare(`DELETE FROM transactions WHERE batch_id = 'p'`).run();
    expect(l.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // Splits hold integer money; a bulk step's rows go with their change_log row.
    expect(() => l.sqlite.prepare(`INSERT INTO splits (transaction_id, category_id, amount_minor) VALUES (2, 1, 1.5)`).run()).toThrow(/CHECK/);
    const log = Number(l.sqlite.prepare(`INSERT INTO change_log (group_id, op, table_name, row_id, created_at) VALUES ('g', 'bulk', 'transactions', '1', 'now')`).run().lastInsertRowid);
    l.sqlite.prepare(`INSERT INTO change_log_rows (change_id, row_id, old) VALUES (?, 2, '[null]')`).run(log);
    l.sqlite.prepare('DELETE FROM change_log WHERE id = ?').run(log);
    expect(q('SELECT * FROM change_log_rows')).toEqual([]);
    await l.close();
  });

  it('0100 search holds exactly the visible rows; the amount sort has an index', async () => {
    const old = await ledgerAt(t.ledgerPath, 90);
    old.sqlite.prepare(`INSERT INTO import_batches (id, file_name, format, account_id, state, created_at) VALUES ('b', 'a.csv', 'csv', 1, 'committed', 'now')`).run();
    old.sqlite.prepare(`INSERT INTO transactions (account_id, batch_id, date, amount_minor, currency, payee, created_at) VALUES (1, 'b', '2024-01-01', -100, 'EUR', 'Kiosk', 'now')`).run();
    old.sqlite.prepare(`INSERT INTO transactions_fts (rowid, payee, description, memo) VALUES (1, 'Kiosk', '', '')`).run();
    old.sqlite.prepare(`INSERT INTO transactions (account_id, date, amount_minor, currency, payee, created_at) VALUES (1, '2024-01-02', -350, 'EUR', 'Kiosk', 'now')`).run();
    old.sqlite.prepare('UPDATE transactions SET deleted = 1 WHERE id = 2').run(); // deleted before the upgrade: still indexed in 0090
    await old.close();
    const l = await openLedger({ path: t.ledgerPath, key: TEST_KEY, migrations: MIGRATIONS.filter((m) => m.version <= 100) });
    const hits = () => l.sqlite.prepare(`SELECT rowid FROM transactions_fts WHERE transactions_fts MATCH 'kiosk' ORDER BY rowid`).pluck().all();
    expect(hits()).toEqual([1]);
    l.sqlite.prepare('UPDATE transactions SET deleted = 0 WHERE id = 2').run(); // undo of the user's delete
    expect(hits()).toEqual([1, 2]);
    l.sqlite.prepare(`UPDATE import_batches SET state = 'deleted' WHERE id = 'b'`).run(); // the batch deleted
    expect(hits()).toEqual([2]);
    l.sqlite.prepare(`UPDATE import_batches SET state = 'committed' WHERE id = 'b'`).run(); // and restored
    expect(hits()).toEqual([1, 2]);
    const plan = l.sqlite.prepare('EXPLAIN QUERY PLAN SELECT id FROM transactions WHERE deleted = 0 ORDER BY amount_minor').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('transactions_page_amount');
    expect(l.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await l.close();
  });

  it('0120 rows name their batch by number; rows alike can share one suggestion list', async () => {
    const old = await ledgerAt(t.ledgerPath, 110);
    old.sqlite.prepare(`INSERT INTO import_batches (id, file_name, format, account_id, state, created_at) VALUES ('h0', 'z.csv', 'csv', 1, 'deleted', 'now')`).run();
    old.sqlite.prepare(`INSERT INTO import_batches (id, file_name, format, account_id, state, created_at) VALUES ('h1', 'a.csv', 'csv', 1, 'committed', 'now')`).run();
    old.sqlite.prepare(`INSERT INTO transactions (account_id, batch_id, date, amount_minor, currency, payee, created_at, suggestions)
      VALUES (1, 'h1', '2024-01-01', -100, 'EUR', 'Kiosk', 'now', '[{"category":"Meals"}]')`).run();
    old.sqlite.prepare(`INSERT INTO transactions_fts (rowid, payee, description, memo) VALUES (1, 'Kiosk', '', '')`).run();
    await old.close();
    const l = await openLedger({ path: t.ledgerPath, key: TEST_KEY, migrations: MIGRATIONS.filter((m) => m.version <= 120) });
    const q = (s: string) => l.sqlite.prepare(s).all();
    const hits = () => l.sqlite.prepare(`SELECT rowid FROM transactions_fts WHERE transactions_fts MATCH 'kiosk'`).pluck().all();
    expect(q('SELECT id, seq FROM import_batches ORDER BY seq')).toEqual([{ id: 'h0', seq: 1 }, { id: 'h1', seq: 2 }]);
    // The next batch gets a number never given before.
    expect(l.sqlite.prepare('INSERT INTO import_batch_numbers DEFAULT VALUES RETURNING seq').pluck().get()).toBe(3);
    expect(q('SELECT id, batch_seq, suggestions FROM visible_transactions')).toEqual([{ id: 1, batch_seq: 2, suggestions: '[{"category":"Meals"}]' }]);
    // Deleting the batch still hides its rows from listings and search, and restoring shows them.
    l.sqlite.prepare(`UPDATE import_batches SET state = 'deleted' WHERE id = 'h1'`).run();
    expect(q('SELECT deleted FROM transactions')).toEqual([{ deleted: 2 }]);
    expect(hits()).toEqual([]);
    l.sqlite.prepare(`UPDATE import_batches SET state = 'committed' WHERE id = 'h1'`).run();
    expect(q('SELECT count(*) AS n FROM visible_transactions')).toEqual([{ n: 1 }]);
    expect(hits()).toEqual([1]);
    // A shared list is stored once; the same list twice is refused.
    l.sqlite.prepare(`INSERT INTO suggestion_sets (json) VALUES ('[{"category":"Fuel"}]')`).run();
    expect(() => l.sqlite.prepare(`INSERT INTO suggestion_sets (json) VALUES ('[{"category":"Fuel"}]')`).run()).toThrow(/UNIQUE/);
    expect(l.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await l.close();
  });

  it('0130 batches find their rows by id range, without the batch_seq index', async () => {
    const old = await ledgerAt(t.ledgerPath, 120);
    const batch = old.sqlite.prepare(`INSERT INTO import_batches (id, seq, file_name, format, account_id, state, created_at) VALUES (?, ?, 'f.csv', 'csv', 1, ?, 'now')`);
    batch.run('a', 1, 'committed');
    batch.run('b', 2, 'pending');
    batch.run('c', 3, 'committed'); // every row of its file was a duplicate: no rows
    const row = old.sqlite.prepare(`INSERT INTO transactions (account_id, batch_seq, date, amount_minor, currency, payee, created_at) VALUES (1, ?, '2024-01-01', -100, 'EUR', 'Kiosk', 'now')`);
    for (const seq of [1, 1, 2, null, 2]) row.run(seq); // ids 1..5; id 4 entered by hand while b was pending
    await old.close();
    const l = await openLedger({ path: t.ledgerPath, key: TEST_KEY, migrations: MIGRATIONS.filter((m) => m.version <= 130) });
    const q = (s: string) => l.sqlite.prepare(s).all();
    expect(q('SELECT id, first_id, last_id FROM import_batches ORDER BY seq')).toEqual([
      { id: 'a', first_id: 1, last_id: 2 }, { id: 'b', first_id: 3, last_id: null }, { id: 'c', first_id: 1, last_id: 0 },
    ]);
    expect(q(`SELECT name FROM sqlite_master WHERE name = 'transactions_batch'`)).toEqual([]);
    // Deleting a batch hides exactly its rows; a pending batch's range has no end yet.
    l.sqlite.prepare(`UPDATE import_batches SET state = 'deleted' WHERE id = 'a'`).run();
    expect(q('SELECT id FROM transactions WHERE deleted <> 0 ORDER BY id')).toEqual([{ id: 1 }, { id: 2 }]);
    l.sqlite.prepare(`UPDATE import_batches SET state = 'committed' WHERE id = 'a'`).run();
    l.sqlite.prepare(`UPDATE import_batches SET state = 'committed', last_id = 5 WHERE id = 'b'`).run();
    l.sqlite.prepare(`UPDATE import_batches SET state = 'deleted' WHERE id = 'b'`).run();
    expect(q('SELECT id FROM transactions WHERE deleted <> 0 ORDER BY id')).toEqual([{ id: 3 }, { id: 5 }]);
    expect(l.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await l.close();
  });

  it('upgrades a ledger of an older schema to the latest, keeping its rows', async () => {
    const old = await ledgerAt(t.ledgerPath, 20);
    old.sqlite.prepare(`INSERT INTO transactions (account_id, date, amount_minor, currency, created_at) VALUES (1, '2024-01-01', 100, 'EUR', 'now')`).run();
    await old.close();
    const l = await openLedger({ path: t.ledgerPath, key: TEST_KEY });
    expect(await schemaVersion(l)).toBe(LATEST_VERSION);
    expect((l.sqlite.prepare('SELECT count(*) AS n FROM visible_transactions').get() as { n: number }).n).toBe(1);
    await l.close();
  });

  it('applies only pending steps, and refuses a ledger written by a newer app', async () => {
    const l = await openLedger({ path: t.ledgerPath, key: TEST_KEY, create: true });
    expect(await migrate(l)).toBe(LATEST_VERSION); // nothing pending: idempotent
    l.sqlite.prepare(`INSERT INTO fingood_migrations (version, name, applied_at) VALUES (9990, 'future', 'now')`).run();
    await expect(migrate(l)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('newer FinGood') });
    await l.close();
  });

  it('runs all pending steps in one transaction: a failing step leaves the ledger as it was', async () => {
    const l = await openLedger({ path: t.ledgerPath, key: TEST_KEY, create: true });
    const broken = [...MIGRATIONS,
      { version: LATEST_VERSION + 10, name: 'ok-step', up: async (db: any) => { await sql`CREATE TABLE extra (x)`.execute(db); } },
      { version: LATEST_VERSION + 20, name: 'bad-step', up: async (db: any) => { await sql`THIS IS NOT SQL`.execute(db); } }];
    await expect(migrate(l, broken)).rejects.toThrow();
    expect(await schemaVersion(l)).toBe(LATEST_VERSION);
    expect(await tables(l)).not.toContain('extra');
    await l.close();
  });
});
