import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_KEY, tempDir } from '../../../test/support/temp-ledger';
import type { TransactionFilter, TransactionSort } from '../../../src-shared/contract/transactions-api';
import { openLedger, type Ledger } from '../../ledger/open-ledger';
import { buildFilter } from './filters';
import { createPageQuery, type PageQuery } from './page-query';
import Database from 'better-sqlite3-multiple-ciphers';
import { DEFERRED_INDEX, ensureDeferredIndex } from '../../ledger/deferred-index';

/**
 * Every path a page can take (index walk, keyset, short skip, the cached order, a cursor whose
 * row has gone) gives the rows of one reference ORDER BY, with nothing repeated or missing.
 */
const PAYEES = ['Acme', 'acme', 'Blue Bottle', 'Zed Hardware', 'Kiosk', ''];
let t: ReturnType<typeof tempDir>;
let l: Ledger;
let pages: PageQuery;
let categories: number[];

beforeEach(async () => {
  t = tempDir();
  l = await openLedger({ path: t.ledgerPath, key: TEST_KEY, create: true });
  const s = l.sqlite;
  const acct = ['Checking', 'Savings'].map((n) => Number(s.prepare(`INSERT INTO accounts (name, kind, currency, created_at) VALUES (?, 'asset', 'EUR', 'now')`).run(n).lastInsertRowid));
  categories = ['Travel', 'Dining'].map((n) => Number(s.prepare(`INSERT INTO accounts (name, kind, created_at) VALUES (?, 'expense', 'now')`).run(`Test ${n}`).lastInsertRowid));
  const insert = s.prepare(`INSERT INTO transactions (account_id, date, amount_minor, currency, payee, description, category_id, created_at)
    VALUES (?, ?, ?, 'EUR', ?, ?, ?, 'now')`);
  let seed = 7;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let i = 0; i < 240; i++) {
    // Few distinct dates and amounts: many ties, which only the id breaks.
    insert.run(acct[rnd(2)], `2024-0${1 + rnd(3)}-1${rnd(3)}`, (rnd(7) - 3) * 250, PAYEES[rnd(PAYEES.length)], `line ${rnd(50)}`, rnd(3) === 0 ? null : categories[rnd(2)]);
  }
  pages = createPageQuery(s);
});
afterEach(async () => {
  await l.close();
  t.cleanup();
});

const REFERENCE: Record<TransactionSort['field'], string> = {
  date: 't.date', amount: 't.amount_minor', payee: 't.payee', description: 't.description',
  category: '(g.id IS NULL), lower(g.name), g.id, t.date', account: '(g.id IS NULL), lower(g.name), g.id, t.date',
};

/** The reference: the filter's plain SQL (a search by its own FTS query, no match table), one ORDER BY. */
function reference(sort: TransactionSort, filter: TransactionFilter): number[] {
  const w = buildFilter(filter, { pendingBatches: false, categoryInSplits: false });
  const d = sort.dir === 'desc' ? 'DESC' : 'ASC';
  const by = REFERENCE[sort.field].split(', ').map((c) => `${c} ${d}`).join(', ');
  const join = sort.field === 'category' ? 'LEFT JOIN accounts g ON g.id = t.category_id' : sort.field === 'account' ? 'LEFT JOIN accounts g ON g.id = t.account_id' : '';
  return l.sqlite.prepare(`SELECT t.id FROM transactions t ${join} WHERE ${w.sql} ORDER BY ${by}, t.id ${d}`).pluck().all(...w.params) as number[];
}

const SORTS: TransactionSort[] = (['date', 'amount', 'payee', 'description', 'category', 'account'] as const)
  .flatMap((field) => (['asc', 'desc'] as const).map((dir) => ({ field, dir })));
const FILTERS: TransactionFilter[] = [{}, { minAmount: -250, maxAmount: 500 }, { categoryId: undefined, uncategorized: true }];

