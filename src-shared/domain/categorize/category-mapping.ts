import { textSimilarity } from '../matching/similarity';
import { allConcepts, conceptInfo } from './keyword-map';

/**
 * Generic concepts ("fuel", "coffee") onto the user's own categories. Two sources, combined as
 * pseudo-counts: the names (a concept's targets against the category names: "Car & Travel"
 * takes fuel, "Expenses:Dining:Resturant" takes fast food) and the user's history (where the
 * user filed merchants the keyword map knows, for the concept and for its family). History
 * counts merchants, not rows: forty coffees at one café are one piece of evidence about where
 * the next new café goes. A little uniform mass keeps any mapping from claiming certainty.
 */

export type CategoryKind = 'income' | 'expense' | 'any';

/** For each concept with any evidence: a probability per category (aligned with `categories`). */
export type ConceptMapping = Record<string, number[]>;

export interface ConceptEvidence {
  concept: string;
  category: number;
  /** The merchant key of the row: each merchant counts once per category. */
  merchant: string;
}

/** How much the names weigh against the history, in rows of history. */
const NAME_WEIGHT = 1;
const FAMILY_WEIGHT = 1;
const UNIFORM_WEIGHT = 0.5;
const AMBIGUOUS_UNIFORM_WEIGHT = 3;
const MIN_NAME_SCORE = 0.45;
const NAME_SHARPNESS = 12;
const STOP = new Set(['and', 'the', 'of', 'for', 'other', 'misc', 'miscellaneous', 'general']);
const ROOTS = new Set(['expense', 'income', 'revenue', 'personal', 'business', 'operating', 'cost', 'costs']);
/** A leaf with one of these words is money in; a leaf that is only one of ONLY_INCOME too. */
const INCOME_WORDS = new Set(['income', 'revenue', 'refund', 'dividend', 'reimbursement', 'earning']);
const ONLY_INCOME = new Set(['sale', 'salary', 'paycheck', 'wage', 'contribution', 'interest']);
/** A name this close to a concept's own words is the concept's category: siblings' evidence is not needed. */
const OWN_NAME = 0.9;

export function buildConceptMapping(
  categories: readonly string[],
  kinds: readonly CategoryKind[],
  evidence: readonly ConceptEvidence[],
): ConceptMapping {
  const n = categories.length;
  const byConcept = new Map<string, Float64Array>();
  const byFamily = new Map<string, Float64Array>();
  const bump = (m: Map<string, Float64Array>, key: string, c: number) => {
    let v = m.get(key);
    if (!v) { v = new Float64Array(n); m.set(key, v); }
    v[c]! += 1;
  };
  const seen = new Set<string>();
  for (const e of evidence) {
    const id = `${e.concept}\u0000${e.category}\u0000${e.merchant}`;
    if (seen.has(id)) continue;
    seen.add(id);
    bump(byConcept, e.concept, e.category);
    bump(byFamily, conceptInfo(e.concept).family, e.category);
  }
  const names = categories.map(parseName);
  const mapping: ConceptMapping = {};
  for (const concept of allConcepts()) {
    const acc = new Float64Array(n);
    let mass = 0;
    const own = byConcept.get(concept);
    if (own) for (let c = 0; c < n; c++) { acc[c]! += own[c]!; mass += own[c]!; }
    const byName = nameDistribution(concept, names, kinds);
    const family = byFamily.get(conceptInfo(concept).family);
    if (family && (byName?.top ?? 0) < OWN_NAME) mass += addNormalized(acc, family, FAMILY_WEIGHT);
    if (byName) mass += addNormalized(acc, byName.p, NAME_WEIGHT);
    if (mass === 0) continue;
    const uniform = conceptInfo(concept).ambiguous ? AMBIGUOUS_UNIFORM_WEIGHT : UNIFORM_WEIGHT;
    for (let c = 0; c < n; c++) acc[c]! += uniform / n;
    mass += uniform;
    mapping[concept] = Array.from(acc, (x) => x / mass);
  }
  return mapping;
}

/** Income or expense, from the history's signs when there is enough of it, else from the name. */
export function inferKinds(categories: readonly string[], signs: readonly { positive: number; total: number }[]): CategoryKind[] {
  return categories.map((name, c) => {
    const s = signs[c];
    if (s && s.total >= 3) {
      if (s.positive / s.total >= 0.8) return 'income';
      if (s.positive / s.total <= 0.2) return 'expense';
      return 'any';
    }
    const segments = parseName(name);
    const root = segments[0]?.[0];
    if (segments.length > 1 && (root === 'income' || root === 'revenue')) return 'income';
    if (segments.length > 1 && root === 'expense') return 'expense';
    const leaf = segments[segments.length - 1] ?? [];
    return leaf.some((w) => INCOME_WORDS.has(w)) || (leaf.length === 1 && ONLY_INCOME.has(leaf[0]!)) ? 'income' : 'any';
  });
}

/** Name similarity of the concept's targets to each category, as a distribution (and the best score); null if none fits. */
export function nameDistribution(concept: string, names: readonly string[][][], kinds: readonly CategoryKind[]): { p: Float64Array; top: number } | null {
  const info = conceptInfo(concept);
  const targets = info.targets.map(words);
  const scores = names.map((segments, c) => {
    let best = 0;
    targets.forEach((target, rank) => {
      const s = nameScore(target, segments) * 0.93 ** rank;
      if (s > best) best = s;
    });
    const kind = kinds[c] ?? 'any';
    const clash = (info.sign === 'debit' && kind === 'income') || (info.sign === 'credit' && kind === 'expense');
    return clash ? best * 0.3 : best;
  });
  const top = Math.max(0, ...scores);
  if (top < MIN_NAME_SCORE) return null;
  const out = new Float64Array(scores.length);
  let sum = 0;
  scores.forEach((s, c) => { const e = s > 0 ? Math.exp(NAME_SHARPNESS * (s - top)) : 0; out[c] = e; sum += e; });
  for (let c = 0; c < out.length; c++) out[c]! /= sum;
  return { p: out, top };
}

/** "Expenses:Dining:Resturant" → [["expense"], ["dining"], ["resturant"]]; "Car & Travel" → [["car", "travel"]]. */
export function parseName(name: string): string[][] {
  return name.split(/[:>/|]/).map(words).filter((s) => s.length > 0);
}

/** Best match of a target phrase against a category's path: the leaf counts most. */
function nameScore(target: readonly string[], segments: readonly string[][]): number {
  let best = 0;
  for (let i = segments.length - 1, depth = 0; i >= 0; i--, depth++) {
    const seg = segments[i]!;
    if (segments.length > 1 && depth > 0 && seg.length === 1 && ROOTS.has(seg[0]!)) continue;
    const matched = target.every((t) => seg.some((w) => wordsMatch(t, w)));
    if (!matched) continue;
    const covered = seg.filter((w) => target.some((t) => wordsMatch(t, w))).length / seg.length;
    const s = (0.7 + 0.3 * covered) * (depth === 0 ? 1 : depth === 1 ? 0.75 : 0.6);
    if (s > best) best = s;
  }
  return best;
}

function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a))) return true;
  return a.length >= 5 && b.length >= 5 && textSimilarity(a, b) >= 0.8;
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && !STOP.has(w)).map(stem);
}

function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:xes|ches|shes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

function addNormalized(acc: Float64Array, v: ArrayLike<number>, weight: number): number {
  let sum = 0;
  for (let c = 0; c < acc.length; c++) sum += v[c]!;
  if (sum <= 0) return 0;
  for (let c = 0; c < acc.length; c++) acc[c]! += (weight * v[c]!) / sum;
  return weight;
}
