import type { CategoryView } from '../../../src-shared/contract/views';

/** A top-level category and the categories under it. */
export interface CategoryGroup {
  head: CategoryView;
  children: CategoryView[];
}

const KIND_ORDER: Record<CategoryView['kind'], number> = { income: 0, expense: 1, equity: 2 };

/**
 * The chart as the Categories panel shows it: active categories grouped under their parent
 * (income, then expenses, then equity; names A–Z within), and the archived ones apart. A
 * category whose parent is archived or missing stands as a group of its own.
 */
export function groupCategories(all: readonly CategoryView[]): { groups: CategoryGroup[]; archived: CategoryView[] } {
  const active = all.filter((c) => !c.archived);
  const heads = new Set(active.map((c) => c.id));
  const byName = (a: CategoryView, b: CategoryView) => a.name.localeCompare(b.name, 'en');
  const isTop = (c: CategoryView) => c.parentId === null || !heads.has(c.parentId);
  const groups = active.filter(isTop)
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byName(a, b))
    .map((head) => ({ head, children: active.filter((c) => !isTop(c) && c.parentId === head.id).sort(byName) }));
  return { groups, archived: all.filter((c) => c.archived).sort(byName) };
}

/** Top-level categories of a kind: where a new category may go. */
export function parentChoices(all: readonly CategoryView[], kind: CategoryView['kind']): CategoryView[] {
  return all.filter((c) => !c.archived && c.parentId === null && c.kind === kind).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
