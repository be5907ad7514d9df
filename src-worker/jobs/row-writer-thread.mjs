// An import's row writer: a thread of the import worker with a connection of its own, which
// writes the batch's rows (and their search-index entries) while the worker's main thread
// parses and categorizes the next ones. The rows belong to a *pending* batch, invisible until
// main commits it, so a transaction here is only a unit of speed, never of meaning: it is
// committed every txnMs, when no rows come for idleMs, and whenever main asks ('pause': main
// is about to write; the thread holds still, queueing what comes, until 'resume').
// Plain JavaScript, so it needs no loader in any host.
import { clearTimeout, setTimeout } from 'node:timers';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3-multiple-ciphers';

const { ledger, columns, txnMs, idleMs, cacheKib, deferredIndex } = workerData;
const width = columns.length;
const payee = columns.indexOf('payee');
const description = columns.indexOf('description');
const memo = columns.indexOf('memo');
const suggestionSet = columns.indexOf('suggestion_set');

const db = new Database(ledger.path, { fileMustExist: true, nativeBinding: ledger.nativeBinding });
db.pragma(`cipher='${ledger.cipher}'`);
db.pragma(`legacy=${ledger.legacy}`);
db.pragma(`key=${ledger.keyPragma}`);
db.pragma('busy_timeout = 10000');
db.pragma('foreign_keys = ON');
db.pragma('temp_store = MEMORY');
db.pragma(`cache_size = -${cacheKib}`);
// No fsync per transaction: the rows stay invisible until main commits the batch with
// synchronous=FULL, and that fsync of the log covers every frame written before it.
db.pragma('synchronous = NORMAL');
// Main's checkpoint thread copies the log into the ledger; no commit here ever does.
db.pragma('wal_autocheckpoint = 0');

// Made by 'begin': account_id, batch_seq and created_at are the same for every row of a batch
// and written into the statement itself (a value bound per row costs as much as a column).
// Rows go BULK at a time through one statement, whose table and index cursors open once for all
// of them (4% less writing at a million rows); a chunk's last rows, fewer, go one at a time.
const BULK = 64;
let insertOne = null;
let insertBulk = null;
let batch = null;
const stillPending = db.prepare("SELECT 1 FROM import_batches WHERE seq = ? AND state = 'pending'").pluck();
function prepareInsert({ accountId, batchSeq, createdAt }, rows) {
  if (!Number.isSafeInteger(accountId) || !Number.isSafeInteger(batchSeq)) throw new Error('a batch is named by integers');
  const row = `(${accountId}, ${batchSeq}, '${String(createdAt).replaceAll("'", "''")}'${', ?'.repeat(width)})`;
  return db.prepare(`INSERT INTO transactions (account_id, batch_seq, created_at, ${columns.join(', ')})
    VALUES ${new Array(rows).fill(row).join(', ')}`);
}
// The rows' search entries, under the ids the insert gave them: the rows of one statement get
// consecutive ids (AUTOINCREMENT, and this thread holds the ledger's write lock), the last of
// which it hands back.
const indexOne = db.prepare('INSERT INTO transactions_fts (rowid, payee, description, memo) VALUES (?, ?, ?, ?)');
const indexBulk = db.prepare(`INSERT INTO transactions_fts (rowid, payee, description, memo) VALUES ${new Array(BULK).fill('(?, ?, ?, ?)').join(', ')}`);
// Rows alike share one suggestion list: each distinct list (by its JSON) is stored once. The
// worker numbers the lists it sends (with a chunk, the lists new in it); rows carry the number.
const intern = db.prepare(`INSERT INTO suggestion_sets (json) VALUES (?)
  ON CONFLICT (json) DO UPDATE SET json = excluded.json RETURNING id`).pluck();
const setIds = [];
// The bound values of one row and of BULK rows: a row's, then its search entry's.
const oneArgs = [new Array(width), new Array(4)];
const bulkArgs = [new Array(width * BULK), new Array(4 * BULK)];

// The planner's statistics, taken while the rows come instead of after them. SQLite's own
// `PRAGMA optimize` analyzes a table again once its row count has grown about tenfold since the
// last analysis (or it was never analyzed). When this import makes the table outgrow its
// statistics that way, it is analyzed once the table holds a quarter of what it will hold:
// a fourfold growth after that leaves the statistics current by the same rule, and an
// analysis of a quarter of the rows takes a quarter of the time. Read while the file is
// parsed: the rows the table may already hold (ids are never reused, so the last id bounds
// them) and the rows its statistics were taken on.
const rowsBefore = db.prepare("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'transactions'), 0)").pluck().get();
const analyzedRows = db.prepare("SELECT coalesce(max(CAST(stat AS INTEGER)), 0) FROM sqlite_stat1 WHERE tbl = 'transactions'").pluck().get();
const STALE_GROWTH = 10;
const ANALYZE_AT_SHARE = 4;
/** Rows of this batch after which the table is analyzed; null for never. */
let analyzeAfter = null;
let batchRows = 0;
function planAnalysis(expectedRows) {
  const rowsAfter = rowsBefore + expectedRows;
  analyzeAfter = analyzedRows * STALE_GROWTH > rowsAfter ? null : Math.max(0, Math.ceil(rowsAfter / ANALYZE_AT_SHARE) - rowsBefore);
}
function analyzeWhenDue() {
  if (analyzeAfter === null || batchRows < analyzeAfter) return;
  analyzeAfter = null;
  // Full analysis: a sampled one (analysis_limit) takes `deleted`, one value on nearly every
  // row, for a column of a thousand values (see refreshPlannerStats in migrate.ts).
  db.pragma('analysis_limit = 0');
  db.exec('ANALYZE transactions');
}

