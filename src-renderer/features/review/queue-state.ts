/**
 * The review queue's focus, selection and rows on their way out, kept by row id so that they
 * survive the queue being read again (after every change to the ledger).
 */

/**
 * The row to focus once the queue reads `next` instead of `prev`: the same row if it is still
 * there; else the first row after it that still is (the next one to review), else the nearest
 * before it; else the first row. null for an empty queue.
 */
export function keepFocus(prev: readonly number[], next: readonly number[], focused: number | null): number | null {
  if (next.length === 0) return null;
  if (focused === null) return next[0]!;
  if (next.includes(focused)) return focused;
  const still = new Set(next);
  const at = prev.indexOf(focused);
  if (at >= 0) {
    for (let i = at + 1; i < prev.length; i++) if (still.has(prev[i]!)) return prev[i]!;
    for (let i = at - 1; i >= 0; i--) if (still.has(prev[i]!)) return prev[i]!;
  }
  return next[0]!;
}

/** The selection without rows that left the queue. */
export function pruneSelection(selected: ReadonlySet<number>, ids: readonly number[]): Set<number> {
  const present = new Set(ids);
  return new Set([...selected].filter((id) => present.has(id)));
}

export function toggle(selected: ReadonlySet<number>, id: number): Set<number> {
  const out = new Set(selected);
  if (out.has(id)) out.delete(id);
  else out.add(id);
  return out;
}

/**
 * Rows the user just filed leave the queue at once, before the core answers, so the next key
 * press acts on the next row. A row is 'pending' while its call runs; once the call succeeded
 * it stays hidden until the queue is read by a request made after that (`afterRead`): only
 * that reading knows whether the row really left (an undo may bring it back later).
 */
export type Leaving = ReadonlyMap<number, 'pending' | { afterRead: number }>;

export const leaving = {
  start(m: Leaving, ids: readonly number[]): Leaving {
    const out = new Map(m);
    for (const id of ids) out.set(id, 'pending');
    return out;
  },
  /** The call succeeded; `lastRead` is the number of the newest reading requested so far. */
  done(m: Leaving, ids: readonly number[], lastRead: number): Leaving {
    const out = new Map(m);
    for (const id of ids) out.set(id, { afterRead: lastRead });
    return out;
  },
  /** The call failed: the rows stay in the queue. */
  failed(m: Leaving, ids: readonly number[]): Leaving {
    const out = new Map(m);
    for (const id of ids) out.delete(id);
    return out;
  },
  isHidden(m: Leaving, id: number, shownRead: number): boolean {
    const v = m.get(id);
    return v === 'pending' || (v !== undefined && shownRead <= v.afterRead);
  },
  /** Forgets rows a newer reading has settled. */
  settle(m: Leaving, shownRead: number): Leaving {
    let changed = false;
    const out = new Map(m);
    for (const [id, v] of m) {
      if (v !== 'pending' && shownRead > v.afterRead) { out.delete(id); changed = true; }
    }
    return changed ? out : m;
  },
};
