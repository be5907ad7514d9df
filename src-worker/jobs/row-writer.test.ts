import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_KEY, tempDir } from '../../test/support/temp-ledger';
import { openLedger, type Ledger } from '../../src-main/ledger/open-ledger';
import { commitBatch, insertPendingBatch, purgeBatch } from '../../src-main/services/imports/batch.queries';
import { DEFERRED_INDEX, ensureDeferredIndex, hasIndex } from '../../src-main/ledger/deferred-index';
import { ROW_COLUMNS, startRowWriter, type RowValue, type RowWriter } from './row-writer';

/** Chunk values for `n` rows (payee "Kiosk <i>"), one shared suggestion list numbered 0. */
function chunk(from: number, n: number): RowValue[] {
  const v: RowValue[] = [];
  for (let i = from; i < from + n; i++) {
    const row: Record<(typeof ROW_COLUMNS)[number], RowValue> = {
      date: '2024-05-01', value_date: null, amount_minor: -100 - i, currency: 'EUR', payee: `Kiosk ${i}`, description: `Kiosk ${i}`,
      memo: '', reference: null, balance_minor: null, source_line: i + 2, fingerprint: `#h${i}|1`, duplicate_of: null,
      duplicate_score: null, duplicate_reasons: null, merchant_key: 'kiosk', category_id: null, category_source: null,
      confidence: null, suggestion_set: 0, suggestions: null, needs_review: 1, tags: null,
    };
    v.push(...ROW_COLUMNS.map((c) => row[c]));
  }
  return v;
}

