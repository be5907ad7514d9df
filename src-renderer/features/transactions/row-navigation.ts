/**
 * Where the focused row moves for a key, or null when the key is not a navigation key.
 * `pageRows` is how many rows fit in view (PageUp/PageDown move by that much).
 */
export function nextRowIndex(key: string, current: number | null, count: number, pageRows: number): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const at = current === null ? -1 : Math.min(current, last);
  const page = Math.max(1, pageRows - 1);
  switch (key) {
    case 'ArrowDown': return at < 0 ? 0 : Math.min(last, at + 1);
    case 'ArrowUp': return at < 0 ? 0 : Math.max(0, at - 1);
    case 'PageDown': return Math.min(last, Math.max(0, at) + page);
    case 'PageUp': return Math.max(0, at - page);
    case 'Home': return 0;
    case 'End': return last;
    default: return null;
  }
}
