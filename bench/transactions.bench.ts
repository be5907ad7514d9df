import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createAppCore, type AppCore } from '../src-main/app-core';
import type { WorkerPool } from '../src-main/jobs/worker-pool';
import { openLedger } from '../src-main/ledger/open-ledger';
import type { ApiInput } from '../src-shared/contract/api';
import { CITIES, rng } from './generate-csv';
import { median, round } from './stats';

/**
 * The transactions workspace at a million rows: a ledger built directly (prepared statements,
 * big transactions, the real schema with its FTS triggers and indexes), then opening to a first
 * page, pages under every sort and several filters (random offsets and keyset), search, and a
 * bulk set-category of 100k rows with its undo — each beside a baseline timed in the same run.
 */
const KEY = { kind: 'passphrase', passphrase: 'bench passphrase' } as const;
const MERCHANTS = ['STARBUCKS STORE', 'SHELL OIL', 'AMAZON MKTPLACE PMTS', 'WHOLEFDS MKT', 'UBER TRIP', 'COMCAST CABLE', 'ADOBE CREATIVE CLD',
  'STAPLES STORE', 'DELTA AIR', 'HOME DEPOT', 'CHIPOTLE', 'GOOGLE GSUITE', 'CLIENT PAYMENT INV', 'PAYROLL ACME CORP', 'ONLINE TRANSFER TO SAV'];
const CATEGORIES = ['Dining', 'Fuel', 'Office Supplies', 'Software', 'Travel', 'Utilities', 'Sales', 'Rent', 'Bank Fees', 'Advertising'];

const noPool: WorkerPool = { spawn() { throw new Error('the transactions bench starts no job'); }, close: async () => {} };

/** Writes `rows` realistic rows over 3 accounts and ~11 years; 10% uncategorized, the rest over 10 categories. */
export async function buildLedger(path: string, rows: number): Promise<{ buildMs: number; accounts: number[]; categories: Map<string, number> }> {
  for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
  const t0 = performance.now();
  const l = await openLedger({ path, key: KEY, create: true });
  const { sqlite } = l;
  const now = new Date().toISOString();
  const accounts = ['Business Checking', 'Savings', 'Credit Card'].map((name, i) => Number(sqlite.prepare(
    `INSERT INTO accounts (name, kind, number, currency, created_at) VALUES (?, ?, ?, 'USD', ?)`).run(name, i === 2 ? 'liability' : 'asset', `US00BANK000${4471 + i}`, now).lastInsertRowid));
  const categories = new Map(CATEGORIES.map((c) => [c, (sqlite.prepare(`SELECT id FROM accounts WHERE name = ? AND kind IN ('income','expense')`).get(c) as { id: number } | undefined)?.id
    ?? Number(sqlite.prepare(`INSERT INTO accounts (name, kind, created_at) VALUES (?, 'expense', ?)`).run(c, now).lastInsertRowid)]));
  const catIds = [...categories.values()];
  const insert = sqlite.prepare(`INSERT INTO transactions (account_id, date, amount_minor, currency, payee, description, memo, category_id, category_source, confidence, created_at, merchant_key)
    VALUES (?, ?, ?, 'USD', ?, ?, '', ?, ?, ?, ?, ?)`);
  const r = rng(7);
  const start = Date.UTC(2015, 0, 1);
  sqlite.pragma('synchronous = OFF'); // a throwaway file: nothing to protect while it is built
  const chunk = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const m = MERCHANTS[Math.floor(r() * MERCHANTS.length)]!;
      const date = new Date(start + Math.floor((i / rows) * 4000) * 86_400_000).toISOString().slice(0, 10);
      const amount = m.startsWith('CLIENT') || m.startsWith('PAYROLL') ? 20000 + Math.floor(r() * 400000) : -(300 + Math.floor(r() * 50000));
      const cat = r() < 0.1 ? null : catIds[Math.floor(r() * catIds.length)]!;
      insert.run(accounts[Math.floor(r() * 3)], date, amount, m, `${m} ${100 + Math.floor(r() * 9900)} ${CITIES[Math.floor(r() * CITIES.length)]} CARD ${1000 + Math.floor(r() * 8999)}`,
        cat, cat === null ? null : 'model', cat === null ? null : 0.9, now, m.toLowerCase());
    }
  });
  for (let i = 0; i < rows; i += 50_000) chunk(i, Math.min(rows, i + 50_000));
  // Rows written outside an import are indexed for search by whoever writes them.
  sqlite.exec('INSERT INTO transactions_fts (rowid, payee, description, memo) SELECT id, payee, description, memo FROM transactions');
  sqlite.pragma('synchronous = FULL');
  sqlite.exec('ANALYZE');
  await l.close();
  return { buildMs: performance.now() - t0, accounts, categories };
}

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
}
const stats = (xs: number[]) => ({ median: round(median(xs)), p95: round(p95(xs)), n: xs.length });

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export async function benchTransactions(opts: { rows?: number; dir: string } = { dir: join(import.meta.dirname, 'tmp') }) {
  const rows = opts.rows ?? 1_000_000;
  const path = join(opts.dir, `transactions-${rows}.fingood`);
  const built = await buildLedger(path, rows);
  console.log(`built ${rows} rows in ${round(built.buildMs / 1000, 1)} s`);
  const result = await measureWorkspace(path, built);
  rmSync(path, { force: true });
  for (const s of ['-wal', '-shm']) rmSync(path + s, { force: true });
  return result;
}

