import type { CategoryView } from '../../../src-shared/contract/views';

/** Lowercase, accents gone, spaces squeezed: "Café & Bar " → "cafe & bar". */
export function foldText(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The categories a type-to-search picker offers for `query`, best first. Archived ones are
 * never offered. Every word typed must appear in the name or in its parent's name ("op sup"
 * finds Office Supplies under Operating Expenses); a name equal to the query comes first, then
 * names that start with it, then names with a word that starts with it, then the rest, each
 * group in the order of the chart of accounts.
 */
export function filterCategories(all: readonly CategoryView[], query: string, limit = 100): CategoryView[] {
  const active = all.filter((c) => !c.archived);
  const q = foldText(query);
  if (!q) return active.slice(0, limit);
  const words = q.split(' ');
  const scored: { c: CategoryView; rank: number; i: number }[] = [];
  active.forEach((c, i) => {
    const name = foldText(c.name);
    const hay = `${name} ${foldText(c.parent ?? '')}`;
    if (!words.every((w) => hay.includes(w))) return;
    scored.push({ c, rank: rankOf(name, q), i });
  });
  scored.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return scored.slice(0, limit).map((s) => s.c);
}

function rankOf(name: string, q: string): number {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.split(/[^a-z0-9]+/).some((w) => w !== '' && w.startsWith(q.split(' ')[0]!))) return 2;
  if (name.includes(q)) return 3;
  return 4;
}

/** The category named exactly `name` (case and accents aside), active ones first. */
export function findCategory(all: readonly CategoryView[], name: string): CategoryView | undefined {
  const q = foldText(name);
  if (!q) return undefined;
  return all.find((c) => !c.archived && foldText(c.name) === q) ?? all.find((c) => foldText(c.name) === q);
}