describe('pages of transactions', () => {
  it.each(SORTS)('$field $dir: keyset paging and offset jumps both give the reference order', (sort) => {
    for (const filter of FILTERS) {
      const want = reference(sort, filter);
      const viaCursor: number[] = [];
      let p = pages.page({ filter, sort, limit: 17, offset: 0 });
      viaCursor.push(...p.ids);
      while (p.next) {
        p = pages.page({ filter, sort, limit: 17, offset: 0, after: p.next });
        viaCursor.push(...p.ids);
      }
      expect(viaCursor).toEqual(want);
      for (const offset of [0, 5, 100, want.length - 3]) {
        const jump = pages.page({ filter, sort, limit: 10, offset });
        expect(jump.total).toBe(want.length);
        expect(jump.ids).toEqual(want.slice(offset, offset + 10));
      }
    }
  });

  it('answers more searches than it keeps match tables for, each one right, the first again after the others', () => {
    l.sqlite.exec(`INSERT INTO transactions_fts (rowid, payee, description, memo) SELECT id, payee, description, '' FROM transactions`);
    const sort: TransactionSort = { field: 'date', dir: 'desc' };
    const words = ['acme', 'blue', 'bottle', 'zed', 'hardware', 'kiosk', 'line', 'acm', 'blu', 'kio', 'zed hard'];
    for (const search of [...words, words[0]!, words[5]!]) {
      const filter = { search };
      expect(pages.page({ filter, sort, limit: 300, offset: 0 }).ids, search).toEqual(reference(sort, filter));
      expect(pages.count(filter), search).toBe(reference(sort, filter).length);
    }
  });

  it('sorts by amount the same while an import has the amount index away, and walks it again once it is back', () => {
    const sort = (dir: 'asc' | 'desc'): TransactionSort => ({ field: 'amount', dir });
    const walk = (s: TransactionSort) => {
      const ids: number[] = [];
      for (let p = pages.page({ filter: {}, sort: s, limit: 17, offset: 0 }); ; p = pages.page({ filter: {}, sort: s, limit: 17, offset: 0, after: p.next! })) {
        ids.push(...p.ids);
        if (!p.next) return ids;
      }
    };
    expect(walk(sort('asc'))).toEqual(reference(sort('asc'), {}));
    // Dropped by another connection, as an import's row writer does.
    const other = new Database(l.path);
    other.pragma(`cipher='${l.connection.cipher}'`);
    other.pragma(`legacy=${l.connection.legacy}`);
    other.pragma(`key=${l.connection.keyPragma}`);
    other.exec(`DROP INDEX ${DEFERRED_INDEX.name}`);
    other.close();
    for (const dir of ['asc', 'desc'] as const) {
      expect(walk(sort(dir)), dir).toEqual(reference(sort(dir), {}));
      expect(pages.page({ filter: { minAmount: -250, maxAmount: 500 }, sort: sort(dir), limit: 10, offset: 20 }).ids)
        .toEqual(reference(sort(dir), { minAmount: -250, maxAmount: 500 }).slice(20, 30));
    }
    ensureDeferredIndex(l.sqlite);
    expect(l.sqlite.prepare(`SELECT count(*) FROM transactions INDEXED BY ${DEFERRED_INDEX.name}`).pluck().get()).toBe(240);
    expect(walk(sort('desc'))).toEqual(reference(sort('desc'), {}));
  });

  it('continues after a cursor whose row was deleted since, from where that row stood', () => {
    const sort: TransactionSort = { field: 'payee', dir: 'asc' };
    const first = pages.page({ filter: {}, sort, limit: 30, offset: 0 });
    const want = reference(sort, {});
    l.sqlite.prepare('UPDATE transactions SET deleted = 1 WHERE id = ?').run(first.next!.id);
    const next = pages.page({ filter: {}, sort, limit: 5, offset: 0, after: first.next! });
    expect(next.ids).toEqual(want.slice(30, 35));
  });
});
