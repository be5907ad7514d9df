import { formatCount, plural } from '../../components/format';

/** A merchant key as a user would write the name: "shell oil" → "Shell Oil". */
export function merchantLabel(key: string): string {
  return key.trim().split(/\s+/).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** Rows filed under one category. */
export interface Filed {
  category: string;
  count: number;
}

/** Adds up rows per category, in the order the categories first appear. */
export function countByCategory(categories: readonly string[]): Filed[] {
  const out: Filed[] = [];
  for (const category of categories) {
    const f = out.find((x) => x.category === category);
    if (f) f.count++;
    else out.push({ category, count: 1 });
  }
  return out;
}

/**
 * The line shown after rows were filed: "Filed 1 row under Dining — FinGood will remember
 * Starbucks", or for several categories "Filed 3 rows: 2 under Dining, 1 under Fuel — …".
 * Merchants are named (at most two, then "and N more") because that is what FinGood learns.
 */
export function filedText(filed: readonly Filed[], merchantKeys: readonly string[]): string {
  const groups = filed.filter((f) => f.count > 0);
  const total = groups.reduce((n, f) => n + f.count, 0);
  if (total === 0) return 'Nothing was filed: these rows had no suggestion to accept.';
  const head = groups.length === 1
    ? `Filed ${plural(total, 'row')} under ${groups[0]!.category}`
    : `Filed ${plural(total, 'row')}: ${groups.map((f) => `${formatCount(f.count)} under ${f.category}`).join(', ')}`;
  const merchants = [...new Set(merchantKeys.map(merchantLabel).filter(Boolean))];
  return merchants.length ? `${head} — FinGood will remember ${listNames(merchants)}` : head;
}

function listNames(names: readonly string[]): string {
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]}, ${names[1]} and ${formatCount(names.length - 2)} more`;
}
