import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { generateBankCsv } from './generate-csv';
import { cliImport, coreImportLag, sqliteImportBaseline } from './import.bench';
import { benchCategorize } from './categorize.bench';
import { benchParse } from './parse.bench';
import { benchTransactions } from './transactions.bench';
import { median, round } from './stats';

/**
 * `npm run bench`: parse and import figures, each beside a baseline timed in the same run
 * (the sqlite3 shell's .import of the same CSV), written to bench/results/<date>.json.
 */
const TMP = join(import.meta.dirname, 'tmp');
const RESULTS = join(import.meta.dirname, 'results');
mkdirSync(TMP, { recursive: true });
mkdirSync(RESULTS, { recursive: true });
// The CLI is timed as `npm start` and `npm install` leave it: bundled (scripts/node-bundle.js).
if (spawnSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'node-bundle.js')], { stdio: 'inherit' }).status !== 0) process.exit(1);

const sizes = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number).filter((n) => n > 0);
const results: Record<string, unknown> = {
  date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model,
};

for (const rows of sizes) {
  const csv = generateBankCsv(rows, 42);
  const path = join(TMP, `bank-${rows}.csv`);
  writeFileSync(path, csv);
  console.log(`${rows} rows (${round(csv.length / 1024 / 1024, 1)} MB)…`);
  const baselines = [0, 1, 2].map(() => sqliteImportBaseline(path, TMP));
  const baselineMs = baselines.every((b) => 'ms' in b) ? median(baselines.map((b) => (b as { ms: number }).ms)) : null;
  const runs = rows >= 1_000_000 ? 3 : 5;
  const imports = Array.from({ length: runs }, () => cliImport(path, TMP, rows));
  const wall = median(imports.map((i) => i.wallMs));
  const lag = await coreImportLag(path, TMP);
  const entry = {
    bytes: csv.length,
    baselineSqliteImportMs: baselineMs ?? baselines[0],
    cliImport: { medianWallMs: wall, rowsPerSec: Math.round(rows / (wall / 1000)), medianPeakRssMb: median(imports.map((i) => i.peakRssMb)), runs: imports },
    ratioToBaseline: baselineMs ? round(wall / baselineMs) : null,
    coreImport: lag,
  };
  results[`import${rows}`] = entry;
  console.log(JSON.stringify(entry, null, 2));
  if (rows === 1_000_000) {
    const parse = benchParse(new Uint8Array(Buffer.from(csv)), 5);
    results.parse = { ...parse, csv1mRatioToBaseline: baselineMs ? round(parse.csv1m.medianMs / baselineMs) : null };
    console.log(JSON.stringify(results.parse, null, 2));
  }
}

// The 1M-row parse figure even when the import sizes leave out a million.
if (!results.parse) {
  const csv = generateBankCsv(1_000_000, 42);
  const path = join(TMP, 'bank-1000000.csv');
  writeFileSync(path, csv);
  const baselineMs = median([0, 1, 2].map(() => { const b = sqliteImportBaseline(path, TMP); return 'ms' in b ? b.ms : NaN; }));
  const parse = benchParse(new Uint8Array(Buffer.from(csv)), 5);
  results.parse = { ...parse, baselineSqliteImportMs: baselineMs, csv1mRatioToBaseline: round(parse.csv1m.medianMs / baselineMs) };
  console.log(JSON.stringify(results.parse, null, 2));
}

// The transactions workspace on a ledger of its own (1M rows unless BENCH_TRANSACTIONS_ROWS says otherwise).
if (process.env.BENCH_TRANSACTIONS_ROWS !== '0') results.transactions = await benchTransactions({ rows: Number(process.env.BENCH_TRANSACTIONS_ROWS ?? 1_000_000), dir: TMP });
if (results.transactions) console.log(JSON.stringify(results.transactions, null, 2));

// Categorization: training on 100k labelled rows in the worker's way, suggestions for 1M rows.
if (process.env.BENCH_CATEGORIZE !== '0') {
  results.categorize = await benchCategorize({
    trainRows: Number(process.env.BENCH_TRAIN_ROWS ?? 100_000), suggestRows: Number(process.env.BENCH_SUGGEST_ROWS ?? 1_000_000),
  });
  console.log(JSON.stringify(results.categorize, null, 2));
}

const file = join(RESULTS, `${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote ${file}`);
