/** The views that work today; nothing else is shown (no placeholder screens). */
export const ROUTES = [
  { id: 'import', label: 'Import' },
  { id: 'transactions', label: 'Transactions' },
  { id: 'review', label: 'Review' },
  { id: 'rules', label: 'Rules' },
  { id: 'matching', label: 'Duplicates & transfers' },
] as const;

export type RouteId = (typeof ROUTES)[number]['id'];

/** "#/transactions" -> 'transactions'; anything unknown opens Import. */
export function routeFromHash(hash: string): RouteId {
  const id = hash.replace(/^#\/?/, '');
  return ROUTES.find((r) => r.id === id)?.id ?? 'import';
}

export function hashFor(route: RouteId): string {
  return `#/${route}`;
}
