import { useEffect, useRef, type RefObject } from 'react';

/**
 * Keeps keyboard users in the list when an action removes the item they acted on: once the
 * item has left the data, the focus goes to the item now in its place (its element marked
 * `data-focus-target`), or to `fallback` when the list ran out.
 */
export function useFocusAfterRemoval(
  container: RefObject<HTMLElement | null>,
  ids: readonly number[] | undefined,
  fallback: () => void,
): (id: number, index: number) => void {
  const pending = useRef<{ id: number; index: number } | null>(null);
  useEffect(() => {
    const p = pending.current;
    if (!p || !ids || ids.includes(p.id)) return;
    pending.current = null;
    const targets = container.current?.querySelectorAll<HTMLElement>('[data-focus-target]');
    const next = targets && targets.length ? targets[Math.min(p.index, targets.length - 1)] : undefined;
    if (next) next.focus();
    else fallback();
  });
  return (id, index) => { pending.current = { id, index }; };
}