/** The measurements, on a ledger `buildLedger` made (it is changed: a bulk edit is made, undone and redone). */
export async function measureWorkspace(path: string, built: Awaited<ReturnType<typeof buildLedger>>) {

  // Opening as the app does (migrations checked, services wired) until the first page is in hand.
  const open = await timed(async () => {
    const core = await createAppCore({ ledgerPath: path, key: KEY, pool: noPool });
    const first = await core.call('transactions.list', { limit: 100 });
    return { core, first };
  });
  const core: AppCore = open.value.core;
  const total = open.value.first.total;
  const { sqlite } = core.ledger;
  const r = rng(99);

  // Baselines on the same table and connection: a plain page with no order, filter or join, and a plain count.
  const baselinePage = Array.from({ length: 30 }, () => { const t0 = performance.now(); sqlite.prepare('SELECT * FROM transactions LIMIT 100').all(); return performance.now() - t0; });
  const baselineCount = Array.from({ length: 3 }, () => { const t0 = performance.now(); sqlite.prepare('SELECT count(*) FROM transactions').get(); return performance.now() - t0; });

  type ListInput = ApiInput<'transactions.list'>;
  const dining = built.categories.get('Dining')!;
  const filters: Record<string, Omit<ListInput, 'limit' | 'offset' | 'sort' | 'after'>> = {
    none: {},
    account: { accountId: built.accounts[1]! },
    dateRange: { from: '2018-01-01', to: '2019-12-31' },
    amountRange: { minAmount: -5000, maxAmount: -1000 },
    category: { categoryId: dining },
    uncategorized: { uncategorized: true },
    accountAndDates: { accountId: built.accounts[0]!, from: '2020-01-01', to: '2022-12-31' },
  };
  const sorts = ['date', 'amount', 'payee', 'description', 'category', 'account'] as const;
  const pages: Record<string, unknown> = {};
  const all: number[] = [];
  const firstPages: number[] = [];
  for (const [fname, filter] of Object.entries(filters)) {
    for (const field of sorts) {
      for (const dir of ['asc', 'desc'] as const) {
        const sort = { field, dir };
        // The grid's first page of this filter and sort: it counts the rows, and may read the whole order.
        const first = await timed(() => core.call('transactions.list', { ...filter, sort, limit: 100 }));
        const n = first.value.total;
        firstPages.push(first.ms);
        const offsets: number[] = [];
        for (let i = 0; i < 12; i++) {
          const offset = Math.floor(r() * Math.max(1, n - 100));
          const t = await timed(() => core.call('transactions.list', { ...filter, sort, limit: 100, offset }));
          offsets.push(t.ms);
        }
        const keyset: number[] = [];
        let page = await core.call('transactions.list', { ...filter, sort, limit: 100, offset: Math.floor(r() * Math.max(1, n - 2000)) });
        for (let i = 0; i < 12 && page.next; i++) {
          const after = page.next;
          const t = await timed(() => core.call('transactions.list', { ...filter, sort, limit: 100, after }));
          keyset.push(t.ms);
          page = t.value;
        }
        all.push(first.ms, ...offsets, ...keyset);
        pages[`${fname}/${field}:${dir}`] = { total: n, firstMs: round(first.ms), offset: stats(offsets), keyset: keyset.length ? stats(keyset) : null };
      }
    }
  }
  type Combo = { firstMs: number; offset: { p95: number }; keyset: { p95: number } | null };
  const worst = Object.entries(pages as Record<string, Combo>).map(([k, v]) => [k, Math.max(v.firstMs, v.offset.p95, v.keyset?.p95 ?? 0)] as const)
    .sort((a, b) => b[1] - a[1]).slice(0, 5);

  const searches = ['starbucks', 'star', 'shell seattle', 'amazon', 'card 1234', 'delta boston', 'payroll', 'chip', 'home depot 55', 'uber austin'];
  const search: number[] = [];
  for (const s of searches) {
    for (const sort of [undefined, { field: 'amount' as const, dir: 'desc' as const }]) {
      search.push((await timed(() => core.call('transactions.list', { search: s, sort, limit: 100 }))).ms);
      search.push((await timed(() => core.call('transactions.list', { search: s, sort, limit: 100, offset: 500 }))).ms);
    }
  }

  const uncategorized = (await core.call('transactions.list', { uncategorized: true, limit: 1 })).total;
  const bulk = await timed(() => core.call('transactions.bulkUpdate', { filter: { uncategorized: true }, set: { category: 'Dining' } }));
  const undo = await timed(() => core.call('ledger.undo', {}));
  const redo = await timed(() => core.call('ledger.redo', {}));
  const afterRedo = (await core.call('transactions.list', { uncategorized: true, limit: 1 })).total;
  await core.close();

  const result = {
    rows: total,
    buildSec: round(built.buildMs / 1000, 1),
    openToFirstPageMs: round(open.ms),
    baseline: { plainSelect100: stats(baselinePage), plainCount: stats(baselineCount) },
    pages100: { allP95: round(p95(all)), allMedian: round(median(all)), firstPage: stats(firstPages), worstP95: Object.fromEntries(worst.map(([k, v]) => [k, round(v)])), detail: pages },
    search: stats(search),
    bulkSetCategory: { rows: bulk.value.changed, label: bulk.value.label, ms: round(bulk.ms), uncategorizedBefore: uncategorized, uncategorizedAfterRedo: afterRedo },
    undoBulkMs: round(undo.ms),
    redoBulkMs: round(redo.ms),
  };
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
  const out = await benchTransactions({ rows, dir: join(import.meta.dirname, 'tmp') });
  console.log(JSON.stringify({ ...out, pages100: { ...out.pages100, detail: undefined } }, null, 2));
}
