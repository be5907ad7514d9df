/** Accuracy measures of ranked category suggestions against the true categories. */

export interface Ranked {
  /** Categories best first (at least the top 3 when there are that many). */
  ranked: readonly string[];
  truth: string;
}

export function topKAccuracy(rows: readonly Ranked[], k: number): number {
  if (rows.length === 0) return 0;
  let hit = 0;
  for (const r of rows) if (r.ranked.slice(0, k).includes(r.truth)) hit++;
  return hit / rows.length;
}

/** Mean F1 over the categories that occur as truth or as prediction. */
export function macroF1(rows: readonly Ranked[]): number {
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const r of rows) {
    const p = r.ranked[0] ?? '';
    if (p === r.truth) inc(tp, p);
    else { inc(fp, p); inc(fn, r.truth); }
  }
  const labels = new Set([...tp.keys(), ...fp.keys(), ...fn.keys()]);
  labels.delete('');
  if (labels.size === 0) return 0;
  let sum = 0;
  for (const l of labels) {
    const t = tp.get(l) ?? 0;
    const denom = 2 * t + (fp.get(l) ?? 0) + (fn.get(l) ?? 0);
    sum += denom ? (2 * t) / denom : 0;
  }
  return sum / labels.size;
}