describe('an import\'s row writer thread, on a real encrypted ledger', () => {
  let t: ReturnType<typeof tempDir>;
  let ledger: Ledger;
  let writer: RowWriter | null = null;
  beforeEach(async () => {
    t = tempDir();
    ledger = await openLedger({ path: t.ledgerPath, key: TEST_KEY, create: true });
    ledger.sqlite.prepare(`INSERT INTO accounts (id, name, kind, currency, created_at) VALUES (500, 'Checking', 'asset', 'EUR', 'now')`).run();
  });
  afterEach(async () => {
    await writer?.abort();
    await ledger.close();
    t.cleanup();
  });
  const pending = (id: string) => insertPendingBatch(ledger.db, { id, fileName: `${id}.csv`, format: 'csv', accountId: 500, jobId: 'j', statement: {}, errorCount: 0 });
  const count = (sql: string) => (ledger.sqlite.prepare(sql).pluck().get() as number);

  it('writes rows, their shared suggestion list once, and their search entries; invisible until the batch commits', async () => {
    const seq = await pending('a');
    writer = startRowWriter(ledger.connection);
    writer.begin({ batchSeq: seq, accountId: 500, createdAt: '2024-05-02T00:00:00.000Z', expectedRows: 50 });
    await writer.write(chunk(0, 30), 30, [[0, '[{"category":"Meals"}]']]);
    await writer.write(chunk(30, 20), 20, []);
    await writer.end();
    expect(count('SELECT count(*) FROM transactions WHERE batch_seq = ' + seq)).toBe(50);
    expect(count('SELECT count(*) FROM visible_transactions')).toBe(0);
    expect(count('SELECT count(*) FROM suggestion_sets')).toBe(1);
    expect(count('SELECT count(DISTINCT suggestion_set) FROM transactions')).toBe(1);
    await commitBatch(ledger.db, 'a', { rows: 50, skipped: 0, flagged: 0 });
    expect(count('SELECT count(*) FROM visible_transactions')).toBe(50);
    expect(ledger.sqlite.prepare(`SELECT rowid FROM transactions_fts WHERE transactions_fts MATCH '"37"'`).pluck().all())
      .toEqual(ledger.sqlite.prepare(`SELECT id FROM transactions WHERE payee = 'Kiosk 37'`).pluck().all());
  });

  it('gives each row its own search entry, rows written many to a statement and the rest one by one', async () => {
    const seq = await pending('m');
    writer = startRowWriter(ledger.connection);
    writer.begin({ batchSeq: seq, accountId: 500, createdAt: 'now', expectedRows: 160 });
    await writer.write(chunk(0, 10), 10, [[0, '[]']]);
    // 150 rows: two statements of 64 and 22 single rows.
    await writer.write(chunk(10, 150), 150, []);
    await writer.end();
    await commitBatch(ledger.db, 'm', { rows: 160, skipped: 0, flagged: 0 });
    const found = (i: number) => ledger.sqlite.prepare(`SELECT rowid FROM transactions_fts WHERE transactions_fts MATCH '"${i}"'`).pluck().all();
    const id = (i: number) => ledger.sqlite.prepare(`SELECT id FROM transactions WHERE payee = 'Kiosk ${i}'`).pluck().all();
    for (const i of [0, 9, 10, 73, 74, 137, 138, 159]) expect(found(i), `Kiosk ${i}`).toEqual(id(i));
    expect(count('SELECT count(*) FROM transactions_fts_docsize')).toBe(160);
    expect(count('SELECT count(*) FROM transactions_fts WHERE transactions_fts MATCH \'kiosk\'')).toBe(160);
  });

  it('stores every value as it was given: empty and non-Latin text, nulls, large and fractional numbers', async () => {
    const seq = await pending('v');
    writer = startRowWriter(ledger.connection);
    writer.begin({ batchSeq: seq, accountId: 500, createdAt: 'now', expectedRows: 2 });
    const values = chunk(0, 2);
    const at = (row: number, col: (typeof ROW_COLUMNS)[number]) => row * ROW_COLUMNS.length + ROW_COLUMNS.indexOf(col);
    values[at(0, 'payee')] = 'Café Zürich 東京 💶';
    values[at(0, 'description')] = '';
    values[at(0, 'memo')] = 'tab\there, "quoted" \u0000 nul';
    values[at(0, 'amount_minor')] = -123_456_789_012;
    values[at(0, 'confidence')] = 0.125;
    values[at(1, 'balance_minor')] = 9_007_199_254_740_991;
    values[at(1, 'reference')] = 'REF-1';
    await writer.write(values, 2, [[0, '[]']]);
    await writer.end();
    const rows = ledger.sqlite.prepare(`SELECT payee, description, memo, amount_minor, typeof(amount_minor) AS t, confidence, balance_minor, reference, value_date
      FROM transactions WHERE batch_seq = ? ORDER BY id`).safeIntegers(true).all(seq) as Record<string, unknown>[];
    expect(rows[0]).toMatchObject({ payee: 'Café Zürich 東京 💶', description: '', memo: 'tab\there, "quoted" \u0000 nul', amount_minor: -123_456_789_012n, t: 'integer', confidence: 0.125, value_date: null });
    expect(rows[1]).toMatchObject({ payee: 'Kiosk 1', balance_minor: 9_007_199_254_740_991n, reference: 'REF-1' });
  });

  it('holds still while main writes, and goes on after', async () => {
    const seq = await pending('b');
    writer = startRowWriter(ledger.connection);
    writer.begin({ batchSeq: seq, accountId: 500, createdAt: 'now', expectedRows: 20 });
    await writer.write(chunk(0, 10), 10, [[0, '[]']]);
    await writer.pause();
    // Held still, its transaction committed: main writes without waiting on the lock.
    ledger.sqlite.pragma('busy_timeout = 0');
    ledger.sqlite.prepare(`INSERT INTO settings (key, value) VALUES ('x', '1')`).run();
    const queued = writer.write(chunk(10, 10), 10, []);
    await new Promise((r) => setTimeout(r, 100));
    expect(count(`SELECT count(*) FROM transactions`)).toBe(10);
    writer.resume();
    await queued;
    await writer.end();
    expect(count(`SELECT count(*) FROM transactions`)).toBe(20);
  });

  it('stops when main has purged its batch, and leaves no row of it behind', async () => {
    const seq = await pending('c');
    writer = startRowWriter(ledger.connection);
    writer.begin({ batchSeq: seq, accountId: 500, createdAt: 'now', expectedRows: 80 });
    await writer.write(chunk(0, 40), 40, [[0, '[]']]);
    await writer.pause(); // committed
    await purgeBatch(ledger.sqlite, 'c');
    writer.resume();
    await expect((async () => {
      await writer!.write(chunk(40, 40), 40, []);
      await writer!.end();
    })()).rejects.toThrow(/batch was removed/);
    expect(count('SELECT count(*) FROM transactions')).toBe(0);
    expect(count('SELECT count(*) FROM import_batches')).toBe(0);
    // A new batch never takes the purged one's number.
    expect(await pending('d')).toBeGreaterThan(seq);
    expect(ledger.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('takes the planner\'s statistics at a quarter of a large import, current for SQLite when it ends', async () => {
    const seq = await pending('s');
    writer = startRowWriter(ledger.connection);
    writer.begin({ batchSeq: seq, accountId: 500, createdAt: 'now', expectedRows: 16_000 });
    for (let k = 0; k < 8; k++) await writer.write(chunk(k * 2000, 2000), 2000, k === 0 ? [[0, '[]']] : []);
    await writer.end();
    const analyzedRows = count(`SELECT CAST(stat AS INTEGER) FROM sqlite_stat1 WHERE idx = 'transactions_page_date'`);
    // Taken after the chunk that reached a quarter, and not again at the end.
    expect(analyzedRows).toBe(4000);
    // SQLite's own rule (PRAGMA optimize, debug bit 1: lists what it would run) sees no need,
    // once this connection has read the statistics the thread wrote.
    ledger.sqlite.exec('ANALYZE sqlite_schema');
    const wouldRun = ledger.sqlite.pragma('optimize = 0x10003') as { optimize: string }[];
    expect(wouldRun.map((r) => r.optimize).filter((c) => c.includes('"transactions"'))).toEqual([]);
    // A second import that makes the table outgrow them again (16,000 + 40,000 rows against
    // 4,000) analyzes it again; the table already holds more than a quarter of 56,000 rows, so
    // after the first chunk.
    const seq2 = await pending('s2');
    writer = startRowWriter(ledger.connection);
    writer.begin({ batchSeq: seq2, accountId: 500, createdAt: 'now', expectedRows: 40_000 });
    for (let k = 0; k < 20; k++) await writer.write(chunk(k * 2000, 2000), 2000, []);
    await writer.end();
    expect(count(`SELECT CAST(stat AS INTEGER) FROM sqlite_stat1 WHERE idx = 'transactions_page_date'`)).toBe(18_000);
    // A third, small one leaves current statistics alone.
    const seq3 = await pending('s3');
    writer = startRowWriter(ledger.connection);
    writer.begin({ batchSeq: seq3, accountId: 500, createdAt: 'now', expectedRows: 2000 });
    await writer.write(chunk(0, 2000), 2000, []);
    await writer.end();
    expect(count(`SELECT CAST(stat AS INTEGER) FROM sqlite_stat1 WHERE idx = 'transactions_page_date'`)).toBe(18_000);
  });

  it('builds the amount index once at the end of an import that triples the table, and leaves it to main when stopped', async () => {
    const deferred = { ...DEFERRED_INDEX, minRows: 1000 };
    const amountIndex = () => hasIndex(ledger.sqlite, DEFERRED_INDEX.name);
    const byAmount = () => count(`SELECT count(*) FROM transactions INDEXED BY ${DEFERRED_INDEX.name} WHERE deleted = 0 AND amount_minor < 0`);
    const seq = await pending('g');
    writer = startRowWriter(ledger.connection, deferred);
    writer.begin({ batchSeq: seq, accountId: 500, createdAt: 'now', expectedRows: 4000 });
    // A first chunk whose rows were all in the ledger already brings none: the index stays.
    await writer.write([], 0, []);
    await writer.pause();
    expect(amountIndex()).toBe(true);
    writer.resume();
    await writer.write(chunk(0, 2000), 2000, [[0, '[]']]);
    await writer.pause(); // commits the first rows, and with them the index's drop
    expect(amountIndex()).toBe(false);
    writer.resume();
    await writer.write(chunk(2000, 2000), 2000, []);
    await writer.end();
    expect(amountIndex()).toBe(true);
    expect(byAmount()).toBe(4000);
    expect(count(`SELECT count(*) FROM sqlite_stat1 WHERE idx = '${DEFERRED_INDEX.name}'`)).toBe(1);
    // 4,000 rows more into a table of 4,000: into the index as they come.
    const seq2 = await pending('h');
    writer = startRowWriter(ledger.connection, deferred);
    writer.begin({ batchSeq: seq2, accountId: 500, createdAt: 'now', expectedRows: 4000 });
    await writer.write(chunk(0, 2000), 2000, []);
    await writer.pause();
    expect(amountIndex()).toBe(true);
    writer.resume();
    await writer.write(chunk(2000, 2000), 2000, []);
    await writer.end();
    expect(byAmount()).toBe(8000);
    // 30,000 rows (over twice the 8,000) drop it, and the writer is killed part way.
    const seq3 = await pending('i');
    writer = startRowWriter(ledger.connection, deferred);
    writer.begin({ batchSeq: seq3, accountId: 500, createdAt: 'now', expectedRows: 30_000 });
    await writer.write(chunk(0, 2000), 2000, []);
    await writer.pause();
    await writer.abort();
    expect(amountIndex()).toBe(false);
    await purgeBatch(ledger.sqlite, 'i');
    ensureDeferredIndex(ledger.sqlite);
    expect(byAmount()).toBe(8000);
    expect(ledger.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('purges one of two interleaved batches slice by slice, leaving the other whole', async () => {
    const seqA = await pending('e');
    const seqB = await pending('f');
    const a = startRowWriter(ledger.connection);
    const b = startRowWriter(ledger.connection);
    writer = a;
    try {
      a.begin({ batchSeq: seqA, accountId: 500, createdAt: 'now', expectedRows: 24_000 });
      b.begin({ batchSeq: seqB, accountId: 500, createdAt: 'now', expectedRows: 24_000 });
      // Turn by turn (a pause commits), so the two batches' ids interleave; 24,000 rows each is
      // more than one purge slice.
      for (let k = 0; k < 12; k++) {
        for (const w of [a, b]) {
          await w.write(chunk(k * 2000, 2000), 2000, k === 0 ? [[0, '[]']] : []);
          await w.pause();
          w.resume();
        }
      }
      await a.end();
      await b.end();
    } finally {
      await b.abort();
    }
    const rowsOf = (seq: number) => count(`SELECT count(*) FROM transactions WHERE batch_seq = ${seq}`);
    expect(count(`SELECT count(*) FROM transactions WHERE batch_seq = ${seqA} AND id > (SELECT min(id) FROM transactions WHERE batch_seq = ${seqB})`)).toBeGreaterThan(0);
    await purgeBatch(ledger.sqlite, 'e');
    expect([rowsOf(seqA), rowsOf(seqB)]).toEqual([0, 24_000]);
    expect(ledger.sqlite.prepare('SELECT id FROM import_batches').pluck().all()).toEqual(['f']);
    await commitBatch(ledger.db, 'f', { rows: 24_000, skipped: 0, flagged: 0 });
    expect(count('SELECT count(*) FROM visible_transactions')).toBe(24_000);
    // Deleting the committed batch hides every row of it, found along its id range.
    ledger.sqlite.prepare(`UPDATE import_batches SET state = 'deleted' WHERE id = 'f'`).run();
    expect(count('SELECT count(*) FROM visible_transactions')).toBe(0);
    expect(ledger.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
