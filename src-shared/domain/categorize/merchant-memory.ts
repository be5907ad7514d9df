import { keyHead } from './merchant-key';
import type { MemoryEntry, MerchantMemory } from './types';

/**
 * Merchant memory: what the user filed each merchant under. Two sources: the labelled history
 * the model was trained on (a table of counts per merchant key, one component of the ensemble)
 * and the caller's memory of confirmations and corrections (wins over the model at once). How
 * far one confirmation can be trusted is measured on the history itself, in time order.
 */

/** key → [category index, count, category index, count, ...] */
export type MerchantTable = Record<string, number[]>;

export interface MemoryRates {
  /** P(next row of a merchant has the category of its previous row). */
  exact: number;
  /** The same once a merchant had two or more rows, all in one category. */
  consistent: number;
  /** P(a new merchant key has the category of the last key with the same head word). */
  head: number;
}

const MAX_CONFIDENCE = 0.995;

export function buildMerchantTable(keys: readonly string[], labels: ArrayLike<number>): MerchantTable {
  const counts = new Map<string, Map<number, number>>();
  keys.forEach((key, i) => {
    if (!key) return;
    let m = counts.get(key);
    if (!m) { m = new Map(); counts.set(key, m); }
    m.set(labels[i]!, (m.get(labels[i]!) ?? 0) + 1);
  });
  const table: MerchantTable = {};
  for (const [key, m] of counts) table[key] = [...m.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).flat();
  return table;
}

export function historyTotal(entry: readonly number[]): number {
  let n = 0;
  for (let i = 1; i < entry.length; i += 2) n += entry[i]!;
  return n;
}

/** Rows must be in time order. Beta priors keep a short history from claiming certainty. */
export function measureMemoryRates(keys: readonly string[], labels: ArrayLike<number>): MemoryRates {
  const last = new Map<string, { label: number; count: number; consistent: boolean }>();
  const lastByHead = new Map<string, number>();
  let exactN = 0, exactOk = 0, consN = 0, consOk = 0, headN = 0, headOk = 0;
  keys.forEach((key, i) => {
    if (!key) return;
    const label = labels[i]!;
    const head = keyHead(key);
    const prev = last.get(key);
    if (prev) {
      exactN++;
      if (prev.label === label) exactOk++;
      if (prev.count >= 2 && prev.consistent) { consN++; if (prev.label === label) consOk++; }
      last.set(key, { label, count: prev.count + 1, consistent: prev.consistent && prev.label === label });
    } else {
      const h = lastByHead.get(head);
      if (h !== undefined) { headN++; if (h === label) headOk++; }
      last.set(key, { label, count: 1, consistent: true });
    }
    lastByHead.set(head, label);
  });
  const beta = (ok: number, n: number, mean: number, strength: number) => Math.min(MAX_CONFIDENCE, (ok + mean * strength) / (n + strength));
  return { exact: beta(exactOk, exactN, 0.9, 10), consistent: beta(consOk, consN, 0.93, 10), head: beta(headOk, headN, 0.7, 5) };
}

export interface MemoryMatch {
  entry: MemoryEntry;
  key: string;
  exact: boolean;
  confidence: number;
}

/** Heads of a memory map's keys, built once per map object (a map is read as a snapshot). */
const headIndexes = new WeakMap<MerchantMemory, Map<string, string[]>>();

/**
 * The user's memory for a merchant key: the key itself, else the closest key with the same
 * head word ("starbucks" for "starbucks kirkland"), with a confidence measured on history.
 */
export function lookupMemory(memory: MerchantMemory, key: string, rates: MemoryRates): MemoryMatch | null {
  if (!key) return null;
  const own = Object.prototype.hasOwnProperty.call(memory, key) ? memory[key] : undefined;
  if (own && own.confirmations > 0) {
    const confidence = own.confirmations >= 2 ? Math.max(rates.exact, rates.consistent) : rates.exact;
    return { entry: own, key, exact: true, confidence };
  }
  const candidates = headIndex(memory).get(keyHead(key));
  if (!candidates) return null;
  let best: { key: string; entry: MemoryEntry; shared: number } | null = null;
  for (const k of candidates) {
    const entry = memory[k];
    if (!entry || entry.confirmations <= 0) continue;
    const shared = sharedPrefix(k, key);
    if (!best || shared > best.shared || (shared === best.shared && entry.confirmations > best.entry.confirmations)) best = { key: k, entry, shared };
  }
  return best ? { entry: best.entry, key: best.key, exact: false, confidence: rates.head } : null;
}

function headIndex(memory: MerchantMemory): Map<string, string[]> {
  let idx = headIndexes.get(memory);
  if (!idx) {
    idx = new Map();
    for (const k of Object.keys(memory)) {
      const h = keyHead(k);
      const list = idx.get(h);
      if (list) list.push(k); else idx.set(h, [k]);
    }
    headIndexes.set(memory, idx);
  }
  return idx;
}

function sharedPrefix(a: string, b: string): number {
  const x = a.split(' ');
  const y = b.split(' ');
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}
