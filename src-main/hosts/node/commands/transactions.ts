import { SORT_FIELDS, type BulkSet, type SortField, type TransactionFilter } from '../../../../src-shared/contract/transactions-api';
import { intOption, type ParsedCommand } from '../cli-args';
import { UsageError, type Output } from '../cli-output';
import { openCore } from './open-core';

/**
 * fingood transactions [filters…] — a page of rows;
 * fingood transactions update [filters…] --set category=X [--set payee=Y …] — one undoable bulk change of every matching row.
 */
export async function transactionsCommand(cmd: ParsedCommand, out: Output): Promise<number> {
  const sub = cmd.positionals[0];
  if (sub !== undefined && sub !== 'update') throw new UsageError(`Unknown "transactions ${sub}". Use "fingood transactions [filters]" or "fingood transactions update [filters] --set field=value".`);
  const limit = intOption(cmd.values, 'limit', 100, 1000) || 100;
  const offset = intOption(cmd.values, 'offset', 0, Number.MAX_SAFE_INTEGER);
  const sort = parseSort(cmd.values.sort);
  const sets = sub === 'update' ? parseSets(cmd.values.set) : null;
  const core = await openCore(cmd.global);
  try {
    const filter = resolveFilter(await core.call('accounts.list', { includeCategories: true }), cmd.values);
    if (sets) {
      // An update of "every row" must be asked for by at least one filter: a typo must not recategorize the whole ledger.
      if (Object.keys(filter).length === 0) throw new UsageError('Name the rows to update with at least one filter (--account, --from, --to, --category, --uncategorized, --search).');
      const r = await core.call('transactions.bulkUpdate', { filter, set: sets });
      out.result(r, () => (r.label ? `${r.label} (${r.matched} matched, ${r.changed} changed). Undo with "fingood undo".` : `${r.matched} matched; nothing to change.`));
      return 0;
    }
    const page = await core.call('transactions.list', { ...filter, sort, limit, offset });
    out.result(page, () => [
      ...page.transactions.map((t) => `${t.date}  ${t.amount.padStart(12)} ${t.currency}  ${t.account.padEnd(16).slice(0, 16)}  ${(t.category ?? '').padEnd(16).slice(0, 16)}  ${t.payee || t.description}`),
      `${page.transactions.length} of ${page.total} transactions`,
    ].join('\n'));
    return 0;
  } finally {
    await core.close();
  }
}

function parseSort(raw: unknown): { field: SortField; dir: 'asc' | 'desc' } | undefined {
  if (raw === undefined) return undefined;
  const [field, dir = 'desc'] = String(raw).split(':');
  if (!(SORT_FIELDS as readonly string[]).includes(field!) || (dir !== 'asc' && dir !== 'desc')) {
    throw new UsageError(`--sort must be FIELD[:asc|desc] with FIELD one of ${SORT_FIELDS.join(', ')}.`);
  }
  return { field: field as SortField, dir };
}


function parseSets(raw: unknown): BulkSet {
  const items = Array.isArray(raw) ? raw.map(String) : raw === undefined ? [] : [String(raw)];
  if (items.length === 0) throw new UsageError('Say what to change with --set field=value (category, payee, memo, tags, account, reviewed).');
  const set: Record<string, unknown> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq < 1) throw new UsageError(`--set ${item}: write it as field=value.`);
    const [k, v] = [item.slice(0, eq), item.slice(eq + 1)];
    switch (k) {
      case 'category': set.category = v === '' ? null : v; break;
      case 'payee': case 'memo': case 'account': set[k] = v; break;
      case 'tags': set.tags = v.split(',').map((x) => x.trim()).filter(Boolean); break;
      case 'reviewed':
        if (v !== 'true') throw new UsageError('--set reviewed=true is the only form of reviewed.');
        set.reviewed = true; break;
      default: throw new UsageError(`--set ${k}: unknown field (category, payee, memo, tags, account, reviewed).`);
    }
  }
  return set as BulkSet;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The command line's filters, names resolved to ids (an unknown name is a usage mistake, exit 2). */
function resolveFilter(accounts: { id: number; name: string; kind: string }[], v: ParsedCommand['values']): TransactionFilter {
  const f: TransactionFilter = {};
  const byName = (name: string, kinds: string[], what: string) => {
    const hit = accounts.find((a) => kinds.includes(a.kind) && a.name.toLowerCase() === name.trim().toLowerCase());
    if (!hit) throw new UsageError(`There is no ${what} "${name}". List them with "fingood ${what === 'account' ? 'accounts' : 'categories'}".`);
    return hit.id;
  };
  if (typeof v.account === 'string') f.accountId = byName(v.account, ['asset', 'liability'], 'account');
  if (typeof v.category === 'string') f.categoryId = byName(v.category, ['income', 'expense', 'equity'], 'category');
  if (v.uncategorized) f.uncategorized = true;
  for (const k of ['from', 'to'] as const) {
    const d = v[k];
    if (d === undefined) continue;
    if (typeof d !== 'string' || !DATE.test(d)) throw new UsageError(`--${k} must be a date YYYY-MM-DD.`);
    f[k] = d;
  }
  if (typeof v.search === 'string') f.search = v.search;
  return f;
}