// The amount index, built once at the end of an import that at least triples the table
// (deferred-index.ts). It is dropped in the transaction of the first rows, so a reader sees
// either the index and none of them or the rows without it.
let dropIndex = false;
let rebuildIndex = false;
function planIndex(expectedRows) {
  dropIndex = deferredIndex !== undefined && expectedRows >= deferredIndex.minRows && expectedRows >= deferredIndex.growth * rowsBefore;
}
function buildIndex() {
  rebuildIndex = false;
  db.exec('BEGIN IMMEDIATE');
  db.exec(deferredIndex.create);
  // Its statistics: the table's were taken while it was away.
  db.pragma('analysis_limit = 0');
  db.exec(`ANALYZE ${deferredIndex.name}`);
  db.exec('COMMIT');
}

let openSince = 0;
let idle = null;

function commit() {
  if (idle) { clearTimeout(idle); idle = null; }
  if (openSince) { db.exec('COMMIT'); openSince = 0; }
}

function write(values) {
  if (!openSince) {
    db.exec('BEGIN IMMEDIATE');
    openSince = performance.now();
    // Main purges the batch of an import it gave up on (its worker was killed, or the app
    // restarted): nothing more is written into it then.
    if (stillPending.get(batch) === undefined) throw new Error('its batch was removed (the import was stopped)');
  }
  // (A chunk of rows all already in the ledger brings none: the index stays until one does.)
  if (dropIndex && values.length > 0) {
    db.exec(`DROP INDEX IF EXISTS ${deferredIndex.name}`);
    dropIndex = false;
    rebuildIndex = true;
  }
  const rows = values.length / width;
  let r = 0;
  for (; r + BULK <= rows; r += BULK) writeRows(values, r * width, BULK);
  for (; r < rows; r++) writeRows(values, r * width, 1);
  batchRows += rows;
  analyzeWhenDue();
  if (performance.now() - openSince >= txnMs) commit();
  else {
    if (idle) clearTimeout(idle);
    idle = setTimeout(commit, idleMs);
  }
}

/** Writes `n` rows (1 or BULK) from `values` at offset `at`, with their search entries. */
function writeRows(values, at, n) {
  const [rowArgs, entryArgs] = n === BULK ? bulkArgs : oneArgs;
  for (let r = 0; r < n; r++) {
    const o = at + r * width;
    const b = r * width;
    for (let k = 0; k < width; k++) rowArgs[b + k] = values[o + k];
    const set = values[o + suggestionSet];
    if (set !== null) rowArgs[b + suggestionSet] = setIds[set];
  }
  // Spread, not an array: each value is bound from the call's arguments, not read out of an
  // array object one property at a time.
  const first = Number((n === BULK ? insertBulk : insertOne).run(...rowArgs).lastInsertRowid) - n + 1;
  for (let r = 0; r < n; r++) {
    const o = at + r * width;
    const p = values[o + payee];
    const d = values[o + description];
    entryArgs[4 * r] = first + r;
    entryArgs[4 * r + 1] = p;
    // One text column read as both payee and description: its words once are enough (the
    // index keeps no positions or columns, so a search finds the row the same).
    entryArgs[4 * r + 2] = d === p ? '' : d;
    entryArgs[4 * r + 3] = values[o + memo];
  }
  (n === BULK ? indexBulk : indexOne).run(...entryArgs);
}

let paused = false;
const waiting = [];

function handle(m) {
  if (m.type === 'pause') {
    commit();
    paused = true;
    parentPort.postMessage({ type: 'paused' });
  } else if (m.type === 'resume') {
    paused = false;
    while (!paused && waiting.length > 0) handle(waiting.shift());
  } else if (paused) {
    waiting.push(m);
  } else if (m.type === 'begin') {
    insertOne = prepareInsert(m, 1);
    insertBulk = prepareInsert(m, BULK);
    batch = m.batchSeq;
    planAnalysis(m.expectedRows);
    planIndex(m.expectedRows);
  } else if (m.type === 'rows') {
    for (const [n, json] of m.sets) setIds[n] = intern.get(json);
    write(m.values);
    parentPort.postMessage({ type: 'written', rows: m.rows });
  } else if (m.type === 'end') {
    commit();
    if (rebuildIndex) buildIndex();
    // Any table the import made outgrow its statistics is analyzed here, off main's event loop
    // (as refreshPlannerStats in migrate.ts does): the suggestion lists, and the transactions
    // when fewer rows came than expected (duplicates skipped) and the analysis was not reached.
    db.pragma('analysis_limit = 0');
    db.pragma('optimize = 0x10002');
    db.close();
    parentPort.postMessage({ type: 'done' });
    parentPort.close();
  }
}

parentPort.on('message', (m) => {
  try {
    handle(m);
  } catch (err) {
    // An open transaction is rolled back: the batch is purged by main anyway.
    if (idle) clearTimeout(idle);
    try { if (db.inTransaction) db.exec('ROLLBACK'); db.close(); } catch { /* closing is all that is left */ }
    parentPort.postMessage({ type: 'error', message: String(err && err.message), code: err && err.code });
    parentPort.close();
  }
});
